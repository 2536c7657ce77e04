// Loading and shaping model, version and artifact rows into API objects (DTOs).
import type { TArtifact } from '@/lib/validation/artifact';
import type { TModel, TModelSummary, TVersion } from '@/lib/validation/model';
import type { TState } from '@/lib/validation/fields';
import { notFound } from '../errors';
import type { Tx } from '../db/tx';
import type { Db } from '../db/client';
import { labelsDto, propertiesDto, type PropertyRow } from './tags';

import type { Prisma } from '@/generated/prisma/sqlite/client';

/** Active deployments, counted in the same query (the UI disables Archive/Delete on them). */
const activeDeploymentCount = { select: { deployments: { where: { desiredState: 'DEPLOYED' } } } } as const;

export const modelInclude = {
  labels: true,
  properties: true,
  _count: activeDeploymentCount,
} satisfies Prisma.RegisteredModelInclude;
export const versionInclude = {
  labels: true,
  properties: true,
  artifacts: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
  _count: activeDeploymentCount,
} satisfies Prisma.ModelVersionInclude;

type ModelRow = {
  id: string;
  name: string;
  description: string;
  owner: string;
  state: string;
  modelCard: string;
  createdAt: Date;
  updatedAt: Date;
  revision: number;
  latestVersionId: string | null;
  latestVersionName: string | null;
  latestVersionCreatedAt: Date | null;
  labels: { value: string }[];
  properties: PropertyRow[];
  _count: { deployments: number };
};

type ArtifactRow = {
  id: string;
  name: string;
  description: string;
  uri: string | null;
  endpoint: string | null;
  bucket: string | null;
  region: string | null;
  path: string | null;
  modelFormatName: string;
  modelFormatVersion: string;
  sourceKind: string | null;
  sourceName: string | null;
  sourceId: string | null;
  sourceUri: string | null;
  createdAt: Date;
  updatedAt: Date;
};

type VersionRow = {
  id: string;
  modelId: string;
  name: string;
  description: string;
  author: string;
  state: string;
  createdAt: Date;
  updatedAt: Date;
  labels: { value: string }[];
  properties: PropertyRow[];
  artifacts: ArtifactRow[];
  _count: { deployments: number };
};

const asState = (s: string): TState => (s === 'ARCHIVED' ? 'ARCHIVED' : 'LIVE');

export function toModelSummary(registry: string, m: ModelRow): TModelSummary {
  return {
    id: m.id,
    registry,
    name: m.name,
    description: m.description,
    owner: m.owner,
    state: asState(m.state),
    labels: labelsDto(m.labels),
    properties: propertiesDto(m.properties),
    latestVersion:
      m.latestVersionId && m.latestVersionName && m.latestVersionCreatedAt
        ? { id: m.latestVersionId, name: m.latestVersionName, createdAt: m.latestVersionCreatedAt.toISOString() }
        : null,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}

export function toModelDto(registry: string, m: ModelRow): TModel {
  return { ...toModelSummary(registry, m), modelCard: m.modelCard, activeDeployments: m._count.deployments };
}

export function toArtifactDto(a: ArtifactRow): TArtifact {
  return {
    id: a.id,
    name: a.name,
    description: a.description,
    uri: a.uri,
    endpoint: a.endpoint,
    bucket: a.bucket,
    region: a.region,
    path: a.path,
    modelFormatName: a.modelFormatName,
    modelFormatVersion: a.modelFormatVersion,
    sourceKind: a.sourceKind,
    sourceName: a.sourceName,
    sourceId: a.sourceId,
    sourceUri: a.sourceUri,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

/** An archived model's versions read as archived; `ownState` keeps the version's own. */
export function toVersionDto(
  model: { id: string; name: string; state: string; latestVersionId: string | null },
  v: VersionRow,
): TVersion {
  const ownState = asState(v.state);
  return {
    id: v.id,
    modelId: model.id,
    modelName: model.name,
    name: v.name,
    description: v.description,
    author: v.author,
    state: model.state === 'ARCHIVED' ? 'ARCHIVED' : ownState,
    ownState,
    isLatest: model.latestVersionId === v.id,
    labels: labelsDto(v.labels),
    properties: propertiesDto(v.properties),
    artifacts: v.artifacts.map(toArtifactDto),
    activeDeployments: v._count.deployments,
    createdAt: v.createdAt.toISOString(),
    updatedAt: v.updatedAt.toISOString(),
  };
}

export async function findModel(db: Tx | Db, registryId: string, name: string) {
  const model = await db.registeredModel.findUnique({
    where: { registryId_name: { registryId, name } },
    include: modelInclude,
  });
  if (!model) throw notFound(`Model "${name}"`);
  return model;
}

export async function findVersion(db: Tx | Db, modelId: string, modelName: string, name: string) {
  const version = await db.modelVersion.findUnique({
    where: { modelId_name: { modelId, name } },
    include: versionInclude,
  });
  if (!version) throw notFound(`Version "${name}" of model "${modelName}"`);
  return version;
}

/** Points the model at its most recently created LIVE version (or none). */
export async function refreshLatestVersion(tx: Tx, modelId: string): Promise<void> {
  const latest = await tx.modelVersion.findFirst({
    where: { modelId, state: 'LIVE' },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true, name: true, createdAt: true },
  });
  await tx.registeredModel.update({
    where: { id: modelId },
    data: {
      latestVersionId: latest?.id ?? null,
      latestVersionName: latest?.name ?? null,
      latestVersionCreatedAt: latest?.createdAt ?? null,
    },
  });
}

/** A change below a model (version, artifact, labels, properties) makes the model "last modified" now. */
export async function touchModel(tx: Tx, modelId: string, at = new Date()): Promise<void> {
  await tx.registeredModel.update({ where: { id: modelId }, data: { updatedAt: at } });
}
