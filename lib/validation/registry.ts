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
    role: z
      .enum(['viewer', 'contributor', 'admin'])
      .describe("The caller's role on the registry (platform admins: admin; a token: its role)."),
    modelCount: z.number().int().describe('How many models the registry holds, archived ones included.'),
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

export const ZRegistryPatch = z
  .strictObject({
    name: z.never({ error: 'A registry name cannot be changed.' }).optional(),
    displayName: z.string().trim().min(1, 'Enter a display name.').max(128, 'Use at most 128 characters.').optional(),
    description: z.string().max(10_000, 'Use at most 10,000 characters.').optional(),
  })
  .meta({ id: 'RegistryPatch' });
export type TRegistryPatch = z.infer<typeof ZRegistryPatch>;

export const ZRegistryDeleteQuery = z.object({
  force: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('Required (true) to delete a registry that still holds models; removes everything in it.'),
});
