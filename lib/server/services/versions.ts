// Model versions: list, read, register (with artifacts, atomically), edit, archive and
// restore, hard delete.
import type { TPage } from '@/lib/validation/common';
import type { TVersion, TVersionCreate, TVersionListQuery, TVersionPatch } from '@/lib/validation/model';
import { getDb } from '../db/client';
import { isUniqueViolation } from '../db/prisma-errors';
import { inIdOrder, propertyMatches, queryIdPage } from '../db/list-query';
import { containsCondition, refreshModelSearch, searchTerms } from '../db/search';
import { joinSql, sql, transaction, type Sql } from '../db/tx';
import { conflict } from '../errors';
import { assertFresh, etagOf, stale } from '../etag';
import { decodeCursor, pageCursors } from '../pagination';
import { requireRegistry } from '../auth/authorize';
import type { Principal } from '../auth/principal';
import { diffFields, recordAudit } from './audit';
import { assertNotDeployed } from './deployment-guard';
import { findModel, findVersion, refreshLatestVersion, toVersionDto, touchModel, versionInclude } from './model-rows';
import { assertNoLabelPropertyClash, propertiesDto, propertyRows } from './tags';
import { insertVersion } from './version-writes';

export async function listVersions(
  principal: Principal,
  registryName: string,
  modelName: string,
  query: TVersionListQuery,
): Promise<TPage<TVersion>> {
  const { registry } = await requireRegistry(principal, registryName, 'viewer');
  const model = await findModel(getDb(), registry.id, modelName);
  const where: Sql[] = [sql`v."modelId" = ${model.id}`];
  // An archived model's versions all read as archived.
  if (query.state === 'live' && model.state === 'ARCHIVED') where.push(sql`1 = 0`);
  else if (query.state === 'live') where.push(sql`v."state" = 'LIVE'`);
  else if (query.state === 'archived' && model.state !== 'ARCHIVED') where.push(sql`v."state" = 'ARCHIVED'`);
  if (query.author) where.push(sql`v."author" = ${query.author}`);
  for (const label of query.label) {
    where.push(sql`v."id" IN (SELECT l."versionId" FROM "VersionLabel" l WHERE l."value" = ${label})`);
  }
  for (const f of query.property) where.push(sql`v."id" IN ${propertyMatches('VersionProperty', 'versionId', f)}`);
  for (const term of searchTerms(query.q)) {
    const matches: Sql[] = [
      containsCondition(sql`v."name"`, term),
      containsCondition(sql`v."description"`, term),
      sql`EXISTS (SELECT 1 FROM "VersionLabel" l WHERE l."versionId" = v."id" AND ${containsCondition(sql`l."value"`, term)})`,
    ];
    where.push(sql`(${joinSql(matches, ' OR ')})`);
  }
  const order = query.order ?? (query.sort === 'name' ? 'asc' : 'desc');
  const { ids, total, hasNext, hasPrev } = await queryIdPage({
    table: 'ModelVersion',
    alias: 'v',
    where,
    sort: query.sort,
    order,
    cursor: query.cursor ? decodeCursor(query.cursor) : null,
    pageSize: query.pageSize,
  });
  const rows = inIdOrder(
    ids,
    await getDb().modelVersion.findMany({ where: { id: { in: ids } }, include: versionInclude }),
  );
  const cursors = pageCursors(rows, (r) => r[query.sort], { next: hasNext, prev: hasPrev });
  return { items: rows.map((v) => toVersionDto(model, v)), ...cursors, total };
}

export async function getVersion(principal: Principal, registryName: string, modelName: string, versionName: string) {
  const { registry, role } = await requireRegistry(principal, registryName, 'viewer');
  const db = getDb();
  const model = await findModel(db, registry.id, modelName);
  const version = await findVersion(db, model.id, model.name, versionName);
  return { version: toVersionDto(model, version), etag: etagOf(version.id, version.revision), role };
}

