// Optimistic concurrency: every object has a revision that each change increments.
// The ETag names it; a PATCH or DELETE with a stale If-Match gets 412 and changes nothing.
import { AppError } from './errors';

export function etagOf(id: string, revision: number): string {
  return `"${id}.${revision}"`;
}

/** The revision the caller expects (from If-Match), or null when it sent none or "*". */
export function expectedRevision(ifMatch: string | null, id: string): number | null {
  if (!ifMatch || ifMatch.trim() === '*') return null;
  const tags = ifMatch.split(',').map((t) => t.trim().replace(/^W\//, ''));
  for (const tag of tags) {
    const m = /^"(.+)\.(\d+)"$/.exec(tag);
    if (m && m[1] === id) return Number(m[2]);
  }
  throw stale();
}

export function stale(): AppError {
  return new AppError(
    'precondition_failed',
    'This object was changed by someone else since you loaded it. Reload it, then apply your change again.',
  );
}

/** Refuses (412) a change whose If-Match names an older revision of this object. */
export function assertFresh(ifMatch: string | null, current: { id: string; revision: number }): void {
  const expected = expectedRevision(ifMatch, current.id);
  if (expected !== null && expected !== current.revision) throw stale();
}
