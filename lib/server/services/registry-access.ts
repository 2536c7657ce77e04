// "Who has access": every user's effective role on one registry, the highest of the
// grants reaching them (directly, through a group, or to all signed-in users), with
// platform admins (admin everywhere). One SQL query per page and a few lookups for
// the page's sources, never a query per user.
import type { TAccessListQuery, TEffectiveAccess } from '@/lib/validation/access';
import type { TPage } from '@/lib/validation/common';
import { highestRole, type RegistryRole } from '@/lib/roles';
import { getDb } from '../db/client';
import { containsCondition } from '../db/search';
import { emptySql, sql, type Sql } from '../db/tx';
import type { Principal } from '../auth/principal';
import { decodeCursor, pageCursors } from '../pagination';
import { requireRegistryAdmin } from './grants';

type Row = {
  id: string;
  username: string;
  displayName: string;
  isPlatformAdmin: boolean | number;
  rank: number | bigint;
};

const ROLE_BY_RANK: Record<number, RegistryRole> = { 1: 'viewer', 2: 'contributor', 3: 'admin' };

const RANK = sql`MAX(CASE g."role" WHEN 'admin' THEN 3 WHEN 'contributor' THEN 2 WHEN 'viewer' THEN 1 ELSE 0 END)`;

/** The users reaching the registry and their best grant rank, as a grouped SELECT. */
function accessQuery(registryId: string, q: string | undefined, keyset: Sql): Sql {
  const search = q
    ? sql` AND (${containsCondition(sql`u."username"`, q.toLowerCase())} OR ${containsCondition(sql`u."displayName"`, q.toLowerCase())})`
    : emptySql;
  return sql`SELECT u."id" AS "id", u."username" AS "username", u."displayName" AS "displayName",
      u."isPlatformAdmin" AS "isPlatformAdmin", ${RANK} AS "rank"
    FROM "User" u
    LEFT JOIN "RegistryGrant" g ON g."registryId" = ${registryId} AND (
      (g."subjectType" = 'user' AND g."subjectId" = u."id")
      OR g."subjectType" = 'all'
      OR (g."subjectType" = 'group' AND EXISTS (
        SELECT 1 FROM "GroupMember" m WHERE m."groupId" = g."subjectId" AND m."userId" = u."id")))
    WHERE u."disabled" = false${search}${keyset}
    GROUP BY u."id", u."username", u."displayName", u."isPlatformAdmin"
    HAVING u."isPlatformAdmin" = true OR ${RANK} > 0`;
}

export async function listEffectiveAccess(
  principal: Principal,
  registryName: string,
  query: TAccessListQuery,
): Promise<TPage<TEffectiveAccess>> {
  const registry = await requireRegistryAdmin(principal, registryName);
  const db = getDb();
  const q = query.q?.trim() || undefined;
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const backwards = cursor?.kind === 'before' || cursor?.kind === 'last';
  const keyset =
    cursor && cursor.kind !== 'last'
      ? sql([` AND u."username" ${backwards ? '<' : '>'} `, ''], String(cursor.v))
      : emptySql;
  const dir = sql([backwards ? 'DESC' : 'ASC']);
  const countRows = await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS "n" FROM (${accessQuery(
    registry.id,
    q,
    emptySql,
  )}) t`;
  const total = Number(countRows[0]?.n ?? 0);
  const limit = cursor?.kind === 'last' ? total % query.pageSize || query.pageSize : query.pageSize + 1;
  const rows = await db.$queryRaw<Row[]>`${accessQuery(registry.id, q, keyset)}
    ORDER BY u."username" ${dir} LIMIT ${limit}`;
  let page = cursor?.kind === 'last' ? rows : rows.slice(0, query.pageSize);
  const beyond = rows.length > query.pageSize;
  if (backwards) page = page.reverse();
  const more =
    cursor?.kind === 'last'
      ? { next: false, prev: total > page.length }
      : cursor?.kind === 'before'
        ? { next: true, prev: beyond }
        : { next: beyond, prev: cursor !== null };
  const items = await withSources(registry.id, page);
  return { items, total, ...pageCursors(page, (r) => r.username, more) };
}

/** The grants behind each user's role: the registry's grants and the page's memberships in granted groups. */
async function withSources(registryId: string, rows: Row[]): Promise<TEffectiveAccess[]> {
  const db = getDb();
  const grants = await db.registryGrant.findMany({ where: { registryId }, orderBy: { createdAt: 'asc' } });
  const groupIds = grants.filter((g) => g.subjectType === 'group').map((g) => g.subjectId);
  const [memberships, groups] = await Promise.all([
    groupIds.length && rows.length
      ? db.groupMember.findMany({
          where: { groupId: { in: groupIds }, userId: { in: rows.map((r) => r.id) } },
          select: { groupId: true, userId: true },
        })
      : Promise.resolve([]),
    groupIds.length
      ? db.group.findMany({ where: { id: { in: groupIds } }, select: { id: true, name: true } })
      : Promise.resolve([]),
  ]);
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  return rows.map((r) => {
    const sources: TEffectiveAccess['sources'] = [];
    if (r.isPlatformAdmin === true || r.isPlatformAdmin === 1)
      sources.push({ subjectType: 'platform-admin', subject: r.username, role: 'admin' });
    for (const g of grants) {
      const role = highestRole([g.role]);
      if (!role) continue;
      const reaches =
        (g.subjectType === 'user' && g.subjectId === r.id) ||
        g.subjectType === 'all' ||
        (g.subjectType === 'group' && memberships.some((m) => m.groupId === g.subjectId && m.userId === r.id));
      if (!reaches) continue;
      const subject =
        g.subjectType === 'group'
          ? (groupName.get(g.subjectId) ?? g.subjectId)
          : g.subjectType === 'all'
            ? '*'
            : r.username;
      sources.push({
        subjectType: g.subjectType === 'group' ? 'group' : g.subjectType === 'all' ? 'all' : 'user',
        subject,
        role,
      });
    }
    const role = highestRole(sources.map((s) => s.role)) ?? ROLE_BY_RANK[Number(r.rank)] ?? 'viewer';
    return { username: r.username, displayName: r.displayName, role, sources };
  });
}
