// Registered models: list, read, register (with a first version, atomically), edit,
// archive and restore, hard delete.
import type { TPage } from '@/lib/validation/common';
import type {
  TModel,
  TModelCreate,
  TModelCreated,
  TModelListQuery,
  TModelPatch,
  TModelSummary,
} from '@/lib/validation/model';
import { getDb } from '../db/client';
import { isUniqueViolation } from '../db/prisma-errors';
import { inIdOrder, propertyMatches, queryIdPage } from '../db/list-query';
import { modelSearchCondition, refreshModelSearch, searchTerms } from '../db/search';
import { sql, transaction, type Sql } from '../db/tx';
import { conflict } from '../errors';
import { assertFresh, etagOf, stale } from '../etag';
import { decodeCursor, pageCursors } from '../pagination';
import { requireRegistry } from '../auth/authorize';
import type { Principal } from '../auth/principal';
import { diffFields, recordAudit } from './audit';
import { assertNotDeployed } from './deployment-guard';
import { findModel, modelInclude, toModelDto, toModelSummary, toVersionDto } from './model-rows';
import { assertNoLabelPropertyClash, propertiesDto, propertyRows } from './tags';
import { insertVersion } from './version-writes';

export async function listModels(
  principal: Principal,
  registryName: string,
  query: TModelListQuery,
): Promise<TPage<TModelSummary>> {
  const { registry } = await requireRegistry(principal, registryName, 'viewer');
  const where: Sql[] = [sql`m."registryId" = ${registry.id}`];
  if (query.state !== 'all') where.push(sql`m."state" = ${query.state === 'live' ? 'LIVE' : 'ARCHIVED'}`);
  if (query.owner) where.push(sql`m."owner" = ${query.owner}`);
  for (const label of query.label) {
    where.push(sql`m."id" IN (SELECT l."modelId" FROM "ModelLabel" l WHERE l."value" = ${label})`);
  }
  for (const f of query.property) {
    // A model matches when it, or any of its versions, has the property.
    where.push(sql`(m."id" IN ${propertyMatches('ModelProperty', 'modelId', f)}
      OR m."id" IN (SELECT v."modelId" FROM "ModelVersion" v WHERE v."id" IN ${propertyMatches('VersionProperty', 'versionId', f)}))`);
  }
  const terms = searchTerms(query.q);
  if (terms.length) where.push(modelSearchCondition(sql`m."id"`, registry.id, terms));

  const order = query.order ?? (query.sort === 'name' ? 'asc' : 'desc');
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const { ids, total, hasNext, hasPrev } = await queryIdPage({
    table: 'RegisteredModel',
    alias: 'm',
    where,
    sort: query.sort,
    order,
    cursor,
    pageSize: query.pageSize,
  });
  const rows = inIdOrder(
    ids,
    await getDb().registeredModel.findMany({ where: { id: { in: ids } }, include: modelInclude }),
  );
  const cursors = pageCursors(rows, (r) => r[query.sort], { next: hasNext, prev: hasPrev });
  return { items: rows.map((m) => toModelSummary(registry.name, m)), ...cursors, total };
}

export async function getModel(principal: Principal, registryName: string, modelName: string) {
  const { registry, role } = await requireRegistry(principal, registryName, 'viewer');
  const model = await findModel(getDb(), registry.id, modelName);
  return { model: toModelDto(registry.name, model), etag: etagOf(model.id, model.revision), role };
}

