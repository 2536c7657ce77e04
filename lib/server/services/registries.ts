// Registries: isolated namespaces of models.
import type { TRegistry, TRegistryCreate, TRegistryListQuery, TRegistryPatch } from '@/lib/validation/registry';
import type { TPage } from '@/lib/validation/common';
import { getDb } from '../db/client';
import { isUniqueViolation } from '../db/prisma-errors';
import { conflict, notFound } from '../errors';
import { assertFresh, etagOf, stale } from '../etag';
import { transaction } from '../db/tx';
import { diffFields, recordAudit } from './audit';
import { assertNotDeployed } from './deployment-guard';
import {
  assertPlatformAdmin,
  findRegistryWithRole,
  grantSubjects,
  registryVisibilityFilter,
  type RegistryRole,
} from '../auth/authorize';
import type { Principal } from '../auth/principal';
import { keysetPage } from '../pagination';
import { containsText } from '../db/dialect';
import { highestRole } from '@/lib/roles';

type RegistryRow = {
  id: string;
  name: string;
  displayName: string;
  description: string;
  createdAt: Date;
  updatedAt: Date;
};

/** A registry as the caller sees it: with the caller's role on it and how many models it holds. */
export function toRegistryDto(r: RegistryRow, role: RegistryRole, modelCount: number): TRegistry {
  return {
    id: r.id,
    name: r.name,
    displayName: r.displayName,
    description: r.description,
    role,
    modelCount,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/**
 * What a list row needs besides the registry: the model count and, for a person without
 * the platform admin role, the grants reaching them (read in the same query as the rows).
 */
function listInclude(principal: Principal) {
  return {
    _count: { select: { models: true } },
    ...(principal.kind === 'user' && !principal.isPlatformAdmin
      ? { grants: { where: { OR: grantSubjects(principal) }, select: { role: true } } }
      : {}),
  };
}

type ListRow = RegistryRow & { _count: { models: number }; grants?: { role: string }[] };

function listRowRole(principal: Principal, row: ListRow): RegistryRole {
  if (principal.isPlatformAdmin) return 'admin';
  if (principal.kind === 'token') return principal.role;
  // The visibility filter guarantees a grant; viewer is only a type-level fallback.
  return highestRole((row.grants ?? []).map((g) => g.role)) ?? 'viewer';
}

function countModels(registryId: string): Promise<number> {
  return getDb().registeredModel.count({ where: { registryId } });
}

const SORT_FIELD = { name: 'name', createdAt: 'createdAt', updatedAt: 'updatedAt' } as const;

export async function listRegistries(principal: Principal, query: TRegistryListQuery): Promise<TPage<TRegistry>> {
  const db = getDb();
  const field = SORT_FIELD[query.sort];
  const q = query.q?.trim();
  const visible = registryVisibilityFilter(principal);
  const filter = q
    ? {
        AND: [
          visible,
          { OR: [containsText('name', q), containsText('displayName', q), containsText('description', q)] },
        ],
      }
    : visible;
  const include = listInclude(principal);
  const page = await keysetPage<ListRow>({
    field,
    order: query.order ?? (query.sort === 'name' ? 'asc' : 'desc'),
    isDate: field !== 'name',
    cursor: query.cursor,
    pageSize: query.pageSize,
    filter,
    sortValue: (r) => r[field],
    find: (args) => db.registry.findMany({ ...args, include }),
    count: (args) => db.registry.count(args),
  });
  return { ...page, items: page.items.map((r) => toRegistryDto(r, listRowRole(principal, r), r._count.models)) };
}

export async function createRegistry(principal: Principal, input: TRegistryCreate): Promise<TRegistry> {
  assertPlatformAdmin(principal);
  try {
    const row = await transaction(async (tx) => {
      const created = await tx.registry.create({
        data: {
          name: input.name,
          displayName: input.displayName,
          description: input.description,
          createdById: principal.kind === 'user' ? principal.userId : null,
        },
      });
      await recordAudit(tx, principal, {
        registryId: created.id,
        action: 'registry.create',
        objectType: 'registry',
        objectId: created.id,
        objectName: created.name,
        changes: input,
      });
      return created;
    });
    return toRegistryDto(row, 'admin', 0);
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(`A registry named "${input.name}" already exists.`);
    throw err;
  }
}

/** A registry by its URL name, with the caller's role; not found when the caller may not see it. */
export async function getRegistry(
  principal: Principal,
  name: string,
): Promise<{ registry: TRegistry; role: RegistryRole; etag: string }> {
  const found = await findRegistryWithRole(principal, name);
  if (!found?.role) throw notFound(`Registry "${name}"`);
  const row = found.registry;
  const registry = toRegistryDto(row, found.role, await countModels(row.id));
  return { registry, role: found.role, etag: etagOf(row.id, row.revision) };
}

export async function updateRegistry(
  principal: Principal,
  name: string,
  patch: TRegistryPatch,
  ifMatch: string | null,
) {
  await getRegistry(principal, name);
  assertPlatformAdmin(principal);
  return transaction(async (tx) => {
    const row = await tx.registry.findUnique({ where: { name } });
    if (!row) throw notFound(`Registry "${name}"`);
    assertFresh(ifMatch, row);
    const { name: _immutable, ...fields } = patch;
    const updated = await tx.registry.updateMany({
      where: { id: row.id, revision: row.revision },
      data: { ...fields, revision: { increment: 1 } },
    });
    if (updated.count === 0) throw stale();
    await recordAudit(tx, principal, {
      registryId: row.id,
      action: 'registry.update',
      objectType: 'registry',
      objectId: row.id,
      objectName: row.name,
      changes: diffFields(row, fields),
    });
    const saved = await tx.registry.findUniqueOrThrow({ where: { id: row.id } });
    const models = await tx.registeredModel.count({ where: { registryId: row.id } });
    return { registry: toRegistryDto(saved, 'admin', models), etag: etagOf(saved.id, saved.revision) };
  });
}

/** Deletes a registry; one that still holds models needs `force` and loses all of them. */
export async function deleteRegistry(principal: Principal, name: string, force: boolean, ifMatch: string | null) {
  await getRegistry(principal, name);
  assertPlatformAdmin(principal);
  await transaction(async (tx) => {
    const row = await tx.registry.findUnique({ where: { name } });
    if (!row) throw notFound(`Registry "${name}"`);
    assertFresh(ifMatch, row);
    const models = await tx.registeredModel.count({ where: { registryId: row.id } });
    if (models > 0 && !force) {
      throw conflict(
        `Registry "${name}" still holds ${models} model(s). Delete them first, or repeat with force=true to delete everything in it.`,
        { models },
      );
    }
    await assertNotDeployed(tx, { registryId: row.id }, `delete registry "${name}"`);
    await tx.registry.delete({ where: { id: row.id } });
    await recordAudit(tx, principal, {
      registryId: null,
      action: 'registry.delete',
      objectType: 'registry',
      objectId: row.id,
      objectName: row.name,
      changes: { modelsDeleted: models },
    });
  });
}
