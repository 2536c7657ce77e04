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
  registryVisibilityFilter,
  type RegistryRole,
} from '../auth/authorize';
import type { Principal } from '../auth/principal';
import { decodeCursor, keysetWhere, pageOf } from '../pagination';
import { containsText } from '../db/dialect';

type RegistryRow = {
  id: string;
  name: string;
  displayName: string;
  description: string;
  createdAt: Date;
  updatedAt: Date;
};

export function toRegistryDto(r: RegistryRow): TRegistry {
  return {
    id: r.id,
    name: r.name,
    displayName: r.displayName,
    description: r.description,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

const SORT_FIELD = { name: 'name', createdAt: 'createdAt', updatedAt: 'updatedAt' } as const;

export async function listRegistries(principal: Principal, query: TRegistryListQuery): Promise<TPage<TRegistry>> {
  const db = getDb();
  const field = SORT_FIELD[query.sort];
  const order = query.order ?? (query.sort === 'name' ? 'asc' : 'desc');
  const isDate = field !== 'name';
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
  const where = query.cursor
    ? { AND: [filter, keysetWhere(field, order, decodeCursor(query.cursor), isDate)] }
    : filter;
  const [rows, total] = await Promise.all([
    db.registry.findMany({ where, orderBy: [{ [field]: order }, { id: order }], take: query.pageSize + 1 }),
    db.registry.count({ where: filter }),
  ]);
  const page = pageOf(rows, query.pageSize, (r) => r[field]);
  return { items: page.items.map(toRegistryDto), nextCursor: page.nextCursor, total };
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
    return toRegistryDto(row);
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
  return { registry: toRegistryDto(row), role: found.role, etag: etagOf(row.id, row.revision) };
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
    return { registry: toRegistryDto(saved), etag: etagOf(saved.id, saved.revision) };
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
