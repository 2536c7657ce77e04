// Registry roles as the browser sees them, for showing or disabling actions. The
// server enforces them again on every request.
export type RegistryRole = 'viewer' | 'contributor' | 'admin';

const RANK: Record<RegistryRole, number> = { viewer: 1, contributor: 2, admin: 3 };

export function canDo(role: RegistryRole | null, needed: RegistryRole): boolean {
  return role !== null && RANK[role] >= RANK[needed];
}
