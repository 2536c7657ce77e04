// The authorization decisions, in one place. A principal's role on a registry is the
// highest of the grants reaching it: to the user, to any of its groups, or to all
// signed-in users. Platform admins are admin everywhere; an API token holds its one
// role on its one registry.
import { getDb } from '../db/client';
import { forbidden, notFound } from '../errors';
import type { Principal, UserPrincipal } from './principal';

import { canDo, highestRole, type RegistryRole } from '@/lib/roles';

export type { RegistryRole };

export type RegistryRef = { id: string; name: string };

/** The grant subjects that reach a user: itself, its groups, and "all signed-in users". */
export function grantSubjects(principal: UserPrincipal) {
  return [
    { subjectType: 'user', subjectId: principal.userId },
    ...(principal.groupIds.length ? [{ subjectType: 'group', subjectId: { in: principal.groupIds } }] : []),
    { subjectType: 'all', subjectId: '*' },
  ];
}

/** The caller's role on a registry, or null when it has none (the registry is then invisible). */
export async function roleOnRegistry(principal: Principal, registry: RegistryRef): Promise<RegistryRole | null> {
  if (principal.isPlatformAdmin) return 'admin';
  if (principal.kind === 'token') return principal.registryId === registry.id ? principal.role : null;
  const grants = await getDb().registryGrant.findMany({
    where: { registryId: registry.id, OR: grantSubjects(principal) },
    select: { role: true },
  });
  return highestRole(grants.map((g) => g.role));
}

export const hasRole = canDo;

const NEEDS: Record<RegistryRole, string> = {
  viewer: 'You need access to this registry.',
  contributor: 'You need the contributor role on this registry to change models and versions.',
  admin: 'You need the registry admin role on this registry to do this.',
};

/** The registry named `name` with the caller's role on it (null: no access), in one query. */
export async function findRegistryWithRole(principal: Principal, name: string) {
  if (principal.kind === 'user' && !principal.isPlatformAdmin) {
    const row = await getDb().registry.findUnique({
      where: { name },
      include: { grants: { where: { OR: grantSubjects(principal) }, select: { role: true } } },
    });
    if (!row) return null;
    const { grants, ...registry } = row;
    return { registry, role: highestRole(grants.map((g) => g.role)) };
  }
  const registry = await getDb().registry.findUnique({ where: { name } });
  return registry ? { registry, role: await roleOnRegistry(principal, registry) } : null;
}

/**
 * The registry named `name` if the caller holds at least `needed` on it. A registry the
 * caller cannot see is "not found" (its existence does not leak); one it can see but
 * not change is "forbidden".
 */
export async function requireRegistry(principal: Principal, name: string, needed: RegistryRole) {
  const found = await findRegistryWithRole(principal, name);
  if (!found || found.role === null) throw notFound(`Registry "${name}"`);
  if (!hasRole(found.role, needed)) throw forbidden(NEEDS[needed]);
  return { registry: found.registry, role: found.role };
}

export function assertPlatformAdmin(principal: Principal): void {
  if (!principal.isPlatformAdmin) throw forbidden('Only platform administrators can do this.');
}

/** Access management (grants, tokens) is for people: a token cannot extend or renew its own reach. */
export function assertNotToken(principal: Principal): void {
  if (principal.kind === 'token') throw forbidden('API tokens cannot manage access; sign in as a registry admin.');
}

/** A Prisma `where` on Registry selecting the registries the caller may see (used by lists). */
export function registryVisibilityFilter(principal: Principal): object {
  if (principal.isPlatformAdmin) return {};
  if (principal.kind === 'token') return { id: principal.registryId };
  return { grants: { some: { OR: grantSubjects(principal) } } };
}
