// Keyset pagination: a cursor names the sort value and id of an item and whether the
// page wanted comes after or before it; "last" asks for the final page. Ties on the
// sort value are broken by id, so a walk returns every item exactly once even while
// new items are added. Cursors are opaque to clients.
import { AppError } from './errors';

export type CursorValue = string | number | null;
export type Cursor = { kind: 'after' | 'before'; v: CursorValue; id: string } | { kind: 'last' };

export const LAST_PAGE_CURSOR = 'last';

export function encodeCursor(value: CursorValue | Date, id: string, kind: 'after' | 'before' = 'after'): string {
  const v = value instanceof Date ? value.toISOString() : value;
  return Buffer.from(JSON.stringify(kind === 'after' ? { v, id } : { v, id, b: 1 })).toString('base64url');
}

export function decodeCursor(cursor: string): Cursor {
  if (cursor === LAST_PAGE_CURSOR) return { kind: 'last' };
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      parsed &&
      typeof parsed === 'object' &&
      'id' in parsed &&
      typeof parsed.id === 'string' &&
      'v' in parsed &&
      (parsed.v === null || typeof parsed.v === 'string' || typeof parsed.v === 'number')
    ) {
      return { kind: 'b' in parsed && parsed.b === 1 ? 'before' : 'after', v: parsed.v, id: parsed.id };
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError(
    'bad_request',
    'The cursor is not valid: pass the nextCursor or prevCursor of a previous page unchanged.',
  );
}

/** The cursors of a page of rows, given whether more rows lie beyond each end. */
export function pageCursors<T extends { id: string }>(
  rows: T[],
  sortValue: (row: T) => CursorValue | Date,
  more: { next: boolean; prev: boolean },
): { nextCursor: string | null; prevCursor: string | null } {
  const first = rows[0];
  const last = rows.at(-1);
  return {
    nextCursor: more.next && last ? encodeCursor(sortValue(last), last.id, 'after') : null,
    prevCursor: more.prev && first ? encodeCursor(sortValue(first), first.id, 'before') : null,
  };
}

/**
 * One page of a Prisma list sorted by one unique-or-tied field then id, in both
 * directions: an "after" cursor pages forward, "before" backward and "last" gives the
 * final page. For the small admin lists (registries, users, groups), where a Prisma
 * `where` is enough; the big lists use lib/server/db/list-query.ts.
 */
export async function keysetPage<T extends { id: string }>(opts: {
  field: string;
  order: 'asc' | 'desc';
  isDate: boolean;
  cursor?: string;
  pageSize: number;
  filter: object;
  sortValue: (row: T) => CursorValue | Date;
  find: (args: { where: object; orderBy: object[]; take: number }) => Promise<T[]>;
  count: (args: { where: object }) => Promise<number>;
}): Promise<{ items: T[]; nextCursor: string | null; prevCursor: string | null; total: number }> {
  const cursor = opts.cursor ? decodeCursor(opts.cursor) : null;
  const backwards = cursor?.kind === 'before' || cursor?.kind === 'last';
  const ascending = (opts.order === 'asc') !== backwards;
  const dir = ascending ? 'asc' : 'desc';
  const orderBy = [{ [opts.field]: dir }, { id: dir }];
  let where = opts.filter;
  if (cursor && cursor.kind !== 'last') {
    const op = ascending ? 'gt' : 'lt';
    const v = opts.isDate && typeof cursor.v === 'string' ? new Date(cursor.v) : cursor.v;
    where = {
      AND: [opts.filter, { OR: [{ [opts.field]: { [op]: v } }, { [opts.field]: v, id: { [op]: cursor.id } }] }],
    };
  }
  const total = await opts.count({ where: opts.filter });
  if (cursor?.kind === 'last') {
    const take = total % opts.pageSize || opts.pageSize;
    const rows = (await opts.find({ where, orderBy, take })).reverse();
    return { items: rows, total, ...pageCursors(rows, opts.sortValue, { next: false, prev: total > rows.length }) };
  }
  const rows = await opts.find({ where, orderBy, take: opts.pageSize + 1 });
  const beyond = rows.length > opts.pageSize;
  const page = rows.slice(0, opts.pageSize);
  if (cursor?.kind === 'before') {
    const items = page.reverse();
    return { items, total, ...pageCursors(items, opts.sortValue, { next: true, prev: beyond }) };
  }
  return { items: page, total, ...pageCursors(page, opts.sortValue, { next: beyond, prev: cursor !== null }) };
}
