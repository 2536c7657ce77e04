// Loading and shaping deployment rows: the API object and the InferenceService manifest.
import { inferenceServiceManifest, type TInferenceService } from '@/lib/deployments/manifest';
import type { TDeployment, TDeploymentPhase } from '@/lib/validation/deployment';
import { DEPLOYMENT_PHASES } from '@/lib/validation/deployment';

import type { Prisma } from '@/generated/prisma/sqlite/client';

/** Everything a deployment's DTO, manifest and cluster calls need, in one query (lists included). */
export const deploymentInclude = {
  environment: true,
  model: { select: { id: true, name: true, state: true } },
  version: { select: { id: true, name: true, state: true } },
  registry: { select: { id: true, name: true } },
} satisfies Prisma.DeploymentInclude;

export type DeploymentRow = Prisma.DeploymentGetPayload<{ include: typeof deploymentInclude }>;

function resourcesOf(d: DeploymentRow) {
  const { cpuRequest, cpuLimit, memoryRequest, memoryLimit, gpus } = d;
  return { cpuRequest, cpuLimit, memoryRequest, memoryLimit, gpus };
}

const asPhase = (p: string): TDeploymentPhase => DEPLOYMENT_PHASES.find((x) => x === p) ?? 'UNMANAGED';

export function toDeploymentDto(d: DeploymentRow): TDeployment {
  return {
    id: d.id,
    name: d.name,
    environment: { name: d.environment.name, kind: d.environment.kind === 'kserve' ? 'kserve' : 'external' },
    model: d.model.name,
    version: d.version.name,
    versionId: d.versionId,
    modelId: d.modelId,
    artifactId: d.artifactId,
    storageUri: d.storageUri,
    modelFormat: d.modelFormat,
    runtime: d.runtime,
    minReplicas: d.minReplicas,
    maxReplicas: d.maxReplicas,
    resources: resourcesOf(d),
    desiredState: d.desiredState === 'UNDEPLOYED' ? 'UNDEPLOYED' : 'DEPLOYED',
    status: {
      phase: asPhase(d.phase),
      url: d.statusUrl,
      message: d.statusMessage,
      checkedAt: d.checkedAt?.toISOString() ?? null,
    },
    createdBy: d.createdBy,
    updatedBy: d.updatedBy,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}

export function deploymentManifest(d: DeploymentRow): TInferenceService {
  return inferenceServiceManifest({
    name: d.name,
    namespace: d.environment.kind === 'kserve' ? d.environment.namespace : null,
    registry: d.registry,
    model: d.model,
    version: d.version,
    deploymentId: d.id,
    artifactId: d.artifactId,
    runtime: d.runtime,
    modelFormat: { name: d.modelFormat, version: d.modelFormatVersion },
    storageUri: d.storageUri,
    minReplicas: d.minReplicas,
    maxReplicas: d.maxReplicas,
    resources: resourcesOf(d),
  });
}