export async function createVersion(
  principal: Principal,
  registryName: string,
  modelName: string,
  input: TVersionCreate,
): Promise<{ version: TVersion; etag: string }> {
  const { registry } = await requireRegistry(principal, registryName, 'contributor');
  try {
    return await transaction(async (tx) => {
      const model = await findModel(tx, registry.id, modelName);
      if (model.state === 'ARCHIVED') {
        throw conflict(`Model "${model.name}" is archived: restore it before registering a new version.`);
      }
      const version = await insertVersion(tx, principal, model, input);
      await refreshModelSearch(tx, model.id);
      const saved = await findModel(tx, registry.id, modelName);
      return { version: toVersionDto(saved, version), etag: etagOf(version.id, version.revision) };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(`Model "${modelName}" already has a version named "${input.name}".`);
    throw err;
  }
}

export async function updateVersion(
  principal: Principal,
  registryName: string,
  modelName: string,
  versionName: string,
  patch: TVersionPatch,
  ifMatch: string | null,
): Promise<{ version: TVersion; etag: string }> {
  const { registry } = await requireRegistry(principal, registryName, 'contributor');
  return transaction(async (tx) => {
    const model = await findModel(tx, registry.id, modelName);
    const version = await findVersion(tx, model.id, model.name, versionName);
    assertFresh(ifMatch, version);

    const { state, labels, properties, ...fields } = patch;
    const editsContent =
      labels !== undefined || properties !== undefined || Object.values(fields).some((v) => v !== undefined);
    if (model.state === 'ARCHIVED' && (editsContent || state !== undefined)) {
      throw conflict(`Model "${model.name}" is archived and read-only. Restore the model first.`);
    }
    if (version.state === 'ARCHIVED' && editsContent && state !== 'LIVE') {
      throw conflict(`Version "${version.name}" is archived and read-only. Restore it first.`);
    }
    if (state === 'ARCHIVED' && version.state !== 'ARCHIVED') {
      await assertNotDeployed(tx, { versionId: version.id }, `archive version "${version.name}"`);
    }
    assertNoLabelPropertyClash(
      labels ?? version.labels.map((l) => l.value),
      properties ? Object.keys(properties) : version.properties.map((p) => p.key),
    );
    const now = new Date();
    const updated = await tx.modelVersion.updateMany({
      where: { id: version.id, revision: version.revision },
      data: {
        ...(fields.description !== undefined ? { description: fields.description } : {}),
        ...(fields.author !== undefined ? { author: fields.author } : {}),
        ...(state !== undefined ? { state } : {}),
        revision: { increment: 1 },
        updatedAt: now,
      },
    });
    if (updated.count === 0) throw stale();
    if (labels !== undefined) {
      await tx.versionLabel.deleteMany({ where: { versionId: version.id } });
      await tx.versionLabel.createMany({ data: labels.map((value) => ({ versionId: version.id, value })) });
    }
    if (properties !== undefined) {
      await tx.versionProperty.deleteMany({ where: { versionId: version.id } });
      await tx.versionProperty.createMany({
        data: propertyRows(properties).map((p) => ({ ...p, versionId: version.id })),
      });
    }
    if (state !== undefined && state !== version.state) await refreshLatestVersion(tx, model.id);
    await touchModel(tx, model.id, now);
    if (fields.description !== undefined || labels !== undefined) await refreshModelSearch(tx, model.id);

    const before = {
      description: version.description,
      author: version.author,
      state: version.state,
      labels: version.labels.map((l) => l.value).sort(),
      properties: propertiesDto(version.properties),
    };
    await recordAudit(tx, principal, {
      registryId: registry.id,
      action:
        state === 'ARCHIVED'
          ? 'version.archive'
          : state === 'LIVE' && version.state === 'ARCHIVED'
            ? 'version.restore'
            : 'version.update',
      objectType: 'version',
      objectId: version.id,
      objectName: `${model.name}/${version.name}`,
      changes: diffFields(before, { ...fields, state, labels: labels ? [...labels].sort() : undefined, properties }),
    });
    const savedModel = await findModel(tx, registry.id, modelName);
    const saved = await findVersion(tx, model.id, model.name, versionName);
    return { version: toVersionDto(savedModel, saved), etag: etagOf(saved.id, saved.revision) };
  });
}

export async function deleteVersion(
  principal: Principal,
  registryName: string,
  modelName: string,
  versionName: string,
  ifMatch: string | null,
) {
  const { registry } = await requireRegistry(principal, registryName, 'admin');
  await transaction(async (tx) => {
    const model = await findModel(tx, registry.id, modelName);
    const version = await findVersion(tx, model.id, model.name, versionName);
    assertFresh(ifMatch, version);
    await assertNotDeployed(tx, { versionId: version.id }, `delete version "${version.name}"`);
    await tx.modelVersion.delete({ where: { id: version.id } });
    await refreshLatestVersion(tx, model.id);
    await touchModel(tx, model.id);
    await refreshModelSearch(tx, model.id);
    await recordAudit(tx, principal, {
      registryId: registry.id,
      action: 'version.delete',
      objectType: 'version',
      objectId: version.id,
      objectName: `${model.name}/${version.name}`,
    });
  });
}
