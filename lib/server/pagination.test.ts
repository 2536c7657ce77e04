import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import { decodeCursor, encodeCursor, LAST_PAGE_CURSOR } from './pagination';

describe('cursors', () => {
  it('round-trip the sort value, the id and the direction', () => {
    expect(decodeCursor(encodeCursor('b', 'id-1'))).toEqual({ kind: 'after', v: 'b', id: 'id-1' });
    expect(decodeCursor(encodeCursor(new Date('2026-01-02T03:04:05.000Z'), 'x', 'before'))).toEqual({
      kind: 'before',
      v: '2026-01-02T03:04:05.000Z',
      id: 'x',
    });
    expect(decodeCursor(LAST_PAGE_CURSOR)).toEqual({ kind: 'last' });
  });

  it('refuse anything that is not a cursor with a 400, not a crash', () => {
    for (const bad of [
      '',
      'not-base64!',
      Buffer.from('{"v":1}').toString('base64url'),
      Buffer.from('[1,2]').toString('base64url'),
    ]) {
      expect(() => decodeCursor(bad)).toThrowError(AppError);
      try {
        decodeCursor(bad);
      } catch (err) {
        expect(err instanceof AppError && err.status).toBe(400);
      }
    }
  });
});
