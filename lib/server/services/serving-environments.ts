// Serving environments: where a registry's models are served. Registry admins manage
// them; everyone with access reads them. The API server token is stored encrypted and
// never leaves this module except as the KubeTarget handed to the Kubernetes client.
import {
  environmentKindProblems,
  type TServingEnvironment,
  type TServingEnvironmentCreate,
  type TServingEnvironmentListQuery,
  type TServingEnvironmentPatch,
} from '@/lib/validation/deployment';
import type { TPage } from '@/lib/validation/common';
import { getDb } from '../db/client';
import { isUniqueViolation } from '../db/prisma-errors';
import { transaction } from '../db/tx';
import { assertNoFieldProblems, conflict, notFound } from '../errors';
import { assertFresh, etagOf, stale } from '../etag';
import { requireRegistry } from '../auth/authorize';
import type { Principal } from '../auth/principal';
import { keysetPage } from '../pagination';
import { decryptSecret, encryptSecret } from '../crypto/secrets';
import type { KubeTarget } from '../kube/client';
import { diffFields, recordAudit } from './audit';

const activeCount = { _count: { select: { deployments: { where: { desiredState: 'DEPLOYED' } } } } } as const;

type EnvironmentRow = {
  id: string;
  name: string;
  description: string;
  kind: string;
  namespace: string | null;
  apiServerUrl: string | null;
  tokenEncrypted: string | null;
  defaultRuntime: string | null;
  url: string | null;
  createdAt: Date;
  updatedAt: Date;
  revision: number;
};

export function toEnvironmentDto(e: EnvironmentRow & { _count: { deployments: number } }): TServingEnvironment {
  return {
    id: e.id,
    name: e.name,
    description: e.description,
    kind: e.kind === 'kserve' ? 'kserve' : 'external',
    namespace: e.namespace,
    apiServerUrl: e.apiServerUrl,
    hasToken: e.tokenEncrypted !== null,
    defaultRuntime: e.defaultRuntime,
    url: e.url,
    activeDeployments: e._count.deployments,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}

/** Deployments in this environment are applied to a cluster (a kserve environment with an API server). */
export function isClusterBacked(e: { kind: string; apiServerUrl: string | null }): boolean {
  return e.kind === 'kserve' && Boolean(e.apiServerUrl);
}

/** Where and how to reach the cluster; decrypting the token may throw SecretUnreadableError. */
export async function kubeTargetOf(e: EnvironmentRow): Promise<KubeTarget | null> {
  if (!isClusterBacked(e) || !e.apiServerUrl || !e.namespace) return null;
  return {
    apiServerUrl: e.apiServerUrl,
    namespace: e.namespace,
    token: e.tokenEncrypted ? await decryptSecret(e.tokenEncrypted) : null,
  };
}

async function findEnvironment(registryId: string, name: string) {
  const row = await getDb().servingEnvironment.findUnique({
    where: { registryId_name: { registryId, name } },
    include: activeCount,
  });
  if (!row) throw notFound(`Serving environment "${name}"`);
  return row;
}

export async function listServingEnvironments(
  principal: Principal,
  registryName: string,
  query: TServingEnvironmentListQuery,
): Promise<TPage<TServingEnvironment>> {
  const { registry } = await requireRegistry(principal, registryName, 'viewer');
  const filter = { registryId: registry.id, ...(query.kind ? { kind: query.kind } : {}) };
  const db = getDb();
  const page = await keysetPage<EnvironmentRow & { _count: { deployments: number } }>({
    field: 'name',
    order: query.order ?? 'asc',
    isDate: false,
    cursor: query.cursor,
    pageSize: query.pageSize,
    filter,
    sortValue: (r) => r.name,
    find: (args) => db.servingEnvironment.findMany({ ...args, include: activeCount }),
    count: (args) => db.servingEnvironment.count(args),
  });
  return { ...page, items: page.items.map(toEnvironmentDto) };
}

export async function getServingEnvironment(principal: Principal, registryName: string, name: string) {
  const { registry } = await requireRegistry(principal, registryName, 'viewer');
  const row = await findEnvironment(registry.id, name);
  return { environment: toEnvironmentDto(row), etag: etagOf(row.id, row.revision) };
}

export async function createServingEnvironment(
  principal: Principal,
  registryName: string,
  input: TServingEnvironmentCreate,
) {
  const { registry } = await requireRegistry(principal, registryName, 'admin');
  const tokenEncrypted = input.token ? await encryptSecret(input.token) : null;
  const { token: _secret, ...fields } = input;
  try {
    const row = await transaction(async (tx) => {
      const created = await tx.servingEnvironment.create({
        data: {
          registryId: registry.id,
          name: fields.name,
          kind: fields.kind,
          description: fields.description,
          namespace: fields.namespace ?? null,
          apiServerUrl: fields.apiServerUrl ?? null,
          defaultRuntime: fields.defaultRuntime ?? null,
          url: fields.url ?? null,
          tokenEncrypted,
          createdBy: principal.username,
        },
        include: activeCount,
      });
      await recordAudit(tx, principal, {
        registryId: registry.id,
        action: 'environment.create',
        objectType: 'environment',
        objectId: created.id,
        objectName: created.name,
        changes: { ...fields, hasToken: tokenEncrypted !== null },
      });
      return created;
    });
    return { environment: toEnvironmentDto(row), etag: etagOf(row.id, row.revision) };
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw conflict(`A serving environment named "${input.name}" already exists in this registry.`);
    }
    throw err;
  }
}

