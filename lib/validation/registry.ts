import { z } from 'zod';
import { ZPageQuery, ZSlug } from './common';

export const ZRegistryCreate = z.object({
  name: ZSlug.describe('URL name of the registry; unique and immutable.'),
  displayName: z.string().trim().min(1, 'Enter a display name.').max(128, 'Use at most 128 characters.'),
  description: z.string().max(10_000, 'Use at most 10,000 characters.').default(''),
});
export type TRegistryCreate = z.infer<typeof ZRegistryCreate>;

export const ZRegistry = z
  .object({
    id: z.string(),
    name: z.string(),
    displayName: z.string(),
    description: z.string(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Registry' });
export type TRegistry = z.infer<typeof ZRegistry>;

export const ZRegistryListQuery = ZPageQuery.extend({
  sort: z.enum(['name', 'createdAt', 'updatedAt']).default('name'),
  q: z.string().max(200).optional().describe('Matches name, display name or description.'),
});
export type TRegistryListQuery = z.infer<typeof ZRegistryListQuery>;
