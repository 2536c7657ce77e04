import { describe, expect, it } from 'vitest';
import { canDo, highestRole } from './roles';

describe('registry roles', () => {
  it('the effective role is the highest of the grants; unknown names are ignored', () => {
    expect(highestRole([])).toBeNull();
    expect(highestRole(['viewer', 'admin', 'contributor'])).toBe('admin');
    expect(highestRole(['contributor', 'viewer'])).toBe('contributor');
    expect(highestRole(['toString', 'owner'])).toBeNull();
  });

  it('a role allows what it and the roles below it allow', () => {
    expect(canDo('admin', 'contributor')).toBe(true);
    expect(canDo('viewer', 'contributor')).toBe(false);
    expect(canDo(null, 'viewer')).toBe(false);
  });
});