export async function updateServingEnvironment(
  principal: Principal,
  registryName: string,
  name: string,
  patch: TServingEnvironmentPatch,
  ifMatch: string | null,
) {
  const { registry } = await requireRegistry(principal, registryName, 'admin');
  const current = await findEnvironment(registry.id, name);
  assertFresh(ifMatch, current);
  const { name: _n, kind: _k, token, ...fields } = patch;
  const merged = { ...current, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) };
  assertNoFieldProblems(
    environmentKindProblems({
      kind: current.kind,
      namespace: merged.namespace,
      apiServerUrl: merged.apiServerUrl,
      defaultRuntime: merged.defaultRuntime,
      url: merged.url,
      hasToken: token === undefined ? current.tokenEncrypted !== null : token !== null,
    }),
    'body.',
  );
  const changes = diffFields(current, fields);
  if (current._count.deployments > 0 && (changes.namespace || changes.apiServerUrl)) {
    throw conflict(
      `Cannot move serving environment "${name}" to another namespace or cluster while it has ` +
        `${current._count.deployments} active deployment(s). Undeploy them first.`,
      { activeDeployments: current._count.deployments },
    );
  }
  const tokenEncrypted = token === undefined ? undefined : token === null ? null : await encryptSecret(token);
  if (token !== undefined) changes.token = token === null ? 'cleared' : 'replaced';
  return transaction(async (tx) => {
    const updated = await tx.servingEnvironment.updateMany({
      where: { id: current.id, revision: current.revision },
      data: { ...fields, tokenEncrypted, revision: { increment: 1 } },
    });
    if (updated.count === 0) throw stale();
    await recordAudit(tx, principal, {
      registryId: registry.id,
      action: 'environment.update',
      objectType: 'environment',
      objectId: current.id,
      objectName: current.name,
      changes,
    });
    const saved = await tx.servingEnvironment.findUniqueOrThrow({ where: { id: current.id }, include: activeCount });
    return { environment: toEnvironmentDto(saved), etag: etagOf(saved.id, saved.revision) };
  });
}

/** Deletes an environment and its undeployed deployments; refused while any deployment in it is active. */
export async function deleteServingEnvironment(
  principal: Principal,
  registryName: string,
  name: string,
  ifMatch: string | null,
) {
  const { registry } = await requireRegistry(principal, registryName, 'admin');
  await transaction(async (tx) => {
    const row = await tx.servingEnvironment.findUnique({
      where: { registryId_name: { registryId: registry.id, name } },
    });
    if (!row) throw notFound(`Serving environment "${name}"`);
    assertFresh(ifMatch, row);
    const active = await tx.deployment.count({ where: { environmentId: row.id, desiredState: 'DEPLOYED' } });
    if (active > 0) {
      throw conflict(
        `Cannot delete serving environment "${name}": it has ${active} active deployment(s). Undeploy them first.`,
        { activeDeployments: active },
      );
    }
    await tx.servingEnvironment.delete({ where: { id: row.id } });
    await recordAudit(tx, principal, {
      registryId: registry.id,
      action: 'environment.delete',
      objectType: 'environment',
      objectId: row.id,
      objectName: row.name,
    });
  });
}
