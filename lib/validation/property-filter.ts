// `property=accuracy>=0.9`, `property=framework=pytorch`: comparisons on custom properties.
import { ZRepeated } from './fields';

export const PROPERTY_OPERATORS = ['>=', '<=', '!=', '=', '<', '>'] as const;
export type TPropertyOperator = (typeof PROPERTY_OPERATORS)[number];

export type TPropertyFilter =
  | { key: string; op: TPropertyOperator; kind: 'number'; value: number; raw: string }
  | { key: string; op: '=' | '!='; kind: 'text'; value: string; raw: string };

const PATTERN = /^(.*?)(>=|<=|!=|=|<|>)(.*)$/s;

export function parsePropertyFilter(text: string): TPropertyFilter | string {
  const match = PATTERN.exec(text);
  if (!match) return `"${text}" is not a property comparison; write key=value, key!=value, key>=number and so on.`;
  const [, rawKey = '', op = '=', raw = ''] = match;
  const key = rawKey.trim();
  if (!key) return `"${text}" has no property key before the operator.`;
  const numeric = raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : null;
  if (op === '=' || op === '!=') {
    return numeric === null
      ? { key, op, kind: 'text', value: raw, raw }
      : { key, op, kind: 'number', value: numeric, raw };
  }
  if (numeric === null) return `"${text}": ${op} compares numbers, and "${raw}" is not a number.`;
  return { key, op: op as TPropertyOperator, kind: 'number', value: numeric, raw };
}

export const ZPropertyFilters = ZRepeated.transform((items, ctx) => {
  const out: TPropertyFilter[] = [];
  for (const item of items) {
    const parsed = parsePropertyFilter(item);
    if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
    else out.push(parsed);
  }
  if (out.length > 10) ctx.addIssue({ code: 'custom', message: 'Use at most 10 property filters.' });
  return out;
}).describe('Repeatable: `key=value`, `key!=value`, or `key<number` with < <= > >=. All must match.');
