import { z } from 'zod';
import { ZArtifact, ZArtifactCreate } from './artifact';
import { ZPageQuery } from './common';
import {
  labelPropertyClash,
  ZDescription,
  ZLabels,
  ZModelCard,
  ZName,
  ZProperties,
  ZPropertiesInput,
  ZRepeated,
  ZState,
  ZStateFilter,
} from './fields';
import { ZPropertyFilters } from './property-filter';

function noClash(o: { labels?: string[]; properties?: Record<string, unknown> }, ctx: z.RefinementCtx) {
  for (const key of labelPropertyClash(o.labels, o.properties)) {
    ctx.addIssue({
      code: 'custom',
      path: ['properties', key],
      message: `"${key}" is already a label; a key cannot be both.`,
    });
  }
}

const immutableName = z.never({ error: 'Names cannot be changed.' }).optional();

/** "new" would collide with the register pages' URLs (…/models/new, …/versions/new). */
const ZObjectName = ZName.refine((s) => s !== 'new', 'The name "new" is reserved; choose another.');

// ----- versions -----

export const ZVersionCreate = z
  .strictObject({
    name: ZObjectName.describe('Unique within the model; immutable.'),
    description: ZDescription.default(''),
    author: z.string().max(128).optional().describe('Defaults to the caller.'),
    labels: ZLabels.default([]),
    properties: ZPropertiesInput.default({}),
    artifact: ZArtifactCreate.optional().describe('The stored model files.'),
    artifacts: z.array(ZArtifactCreate).max(10, 'Register at most 10 artifacts at once.').optional(),
  })
  .superRefine((v, ctx) => {
    noClash(v, ctx);
    if (v.artifact && v.artifacts) {
      ctx.addIssue({ code: 'custom', path: ['artifacts'], message: 'Send either artifact or artifacts, not both.' });
    }
  })
  .meta({ id: 'VersionCreate' });
export type TVersionCreate = z.infer<typeof ZVersionCreate>;

export const ZVersionPatch = z
  .strictObject({
    name: immutableName,
    description: ZDescription.optional(),
    author: z.string().max(128).optional(),
    labels: ZLabels.optional().describe('Replaces all labels.'),
    properties: ZPropertiesInput.optional().describe('Replaces all properties.'),
    state: ZState.optional().describe('ARCHIVED archives, LIVE restores.'),
  })
  .superRefine(noClash)
  .meta({ id: 'VersionPatch' });
export type TVersionPatch = z.infer<typeof ZVersionPatch>;

export const ZVersion = z
  .object({
    id: z.string(),
    modelId: z.string(),
    modelName: z.string(),
    name: z.string(),
    description: z.string(),
    author: z.string(),
    state: ZState.describe('ARCHIVED when the version or its model is archived.'),
    ownState: ZState.describe('The state set on the version itself.'),
    isLatest: z.boolean().describe('The most recently created LIVE version of its model.'),
    labels: z.array(z.string()),
    properties: ZProperties,
    artifacts: z.array(ZArtifact),
    activeDeployments: z
      .number()
      .int()
      .describe('Deployments serving this version (desiredState DEPLOYED); archive and delete are refused while any.'),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Version' });
export type TVersion = z.infer<typeof ZVersion>;

// ----- models -----

export const ZModelCreate = z
  .strictObject({
    name: ZObjectName.describe('Unique within the registry; immutable.'),
    description: ZDescription.default(''),
    owner: z.string().max(128).optional().describe('Defaults to the caller.'),
    labels: ZLabels.default([]),
    properties: ZPropertiesInput.default({}),
    modelCard: ZModelCard.default('').describe('Markdown README of the model.'),
    version: ZVersionCreate.optional().describe('The first version, created in the same transaction.'),
  })
  .superRefine(noClash)
  .meta({ id: 'ModelCreate' });
export type TModelCreate = z.infer<typeof ZModelCreate>;

export const ZModelPatch = z
  .strictObject({
    name: immutableName,
    description: ZDescription.optional(),
    owner: z.string().max(128).optional(),
    labels: ZLabels.optional().describe('Replaces all labels.'),
    properties: ZPropertiesInput.optional().describe('Replaces all properties.'),
    modelCard: ZModelCard.optional(),
    state: ZState.optional().describe('ARCHIVED archives, LIVE restores.'),
  })
  .superRefine(noClash)
  .meta({ id: 'ModelPatch' });
export type TModelPatch = z.infer<typeof ZModelPatch>;

export const ZLatestVersion = z.object({ id: z.string(), name: z.string(), createdAt: z.iso.datetime() }).nullable();

export const ZModelSummary = z
  .object({
    id: z.string(),
    registry: z.string(),
    name: z.string(),
    description: z.string(),
    owner: z.string(),
    state: ZState,
    labels: z.array(z.string()),
    properties: ZProperties,
    latestVersion: ZLatestVersion,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'ModelSummary' });
export type TModelSummary = z.infer<typeof ZModelSummary>;

export const ZModel = ZModelSummary.extend({
  modelCard: z.string(),
  activeDeployments: z
    .number()
    .int()
    .describe('Deployments serving any version (desiredState DEPLOYED); archive and delete are refused while any.'),
}).meta({ id: 'Model' });
export type TModel = z.infer<typeof ZModel>;

/** The answer to a nested register: the model and, when one was sent, its first version. */
export const ZModelCreated = ZModel.extend({ version: ZVersion.nullable() }).meta({ id: 'ModelCreated' });
export type TModelCreated = z.infer<typeof ZModelCreated>;

// ----- lists -----

const listFilters = {
  sort: z.enum(['name', 'createdAt', 'updatedAt']).default('updatedAt'),
  q: z
    .string()
    .max(200, 'Search for at most 200 characters.')
    .optional()
    .describe('Words that must all appear in names, descriptions or labels.'),
  label: ZRepeated.describe('Repeatable; every label must be present.'),
  state: ZStateFilter,
  property: ZPropertyFilters,
};

export const ZModelListQuery = ZPageQuery.extend({
  ...listFilters,
  owner: z.string().max(128).optional(),
});
export type TModelListQuery = z.infer<typeof ZModelListQuery>;

export const ZVersionListQuery = ZPageQuery.extend({
  ...listFilters,
  sort: z.enum(['name', 'createdAt', 'updatedAt']).default('createdAt'),
  author: z.string().max(128).optional(),
});
export type TVersionListQuery = z.infer<typeof ZVersionListQuery>;

// ----- path parameters -----

export const ZRegistryParams = z.object({ registry: z.string().min(1) });
export const ZModelParams = ZRegistryParams.extend({ model: z.string().min(1) });
export const ZVersionParams = ZModelParams.extend({ version: z.string().min(1) });
export const ZArtifactParams = ZVersionParams.extend({ id: z.string().min(1) });
