// Filtered, sorted, keyset-paginated id queries for the big lists (models and
// versions), in SQL that both SQLite and PostgreSQL run. They return only the ids of
// one page and the total; the caller loads those rows with Prisma. Every filter is an
// indexed lookup or an EXISTS on an indexed table, never a scan of everything.
import type { TPropertyFilter } from '@/lib/validation/property-filter';
import { getDb, getDbProvider } from './client';
import { emptySql, joinSql, sql, type Sql } from './tx';

export type SortField = 'name' | 'createdAt' | 'updatedAt';

export type KeysetCursor = { v: string | number | null; id: string };

const SORT_COLUMN: Record<SortField, string> = { name: 'name', createdAt: 'createdAt', updatedAt: 'updatedAt' };

/** Dates as each database stores them: Prisma writes SQLite DateTimes as ISO text with "+00:00". */
export function dateParam(iso: string): Date | string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return getDbProvider() === 'sqlite' ? d.toISOString().replace('Z', '+00:00') : d;
}

function quoted(alias: string, column: string): Sql {
  return sql([`${alias}."${column}"`]);
}

const OPS: Record<TPropertyFilter['op'], string> = { '=': '=', '!=': '<>', '<': '<', '<=': '<=', '>': '>', '>=': '>=' };

/** `EXISTS` on a property table for one comparison. `ownerColumn` names the owner id column there. */
export function propertyCondition(table: string, ownerColumn: string, ownerId: Sql, f: TPropertyFilter): Sql {
  const t = sql([`"${table}"`]);
  const owner = sql([`p."${ownerColumn}"`]);
  const op = sql([OPS[f.op]]);
  if (f.kind === 'number') {
    // "=" on a number also matches a string property with that exact text.
    const textMatch = f.op === '=' ? sql` OR (p."type" = 'string' AND p."stringValue" = ${f.raw})` : emptySql;
    return sql`EXISTS (SELECT 1 FROM ${t} p WHERE ${owner} = ${ownerId} AND p."key" = ${f.key}
      AND ((p."numberValue" IS NOT NULL AND p."numberValue" ${op} ${f.value})${textMatch}))`;
  }
  const boolean = f.value === 'true' || f.value === 'false' ? f.value === 'true' : null;
  const boolMatch = boolean === null ? emptySql : sql` OR (p."type" = 'boolean' AND p."boolValue" = ${boolean})`;
  if (f.op === '=') {
    return sql`EXISTS (SELECT 1 FROM ${t} p WHERE ${owner} = ${ownerId} AND p."key" = ${f.key}
      AND ((p."type" = 'string' AND p."stringValue" = ${f.value})${boolMatch}))`;
  }
  // "!=": the property exists and has another value.
  const boolDiff =
    boolean === null ? sql` OR p."type" = 'boolean'` : sql` OR (p."type" = 'boolean' AND p."boolValue" <> ${boolean})`;
  return sql`EXISTS (SELECT 1 FROM ${t} p WHERE ${owner} = ${ownerId} AND p."key" = ${f.key}
    AND ((p."type" = 'string' AND p."stringValue" <> ${f.value}) OR p."type" IN ('integer', 'number')${boolDiff}))`;
}

export type IdQuery = {
  table: string;
  alias: string;
  where: Sql[];
  sort: SortField;
  order: 'asc' | 'desc';
  cursor: KeysetCursor | null;
  pageSize: number;
};

/** Runs the page query and the count in parallel. */
export async function queryIdPage(q: IdQuery): Promise<{ ids: string[]; total: number }> {
  const db = getDb();
  const table = sql([`"${q.table}" ${q.alias}`]);
  const sortCol = quoted(q.alias, SORT_COLUMN[q.sort]);
  const idCol = quoted(q.alias, 'id');
  const filter = q.where.length ? joinSql(q.where, ' AND ') : sql`1 = 1`;
  const dir = sql([q.order === 'asc' ? 'ASC' : 'DESC']);
  let keyset: Sql = emptySql;
  if (q.cursor) {
    const op = sql([q.order === 'asc' ? '>' : '<']);
    const v = q.sort === 'name' ? q.cursor.v : dateParam(String(q.cursor.v));
    keyset = sql` AND (${sortCol} ${op} ${v} OR (${sortCol} = ${v} AND ${idCol} ${op} ${q.cursor.id}))`;
  }
  const [rows, count] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`SELECT ${idCol} AS "id" FROM ${table} WHERE ${filter}${keyset}
      ORDER BY ${sortCol} ${dir}, ${idCol} ${dir} LIMIT ${q.pageSize + 1}`,
    db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS "n" FROM ${table} WHERE ${filter}`,
  ]);
  return { ids: rows.map((r) => r.id), total: Number(count[0]?.n ?? 0) };
}

/** Restores the order of `ids` on rows loaded by id. */
export function inIdOrder<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
}
