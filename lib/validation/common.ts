// Shared zod pieces: list queries, pagination and the error envelope.
import { z } from 'zod';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export const ZSortOrder = z.enum(['asc', 'desc']);

export const ZPageQuery = z.object({
  cursor: z.string().max(2000).optional().describe('Opaque cursor from a previous page (nextCursor).'),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .default(DEFAULT_PAGE_SIZE)
    .describe(`Items per page, 1 to ${MAX_PAGE_SIZE}.`),
  order: ZSortOrder.optional(),
});

export function ZPage<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('Pass as `cursor` to get the next page; null on the last page.'),
    prevCursor: z
      .string()
      .nullable()
      .optional()
      .describe(
        'Pass as `cursor` to get the previous page; null on the first page. `cursor=last` gives the last page.',
      ),
    total: z.number().int().describe('How many items match the filters, across all pages.'),
  });
}

export type TPage<T> = { items: T[]; nextCursor: string | null; prevCursor?: string | null; total: number };

export const ZErrorEnvelope = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });

/** A URL slug: lowercase letters, digits and hyphens, starting and ending with a letter or digit. */
export const ZSlug = z
  .string()
  .min(1, 'Enter a name.')
  .max(63, 'Use at most 63 characters.')
  .regex(
    /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/,
    'Use lowercase letters, digits and hyphens, starting and ending with a letter or digit.',
  );
