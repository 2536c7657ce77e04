// Deployments: a model version served in one environment. Contributors deploy, roll out,
// undeploy and delete; everyone with access reads. Every change is audited; for a
// cluster-backed environment it is then applied to the cluster (deployment-sync.ts).
import { artifactStorageUri } from '@/lib/deployments/manifest';
import { suggestRuntime } from '@/lib/deployments/runtimes';
import {
  replicaProblems,
  resourceProblems,
  type TDeployment,
  type TDeploymentCreate,
  type TDeploymentListQuery,
  type TDeploymentPatch,
} from '@/lib/validation/deployment';
import type { TPage } from '@/lib/validation/common';
import { getDb } from '../db/client';
import { isUniqueViolation } from '../db/prisma-errors';
import { transaction, type Tx } from '../db/tx';
import { assertNoFieldProblems, conflict, invalidFields, notFound, type AppError } from '../errors';
import { assertFresh, etagOf, stale } from '../etag';
import { requireRegistry } from '../auth/authorize';
import type { Principal } from '../auth/principal';
import { KubeError } from '../kube/client';
import { keysetPage } from '../pagination';
import { diffFields, recordAudit } from './audit';
import { deploymentInclude, deploymentManifest, toDeploymentDto, type DeploymentRow } from './deployment-rows';
import { refreshDeploymentStatus, removeFromCluster, syncDeployment, unmanagedPhase } from './deployment-sync';
import { isClusterBacked } from './serving-environments';

function invalid(path: string, message: string): AppError {
  return invalidFields([{ path, message }]);
}

async function loadDeployment(db: Tx | ReturnType<typeof getDb>, registryId: string, id: string) {
  const row = await db.deployment.findFirst({ where: { id, registryId }, include: deploymentInclude });
  if (!row) throw notFound(`Deployment "${id}"`);
  return row;
}

function result(row: DeploymentRow) {
  return { deployment: toDeploymentDto(row), etag: etagOf(row.id, row.revision) };
}

