// Suggestions for the permissions page: the active users or the groups whose name matches
// what a registry admin is typing, so granting a role does not need the exact name by heart.
// Only names and display names are returned (never e-mail addresses or roles), at most a few.
import type { TGrantSubject, TGrantSubjectQuery } from '@/lib/validation/access';
import { getDb } from '../db/client';
import { containsText } from '../db/dialect';
import type { Principal } from '../auth/principal';
import { requireRegistryAdmin } from './grants';

export const GRANT_SUBJECT_SUGGESTIONS = 10;

export async function suggestGrantSubjects(
  principal: Principal,
  registryName: string,
  query: TGrantSubjectQuery,
): Promise<{ items: TGrantSubject[] }> {
  await requireRegistryAdmin(principal, registryName);
  const db = getDb();
  const q = query.q?.trim() ?? '';
  if (query.type === 'user') {
    const users = await db.user.findMany({
      where: { disabled: false, ...(q ? { OR: [containsText('username', q), containsText('displayName', q)] } : {}) },
      select: { username: true, displayName: true },
      orderBy: { username: 'asc' },
      take: GRANT_SUBJECT_SUGGESTIONS,
    });
    return { items: users.map((u) => ({ subject: u.username, label: u.displayName })) };
  }
  const groups = await db.group.findMany({
    where: q ? { OR: [containsText('name', q), containsText('description', q)] } : {},
    select: { name: true, description: true },
    orderBy: { name: 'asc' },
    take: GRANT_SUBJECT_SUGGESTIONS,
  });
  return { items: groups.map((g) => ({ subject: g.name, label: g.description })) };
}
