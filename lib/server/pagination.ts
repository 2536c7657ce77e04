// Keyset pagination: the cursor is the sort value and id of the last item seen,
// encoded opaquely. Ties on the sort value are broken by id, so a walk returns every
// item exactly once even while new items are added.
import { AppError } from './errors';

export type CursorValue = string | number | null;
type Cursor = { v: CursorValue; id: string };

export function encodeCursor(value: CursorValue | Date, id: string): string {
  const v = value instanceof Date ? value.toISOString() : value;
  return Buffer.from(JSON.stringify({ v, id } satisfies Cursor)).toString('base64url');
}

export function decodeCursor(cursor: string): Cursor {
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
      return { v: parsed.v, id: parsed.id };
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError('bad_request', 'The cursor is not valid: pass the nextCursor of a previous page unchanged.');
}

/**
 * A Prisma `where` fragment selecting the rows after the cursor for `orderBy
 * [{ [field]: order }, { id: order }]`.
 */
export function keysetWhere(field: string, order: 'asc' | 'desc', cursor: Cursor, isDate: boolean): object {
  const op = order === 'asc' ? 'gt' : 'lt';
  const value = isDate && typeof cursor.v === 'string' ? new Date(cursor.v) : cursor.v;
  return { OR: [{ [field]: { [op]: value } }, { [field]: value, id: { [op]: cursor.id } }] };
}

export function pageOf<T extends { id: string }>(
  rows: T[],
  pageSize: number,
  sortValue: (row: T) => CursorValue | Date,
): { items: T[]; nextCursor: string | null } {
  const hasMore = rows.length > pageSize;
  const items = hasMore ? rows.slice(0, pageSize) : rows;
  const last = items.at(-1);
  return { items, nextCursor: hasMore && last ? encodeCursor(sortValue(last), last.id) : null };
}