/** The version's files to serve: the chosen artifact, else the first one with a location. */
async function pickArtifact(db: Tx, versionId: string, artifactId: string | undefined, field: string) {
  const artifacts = await db.modelArtifact.findMany({
    where: { versionId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  const withUri = artifacts.map((a) => ({ artifact: a, storageUri: artifactStorageUri(a) }));
  if (artifactId) {
    const chosen = withUri.find((a) => a.artifact.id === artifactId);
    if (!chosen) throw invalid('body.artifactId', 'This artifact does not belong to the version.');
    if (!chosen.storageUri)
      throw invalid('body.artifactId', 'This artifact has no location (URI, or bucket and path).');
    return chosen;
  }
  const first = withUri.find((a) => a.storageUri);
  if (!first) throw invalid(field, 'This version has no artifact with a location (URI, or bucket and path) to serve.');
  return first;
}

function assertLive(model: { name: string; state: string }, version: { name: string; state: string }) {
  if (model.state === 'ARCHIVED') throw conflict(`Model "${model.name}" is archived; restore it before deploying it.`);
  if (version.state === 'ARCHIVED') {
    throw conflict(`Version "${version.name}" is archived; restore it before deploying it.`);
  }
}

export async function listDeployments(
  principal: Principal,
  registryName: string,
  query: TDeploymentListQuery,
): Promise<TPage<TDeployment>> {
  const { registry } = await requireRegistry(principal, registryName, 'viewer');
  const filter = {
    registryId: registry.id,
    ...(query.environment ? { environment: { name: query.environment } } : {}),
    ...(query.model ? { model: { name: query.model } } : {}),
    ...(query.version ? { OR: [{ versionId: query.version }, { version: { name: query.version } }] } : {}),
    ...(query.state ? { desiredState: query.state } : {}),
  };
  const db = getDb();
  const page = await keysetPage<DeploymentRow>({
    field: 'createdAt',
    order: query.order ?? 'desc',
    isDate: true,
    cursor: query.cursor,
    pageSize: query.pageSize,
    filter,
    sortValue: (r) => r.createdAt,
    find: (args) => db.deployment.findMany({ ...args, include: deploymentInclude }),
    count: (args) => db.deployment.count(args),
  });
  return { ...page, items: page.items.map(toDeploymentDto) };
}

/** One deployment; a cluster-backed one first reads its status from the cluster (bounded by a short timeout). */
export async function getDeployment(principal: Principal, registryName: string, id: string) {
  const { registry } = await requireRegistry(principal, registryName, 'viewer');
  const db = getDb();
  const row = await loadDeployment(db, registry.id, id);
  if (await refreshDeploymentStatus(row)) return result(await loadDeployment(db, registry.id, id));
  return result(row);
}

export async function getDeploymentManifest(principal: Principal, registryName: string, id: string) {
  const { registry } = await requireRegistry(principal, registryName, 'viewer');
  return deploymentManifest(await loadDeployment(getDb(), registry.id, id));
}

export async function createDeployment(principal: Principal, registryName: string, input: TDeploymentCreate) {
  const { registry } = await requireRegistry(principal, registryName, 'contributor');
  let row: DeploymentRow;
  try {
    row = await transaction(async (tx) => {
      const environment = await tx.servingEnvironment.findUnique({
        where: { registryId_name: { registryId: registry.id, name: input.environment } },
      });
      if (!environment) throw invalid('body.environment', `There is no serving environment "${input.environment}".`);
      const model = await tx.registeredModel.findUnique({
        where: { registryId_name: { registryId: registry.id, name: input.model } },
      });
      if (!model) throw invalid('body.model', `There is no model "${input.model}".`);
      const version = await tx.modelVersion.findUnique({
        where: { modelId_name: { modelId: model.id, name: input.version } },
      });
      if (!version) throw invalid('body.version', `Model "${model.name}" has no version "${input.version}".`);
      assertLive(model, version);
      const { artifact, storageUri } = await pickArtifact(tx, version.id, input.artifactId, 'body.version');
      const format = artifact.modelFormatName.trim() || null;
      const runtime = input.runtime ?? environment.defaultRuntime ?? suggestRuntime(format);
      if (!runtime) {
        throw invalid(
          'body.runtime',
          format
            ? `No serving runtime is known for the model format "${format}"; choose one.`
            : 'The artifact has no model format, so no runtime can be suggested; choose one.',
        );
      }
      const resources = {
        cpuRequest: null,
        cpuLimit: null,
        memoryRequest: null,
        memoryLimit: null,
        gpus: null,
        ...input.resources,
      };
      const created = await tx.deployment.create({
        data: {
          registryId: registry.id,
          environmentId: environment.id,
          name: input.name,
          modelId: model.id,
          versionId: version.id,
          artifactId: artifact.id,
          storageUri,
          modelFormat: format,
          modelFormatVersion: artifact.modelFormatVersion.trim() || null,
          runtime,
          minReplicas: input.minReplicas,
          maxReplicas: input.maxReplicas,
          ...resources,
          desiredState: input.desiredState,
          phase:
            isClusterBacked(environment) && input.desiredState === 'DEPLOYED'
              ? 'PENDING'
              : unmanagedPhase(input.desiredState),
          createdBy: principal.username,
          updatedBy: principal.username,
        },
        include: deploymentInclude,
      });
      await recordAudit(tx, principal, {
        registryId: registry.id,
        action: 'deployment.create',
        objectType: 'deployment',
        objectId: created.id,
        objectName: created.name,
        changes: {
          environment: environment.name,
          model: model.name,
          version: version.name,
          artifactId: artifact.id,
          storageUri,
          runtime,
          minReplicas: input.minReplicas,
          maxReplicas: input.maxReplicas,
          resources,
          desiredState: input.desiredState,
        },
      });
      return created;
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw conflict(`A deployment named "${input.name}" already exists in environment "${input.environment}".`);
    }
    throw err;
  }
  if (await syncDeployment(row, false)) return result(await loadDeployment(getDb(), registry.id, row.id));
  return result(row);
}

/** Rollout (another version), replicas, resources, runtime, or undeploy/redeploy; re-applies to the cluster. */
export async function updateDeployment(
  principal: Principal,
  registryName: string,
  id: string,
  patch: TDeploymentPatch,
  ifMatch: string | null,
) {
  const { registry } = await requireRegistry(principal, registryName, 'contributor');
  const { saved, wasDeployed } = await transaction(async (tx) => {
    const current = await loadDeployment(tx, registry.id, id);
    assertFresh(ifMatch, current);
    const data: Record<string, unknown> = {};
    let version = current.version;
    if (patch.version !== undefined && patch.version !== current.version.name) {
      const found = await tx.modelVersion.findUnique({
        where: { modelId_name: { modelId: current.modelId, name: patch.version } },
        select: { id: true, name: true, state: true },
      });
      if (!found) throw invalid('body.version', `Model "${current.model.name}" has no version "${patch.version}".`);
      version = found;
      data.versionId = found.id;
    }
    if (data.versionId || patch.artifactId !== undefined) {
      const { artifact, storageUri } = await pickArtifact(tx, version.id, patch.artifactId, 'body.version');
      Object.assign(data, {
        artifactId: artifact.id,
        storageUri,
        modelFormat: artifact.modelFormatName.trim() || null,
        modelFormatVersion: artifact.modelFormatVersion.trim() || null,
      });
    }
    const desiredState = patch.desiredState ?? current.desiredState;
    if (desiredState === 'DEPLOYED') assertLive(current.model, version);
    const minReplicas = patch.minReplicas ?? current.minReplicas;
    const maxReplicas = patch.maxReplicas ?? current.maxReplicas;
    assertNoFieldProblems(replicaProblems(minReplicas, maxReplicas), 'body.');
    const resources = {
      cpuRequest: current.cpuRequest,
      cpuLimit: current.cpuLimit,
      memoryRequest: current.memoryRequest,
      memoryLimit: current.memoryLimit,
      gpus: current.gpus,
      ...Object.fromEntries(Object.entries(patch.resources ?? {}).filter(([, v]) => v !== undefined)),
    };
    assertNoFieldProblems(resourceProblems(resources), 'body.resources.');
    Object.assign(data, {
      runtime: patch.runtime ?? current.runtime,
      minReplicas,
      maxReplicas,
      ...resources,
      desiredState,
    });
    const changes = diffFields(current, data);
    if (changes.versionId) changes.version = { from: current.version.name, to: version.name };
    const clusterBacked = isClusterBacked(current.environment);
    const updated = await tx.deployment.updateMany({
      where: { id: current.id, revision: current.revision },
      data: {
        ...data,
        updatedBy: principal.username,
        revision: { increment: 1 },
        ...(clusterBacked ? {} : { phase: unmanagedPhase(desiredState) }),
      },
    });
    if (updated.count === 0) throw stale();
    await recordAudit(tx, principal, {
      registryId: registry.id,
      action:
        changes.desiredState && desiredState === 'UNDEPLOYED'
          ? 'deployment.undeploy'
          : changes.versionId
            ? 'deployment.rollout'
            : 'deployment.update',
      objectType: 'deployment',
      objectId: current.id,
      objectName: current.name,
      changes,
    });
    return { saved: await loadDeployment(tx, registry.id, id), wasDeployed: current.desiredState === 'DEPLOYED' };
  });
  if (await syncDeployment(saved, wasDeployed)) return result(await loadDeployment(getDb(), registry.id, id));
  return result(saved);
}

/** Deletes the record, after removing an active deployment's InferenceService from the cluster. */
export async function deleteDeployment(principal: Principal, registryName: string, id: string, ifMatch: string | null) {
  const { registry } = await requireRegistry(principal, registryName, 'contributor');
  const row = await loadDeployment(getDb(), registry.id, id);
  assertFresh(ifMatch, row);
  try {
    await removeFromCluster(row);
  } catch (err) {
    if (!(err instanceof KubeError)) throw err;
    const message = `The InferenceService could not be removed from the cluster: ${err.message}`;
    await getDb().deployment.updateMany({
      where: { id: row.id },
      data: { phase: 'FAILED', statusMessage: message, checkedAt: new Date() },
    });
    throw conflict(`${message} The deployment was kept; fix the cluster connection, or undeploy it first.`);
  }
  await transaction(async (tx) => {
    const deleted = await tx.deployment.deleteMany({ where: { id: row.id, revision: row.revision } });
    if (deleted.count === 0) throw stale();
    await recordAudit(tx, principal, {
      registryId: registry.id,
      action: 'deployment.delete',
      objectType: 'deployment',
      objectId: row.id,
      objectName: row.name,
      changes: {
        environment: row.environment.name,
        model: row.model.name,
        version: row.version.name,
        desiredState: row.desiredState,
      },
    });
  });
}
