// The authorization decisions, in one place. Until per-registry grants exist, every
// signed-in user may read every registry and platform admins may change anything.
import { getDb } from '../db/client';
import { forbidden, notFound } from '../errors';
import type { Principal } from './principal';

import { canDo, type RegistryRole } from '@/lib/roles';

export type { RegistryRole };

export type RegistryRef = { id: string; name: string };

/** The caller's role on a registry, or null when it has none (the registry is then invisible). */
export async function roleOnRegistry(principal: Principal, _registry: RegistryRef): Promise<RegistryRole | null> {
  if (principal.isPlatformAdmin) return 'admin';
  return 'viewer';
}

export const hasRole = canDo;

const NEEDS: Record<RegistryRole, string> = {
  viewer: 'You need access to this registry.',
  contributor: 'You need the contributor role on this registry to change models and versions.',
  admin: 'You need the registry admin role on this registry to do this.',
};

/**
 * The registry named `name` if the caller holds at least `needed` on it. A registry the
 * caller cannot see is "not found" (its existence does not leak); one it can see but
 * not change is "forbidden".
 */
export async function requireRegistry(principal: Principal, name: string, needed: RegistryRole) {
  const registry = await getDb().registry.findUnique({ where: { name } });
  const role = registry ? await roleOnRegistry(principal, registry) : null;
  if (!registry || role === null) throw notFound(`Registry "${name}"`);
  if (!hasRole(role, needed)) throw forbidden(NEEDS[needed]);
  return { registry, role };
}

export function assertPlatformAdmin(principal: Principal): void {
  if (!principal.isPlatformAdmin) throw forbidden('Only platform administrators can do this.');
}

/** A Prisma `where` on Registry selecting the registries the caller may see (used by lists). */
export function registryVisibilityFilter(_principal: Principal): object {
  return {};
}