export async function createModel(
  principal: Principal,
  registryName: string,
  input: TModelCreate,
): Promise<TModelCreated> {
  const { registry } = await requireRegistry(principal, registryName, 'contributor');
  try {
    return await transaction(async (tx) => {
      const now = new Date();
      const model = await tx.registeredModel.create({
        data: {
          registryId: registry.id,
          name: input.name,
          description: input.description,
          owner: input.owner?.trim() || principal.username,
          modelCard: input.modelCard,
          createdAt: now,
          updatedAt: now,
          labels: { create: input.labels.map((value) => ({ value })) },
          properties: { create: propertyRows(input.properties) },
        },
      });
      await recordAudit(tx, principal, {
        registryId: registry.id,
        action: 'model.create',
        objectType: 'model',
        objectId: model.id,
        objectName: model.name,
        changes: { description: input.description, labels: input.labels, properties: input.properties },
      });
      const version = input.version ? await insertVersion(tx, principal, model, input.version) : null;
      await refreshModelSearch(tx, model.id);
      const saved = await tx.registeredModel.findUniqueOrThrow({ where: { id: model.id }, include: modelInclude });
      return {
        ...toModelDto(registry.name, saved),
        version: version ? toVersionDto(saved, version) : null,
      };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(`A model named "${input.name}" already exists in this registry.`);
    throw err;
  }
}

export async function updateModel(
  principal: Principal,
  registryName: string,
  modelName: string,
  patch: TModelPatch,
  ifMatch: string | null,
): Promise<{ model: TModel; etag: string }> {
  const { registry } = await requireRegistry(principal, registryName, 'contributor');
  return transaction(async (tx) => {
    const model = await findModel(tx, registry.id, modelName);
    assertFresh(ifMatch, model);

    const { state, labels, properties, ...fields } = patch;
    const editsContent =
      labels !== undefined || properties !== undefined || Object.values(fields).some((v) => v !== undefined);
    if (model.state === 'ARCHIVED' && editsContent && state !== 'LIVE') {
      throw conflict(`Model "${model.name}" is archived and read-only. Restore it first.`);
    }
    if (state === 'ARCHIVED' && model.state !== 'ARCHIVED')
      await assertNotDeployed(tx, { modelId: model.id }, `archive model "${model.name}"`);

    assertNoLabelPropertyClash(
      labels ?? model.labels.map((l) => l.value),
      properties ? Object.keys(properties) : model.properties.map((p) => p.key),
    );

    const updated = await tx.registeredModel.updateMany({
      where: { id: model.id, revision: model.revision },
      data: {
        ...(fields.description !== undefined ? { description: fields.description } : {}),
        ...(fields.owner !== undefined ? { owner: fields.owner } : {}),
        ...(fields.modelCard !== undefined ? { modelCard: fields.modelCard } : {}),
        ...(state !== undefined ? { state } : {}),
        revision: { increment: 1 },
        updatedAt: new Date(),
      },
    });
    if (updated.count === 0) throw stale();
    if (labels !== undefined) {
      await tx.modelLabel.deleteMany({ where: { modelId: model.id } });
      await tx.modelLabel.createMany({ data: labels.map((value) => ({ modelId: model.id, value })) });
    }
    if (properties !== undefined) {
      await tx.modelProperty.deleteMany({ where: { modelId: model.id } });
      await tx.modelProperty.createMany({ data: propertyRows(properties).map((p) => ({ ...p, modelId: model.id })) });
    }
    if (fields.description !== undefined || labels !== undefined) await refreshModelSearch(tx, model.id);

    const before = {
      description: model.description,
      owner: model.owner,
      modelCard: model.modelCard,
      state: model.state,
      labels: model.labels.map((l) => l.value).sort(),
      properties: propertiesDto(model.properties),
    };
    const changes = diffFields(before, {
      ...fields,
      state,
      labels: labels ? [...labels].sort() : undefined,
      properties,
    });
    await recordAudit(tx, principal, {
      registryId: registry.id,
      action:
        state === 'ARCHIVED'
          ? 'model.archive'
          : state === 'LIVE' && model.state === 'ARCHIVED'
            ? 'model.restore'
            : 'model.update',
      objectType: 'model',
      objectId: model.id,
      objectName: model.name,
      changes,
    });
    const saved = await findModel(tx, registry.id, modelName);
    return { model: toModelDto(registry.name, saved), etag: etagOf(saved.id, saved.revision) };
  });
}

export async function deleteModel(
  principal: Principal,
  registryName: string,
  modelName: string,
  ifMatch: string | null,
) {
  const { registry } = await requireRegistry(principal, registryName, 'admin');
  await transaction(async (tx) => {
    const model = await findModel(tx, registry.id, modelName);
    assertFresh(ifMatch, model);
    await assertNotDeployed(tx, { modelId: model.id }, `delete model "${model.name}"`);
    const versions = await tx.modelVersion.count({ where: { modelId: model.id } });
    await tx.registeredModel.delete({ where: { id: model.id } });
    await recordAudit(tx, principal, {
      registryId: registry.id,
      action: 'model.delete',
      objectType: 'model',
      objectId: model.id,
      objectName: model.name,
      changes: { versionsDeleted: versions },
    });
  });
}
