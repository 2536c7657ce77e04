import { describe, expect, it } from 'vitest';
import { parsePropertyFilter } from './property-filter';

describe('property filters', () => {
  it('reads each operator, numbers as numbers and other values as text', () => {
    expect(parsePropertyFilter('accuracy>=0.9')).toMatchObject({
      key: 'accuracy',
      op: '>=',
      kind: 'number',
      value: 0.9,
    });
    expect(parsePropertyFilter('loss<1e-3')).toMatchObject({ op: '<', kind: 'number', value: 0.001 });
    expect(parsePropertyFilter('framework=pytorch')).toMatchObject({ op: '=', kind: 'text', value: 'pytorch' });
    expect(parsePropertyFilter('stage!=prod')).toMatchObject({ op: '!=', kind: 'text', value: 'prod' });
    expect(parsePropertyFilter('epochs=10')).toMatchObject({ op: '=', kind: 'number', value: 10, raw: '10' });
  });

  it('keeps "=" inside the value after the first operator', () => {
    expect(parsePropertyFilter('query=a=b')).toMatchObject({ key: 'query', op: '=', value: 'a=b' });
  });

  it('explains what is wrong instead of guessing', () => {
    expect(parsePropertyFilter('accuracy')).toMatch(/not a property comparison/);
    expect(parsePropertyFilter('=3')).toMatch(/no property key/);
    expect(parsePropertyFilter('framework>pytorch')).toMatch(/compares numbers/);
  });
});
