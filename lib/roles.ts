// Registry roles as the browser sees them, for showing or disabling actions. The
// server enforces them again on every request.
export type RegistryRole = 'viewer' | 'contributor' | 'admin';

export const REGISTRY_ROLES: readonly RegistryRole[] = ['viewer', 'contributor', 'admin'];

const RANK: Record<RegistryRole, number> = { viewer: 1, contributor: 2, admin: 3 };

export function canDo(role: RegistryRole | null, needed: RegistryRole): boolean {
  return role !== null && RANK[role] >= RANK[needed];
}

export function isRegistryRole(value: string): value is RegistryRole {
  return Object.hasOwn(RANK, value);
}

/** The highest of some stored role names (unknown names are ignored), or null. */
export function highestRole(roles: string[]): RegistryRole | null {
  let best: RegistryRole | null = null;
  for (const r of roles) if (isRegistryRole(r) && (best === null || RANK[r] > RANK[best])) best = r;
  return best;
}
