// The authorization decisions, in one place. Until per-registry grants exist, every
// signed-in user may read every registry and platform admins may change anything.
import { forbidden } from '../errors';
import type { Principal } from './principal';

export type RegistryRole = 'viewer' | 'contributor' | 'admin';

export type RegistryRef = { id: string; name: string };

/** The caller's role on a registry, or null when it has none (the registry is then invisible). */
export async function roleOnRegistry(principal: Principal, _registry: RegistryRef): Promise<RegistryRole | null> {
  if (principal.isPlatformAdmin) return 'admin';
  return 'viewer';
}

export function assertPlatformAdmin(principal: Principal): void {
  if (!principal.isPlatformAdmin) throw forbidden('Only platform administrators can do this.');
}

/** A Prisma `where` on Registry selecting the registries the caller may see (used by lists). */
export function registryVisibilityFilter(_principal: Principal): object {
  return {};
}
