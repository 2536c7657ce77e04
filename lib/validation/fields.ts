// Field rules shared by models, versions and artifacts.
import { z } from 'zod';

const CONTROL_CHARS = /\p{Cc}/u;

/**
 * Object names: 1–128 printable characters, any script, including spaces, "/", "%"
 * and "#" (URLs carry them encoded). Not "." or ".." (URLs would resolve them away),
 * and no leading or trailing spaces (they would be invisible in every list).
 */
export const ZName = z
  .string({ error: 'Enter a name.' })
  .min(1, 'Enter a name.')
  .max(128, 'Use at most 128 characters.')
  .refine((s) => !CONTROL_CHARS.test(s), 'Use printable characters only (no tabs, line breaks or control characters).')
  .refine((s) => s.trim() === s, 'Remove the spaces at the start or end.')
  .refine((s) => s !== '.' && s !== '..', 'A name cannot be "." or "..".');

export const ZDescription = z.string().max(10_000, 'Use at most 10,000 characters.');
export const ZModelCard = z.string().max(200_000, 'Use at most 200,000 characters.');

export const ZLabel = z
  .string()
  .min(1, 'A label cannot be empty.')
  .max(63, 'A label has at most 63 characters.')
  .refine((s) => !CONTROL_CHARS.test(s) && s.trim() === s, 'A label has printable characters and no outer spaces.');

export const ZLabels = z
  .array(ZLabel)
  .max(100, 'Use at most 100 labels.')
  .transform((labels) => [...new Set(labels)])
  .describe('Plain tags, at most 63 characters each; duplicates are dropped.');

export const PROPERTY_TYPES = ['string', 'integer', 'number', 'boolean'] as const;
export type TPropertyType = (typeof PROPERTY_TYPES)[number];

export const ZPropertyKey = z
  .string()
  .min(1, 'A property key cannot be empty.')
  .max(63, 'A property key has at most 63 characters.')
  .refine(
    (s) => !CONTROL_CHARS.test(s) && s.trim() === s,
    'A property key has printable characters and no outer spaces.',
  );

const MAX_STRING_PROPERTY = 4096;

export const ZTypedProperty = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('string'), value: z.string().max(MAX_STRING_PROPERTY) }),
    z.object({
      type: z.literal('integer'),
      value: z.number().int('An integer property needs a whole number.').refine(Number.isSafeInteger, {
        message: 'An integer property must be between -(2^53-1) and 2^53-1.',
      }),
    }),
    z.object({ type: z.literal('number'), value: z.number() }),
    z.object({ type: z.literal('boolean'), value: z.boolean() }),
  ])
  .meta({ id: 'TypedProperty' });
export type TTypedProperty = z.infer<typeof ZTypedProperty>;

/** A property value as sent: a plain JSON value (type inferred) or `{ type, value }`. */
export const ZPropertyValueInput = z
  .union([
    z.string().max(MAX_STRING_PROPERTY, `A string property has at most ${MAX_STRING_PROPERTY} characters.`),
    z.number(),
    z.boolean(),
    ZTypedProperty,
  ])
  .transform((v): TTypedProperty => {
    if (typeof v === 'string') return { type: 'string', value: v };
    if (typeof v === 'boolean') return { type: 'boolean', value: v };
    if (typeof v === 'number')
      return Number.isSafeInteger(v) ? { type: 'integer', value: v } : { type: 'number', value: v };
    return v;
  });

export const ZPropertiesInput = z
  .record(ZPropertyKey, ZPropertyValueInput)
  .refine((p) => Object.keys(p).length <= 100, 'Use at most 100 properties.')
  .describe(
    'Key → value. Plain JSON values get their type from the value; `{ "type": "number", "value": 1 }` forces one.',
  );

export const ZProperties = z.record(z.string(), ZTypedProperty);
export type TProperties = z.infer<typeof ZProperties>;

/** A key cannot be both a label and a property of the same object. */
export function labelPropertyClash(labels: string[] | undefined, properties: Record<string, unknown> | undefined) {
  if (!labels || !properties) return [];
  return labels.filter((l) => Object.hasOwn(properties, l));
}

export const ZState = z.enum(['LIVE', 'ARCHIVED']);
export type TState = z.infer<typeof ZState>;

export const ZStateFilter = z
  .enum(['live', 'archived', 'all'])
  .default('live')
  .describe('live (default), archived, or all.');

/** Repeatable query parameters arrive as a string or an array of strings. */
export const ZRepeated = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));
