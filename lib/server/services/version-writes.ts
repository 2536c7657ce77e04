// Creating a version with its labels, properties and artifacts inside a transaction.
// Shared by "register a model with its first version" and "register a new version".
import type { TArtifactCreate } from '@/lib/validation/artifact';
import type { TVersionCreate } from '@/lib/validation/model';
import type { Tx } from '../db/tx';
import type { Principal } from '../auth/principal';
import { recordAudit } from './audit';
import { refreshLatestVersion, touchModel, versionInclude } from './model-rows';
import { propertyRows } from './tags';

export function artifactData(registryId: string, a: TArtifactCreate) {
  return {
    registryId,
    name: a.name ?? '',
    description: a.description ?? '',
    uri: a.uri ?? null,
    endpoint: a.endpoint ?? null,
    bucket: a.bucket ?? null,
    region: a.region ?? null,
    path: a.path ?? null,
    modelFormatName: a.modelFormatName ?? '',
    modelFormatVersion: a.modelFormatVersion ?? '',
    sourceKind: a.sourceKind ?? null,
    sourceName: a.sourceName ?? null,
    sourceId: a.sourceId ?? null,
    sourceUri: a.sourceUri ?? null,
  };
}

export async function insertVersion(
  tx: Tx,
  principal: Principal,
  model: { id: string; registryId: string; name: string },
  input: TVersionCreate,
) {
  const now = new Date();
  const artifacts = input.artifacts ?? (input.artifact ? [input.artifact] : []);
  const version = await tx.modelVersion.create({
    data: {
      registryId: model.registryId,
      modelId: model.id,
      name: input.name,
      description: input.description,
      author: input.author?.trim() || principal.username,
      createdAt: now,
      updatedAt: now,
      labels: { create: input.labels.map((value) => ({ value })) },
      properties: { create: propertyRows(input.properties) },
      artifacts: {
        create: artifacts.map((a) => ({ ...artifactData(model.registryId, a), createdAt: now, updatedAt: now })),
      },
    },
    include: versionInclude,
  });
  await refreshLatestVersion(tx, model.id);
  await touchModel(tx, model.id, now);
  await recordAudit(tx, principal, {
    registryId: model.registryId,
    action: 'version.create',
    objectType: 'version',
    objectId: version.id,
    objectName: `${model.name}/${version.name}`,
    changes: { labels: input.labels, properties: input.properties, artifacts: artifacts.length },
  });
  return version;
}
