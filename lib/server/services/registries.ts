// Registries: isolated namespaces of models.
import type { TRegistry, TRegistryCreate, TRegistryListQuery } from '@/lib/validation/registry';
import type { TPage } from '@/lib/validation/common';
import { getDb } from '../db/client';
import { isUniqueViolation } from '../db/prisma-errors';
import { conflict, notFound } from '../errors';
import { assertPlatformAdmin, registryVisibilityFilter, roleOnRegistry, type RegistryRole } from '../auth/authorize';
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
    const row = await getDb().registry.create({
      data: {
        name: input.name,
        displayName: input.displayName,
        description: input.description,
        createdById: principal.userId,
      },
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
): Promise<{ registry: TRegistry; role: RegistryRole }> {
  const row = await getDb().registry.findUnique({ where: { name } });
  const role = row ? await roleOnRegistry(principal, row) : null;
  if (!row || !role) throw notFound(`Registry "${name}"`);
  return { registry: toRegistryDto(row), role };
}
