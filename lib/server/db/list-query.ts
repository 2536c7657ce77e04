// Filtered, sorted, keyset-paginated id queries for the big lists (models and
// versions), in SQL that both SQLite and PostgreSQL run. They return only the ids of
// one page and the total; the caller loads those rows with Prisma. Every filter is an
// indexed lookup or an EXISTS on an indexed table, never a scan of everything.
import type { TPropertyFilter } from '@/lib/validation/property-filter';
import type { Cursor } from '../pagination';
import { getDb, getDbProvider } from './client';
import { emptySql, joinSql, sql, type Sql } from './tx';

export type SortField = 'name' | 'createdAt' | 'updatedAt';

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

/**
 * The owner ids (model or version ids) having a property that satisfies one
 * comparison, as a subquery: `ownerId IN (…)`. Driven by the (key, value) indexes of
 * the property tables, so it reads only the matching properties.
 */
export function propertyMatches(table: string, ownerColumn: string, f: TPropertyFilter): Sql {
  const t = sql([`"${table}"`]);
  const owner = sql([`p."${ownerColumn}"`]);
  const op = sql([OPS[f.op]]);
  let condition: Sql;
  if (f.kind === 'number') {
    // "=" on a number also matches a string property with that exact text.
    const textMatch = f.op === '=' ? sql` OR (p."type" = 'string' AND p."stringValue" = ${f.raw})` : emptySql;
    condition = sql`((p."numberValue" IS NOT NULL AND p."numberValue" ${op} ${f.value})${textMatch})`;
  } else {
    const boolean = f.value === 'true' || f.value === 'false' ? f.value === 'true' : null;
    if (f.op === '=') {
      const boolMatch = boolean === null ? emptySql : sql` OR (p."type" = 'boolean' AND p."boolValue" = ${boolean})`;
      condition = sql`((p."type" = 'string' AND p."stringValue" = ${f.value})${boolMatch})`;
    } else {
      // "!=": the property exists and has another value.
      const boolDiff =
        boolean === null
          ? sql` OR p."type" = 'boolean'`
          : sql` OR (p."type" = 'boolean' AND p."boolValue" <> ${boolean})`;
      condition = sql`((p."type" = 'string' AND p."stringValue" <> ${f.value}) OR p."type" IN ('integer', 'number')${boolDiff})`;
    }
  }
  return sql`(SELECT ${owner} FROM ${t} p WHERE p."key" = ${f.key} AND ${condition})`;
}

export type IdQuery = {
  table: string;
  alias: string;
  where: Sql[];
  sort: SortField;
  order: 'asc' | 'desc';
  cursor: Cursor | null;
  pageSize: number;
};

/**
 * The ids of one page, in display order, and the total. A "before" cursor reads the
 * list backwards from the cursor and "last" from the end, then puts the page back in
 * order, so previous and last pages cost the same as next pages.
 */
export async function queryIdPage(
  q: IdQuery,
): Promise<{ ids: string[]; total: number; hasNext: boolean; hasPrev: boolean }> {
  const db = getDb();
  const table = sql([`"${q.table}" ${q.alias}`]);
  const sortCol = quoted(q.alias, SORT_COLUMN[q.sort]);
  const idCol = quoted(q.alias, 'id');
  const filter = q.where.length ? joinSql(q.where, ' AND ') : sql`1 = 1`;
  const backwards = q.cursor?.kind === 'before' || q.cursor?.kind === 'last';
  const ascending = (q.order === 'asc') !== backwards;
  const dir = sql([ascending ? 'ASC' : 'DESC']);
  let keyset: Sql = emptySql;
  if (q.cursor && q.cursor.kind !== 'last') {
    const op = sql([ascending ? '>' : '<']);
    const v = q.sort === 'name' ? q.cursor.v : dateParam(String(q.cursor.v));
    // The leading range (>= or <=) lets the database seek in the sort index instead of
    // filtering out every row before the cursor.
    const range = sql([ascending ? '>=' : '<=']);
    keyset = sql` AND ${sortCol} ${range} ${v} AND (${sortCol} ${op} ${v} OR (${sortCol} = ${v} AND ${idCol} ${op} ${q.cursor.id}))`;
  }
  const countQuery = db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS "n" FROM ${table} WHERE ${filter}`;
  let limit = q.pageSize + 1;
  let total = 0;
  if (q.cursor?.kind === 'last') {
    total = Number((await countQuery)[0]?.n ?? 0);
    limit = total % q.pageSize || q.pageSize;
  }
  const [rows, count] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`SELECT ${idCol} AS "id" FROM ${table} WHERE ${filter}${keyset}
      ORDER BY ${sortCol} ${dir}, ${idCol} ${dir} LIMIT ${limit}`,
    q.cursor?.kind === 'last' ? Promise.resolve(null) : countQuery,
  ]);
  if (count) total = Number(count[0]?.n ?? 0);
  const ids = rows.map((r) => r.id);
  if (q.cursor?.kind === 'last') return { ids: ids.reverse(), total, hasNext: false, hasPrev: total > ids.length };
  const beyond = ids.length > q.pageSize;
  const page = ids.slice(0, q.pageSize);
  if (q.cursor?.kind === 'before') return { ids: page.reverse(), total, hasNext: true, hasPrev: beyond };
  return { ids: page, total, hasNext: beyond, hasPrev: q.cursor !== null };
}

/** Restores the order of `ids` on rows loaded by id. */
export function inIdOrder<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
}
