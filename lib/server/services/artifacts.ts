// Model artifacts: the stored files of a version and where they are.
import { locationProblems, type TArtifact, type TArtifactCreate, type TArtifactPatch } from '@/lib/validation/artifact';
import { getDb } from '../db/client';
import { transaction, type Tx } from '../db/tx';
import { AppError, conflict, notFound } from '../errors';
import { assertFresh, etagOf, stale } from '../etag';
import { requireRegistry } from '../auth/authorize';
import type { Principal } from '../auth/principal';
import { diffFields, recordAudit } from './audit';
import { findModel, findVersion, toArtifactDto, touchModel } from './model-rows';
import { artifactData } from './version-writes';

type Target = { registryName: string; modelName: string; versionName: string };

async function loadVersion(db: Tx | ReturnType<typeof getDb>, registryId: string, t: Target) {
  const model = await findModel(db, registryId, t.modelName);
  const version = await findVersion(db, model.id, model.name, t.versionName);
  return { model, version };
}

/** A change to an artifact makes its version and model "last modified" now, and is audited. */
async function recordArtifactChange(
  tx: Tx,
  principal: Principal,
  where: { registryId: string; model: { id: string; name: string }; version: { id: string; name: string } },
  change: { action: string; artifactId: string; changes?: Record<string, unknown> },
) {
  const now = new Date();
  await tx.modelVersion.update({ where: { id: where.version.id }, data: { updatedAt: now } });
  await touchModel(tx, where.model.id, now);
  await recordAudit(tx, principal, {
    registryId: where.registryId,
    action: change.action,
    objectType: 'artifact',
    objectId: change.artifactId,
    objectName: `${where.model.name}/${where.version.name}`,
    changes: change.changes,
  });
}

function assertWritable(model: { name: string; state: string }, version: { name: string; state: string }) {
  if (model.state === 'ARCHIVED') throw conflict(`Model "${model.name}" is archived and read-only. Restore it first.`);
  if (version.state === 'ARCHIVED')
    throw conflict(`Version "${version.name}" is archived and read-only. Restore it first.`);
}

export async function listArtifacts(principal: Principal, t: Target): Promise<TArtifact[]> {
  const { registry } = await requireRegistry(principal, t.registryName, 'viewer');
  const { version } = await loadVersion(getDb(), registry.id, t);
  return version.artifacts.map(toArtifactDto);
}

export async function getArtifact(principal: Principal, t: Target, id: string) {
  const { registry } = await requireRegistry(principal, t.registryName, 'viewer');
  const { version } = await loadVersion(getDb(), registry.id, t);
  const artifact = await getDb().modelArtifact.findFirst({ where: { id, versionId: version.id } });
  if (!artifact) throw notFound(`Artifact "${id}"`);
  return { artifact: toArtifactDto(artifact), etag: etagOf(artifact.id, artifact.revision) };
}

export async function createArtifact(principal: Principal, t: Target, input: TArtifactCreate) {
  const { registry } = await requireRegistry(principal, t.registryName, 'contributor');
  return transaction(async (tx) => {
    const { model, version } = await loadVersion(tx, registry.id, t);
    assertWritable(model, version);
    const now = new Date();
    const artifact = await tx.modelArtifact.create({
      data: { ...artifactData(registry.id, input), versionId: version.id, createdAt: now, updatedAt: now },
    });
    await recordArtifactChange(
      tx,
      principal,
      { registryId: registry.id, model, version },
      {
        action: 'artifact.create',
        artifactId: artifact.id,
        changes: { uri: artifact.uri, bucket: artifact.bucket, path: artifact.path },
      },
    );
    return { artifact: toArtifactDto(artifact), etag: etagOf(artifact.id, artifact.revision) };
  });
}

export async function updateArtifact(
  principal: Principal,
  t: Target,
  id: string,
  patch: TArtifactPatch,
  ifMatch: string | null,
) {
  const { registry } = await requireRegistry(principal, t.registryName, 'contributor');
  return transaction(async (tx) => {
    const { model, version } = await loadVersion(tx, registry.id, t);
    const artifact = await tx.modelArtifact.findFirst({ where: { id, versionId: version.id } });
    if (!artifact) throw notFound(`Artifact "${id}"`);
    assertFresh(ifMatch, artifact);
    assertWritable(model, version);

    const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    // Switching between a URI and object-storage fields clears the other kind.
    if (changes.uri) Object.assign(changes, { endpoint: null, bucket: null, region: null, path: null });
    else if (['endpoint', 'bucket', 'region', 'path'].some((k) => changes[k])) Object.assign(changes, { uri: null });
    const merged = { ...artifact, ...changes };
    const problems = locationProblems(merged);
    if (problems.length) {
      throw new AppError(
        'validation_failed',
        problems.map((p) => p.message).join(' '),
        problems.map((p) => ({ path: `body.${p.path}`, message: p.message })),
      );
    }
    const now = new Date();
    const updated = await tx.modelArtifact.updateMany({
      where: { id: artifact.id, revision: artifact.revision },
      data: { ...changes, revision: { increment: 1 }, updatedAt: now },
    });
    if (updated.count === 0) throw stale();
    await recordArtifactChange(
      tx,
      principal,
      { registryId: registry.id, model, version },
      { action: 'artifact.update', artifactId: artifact.id, changes: diffFields(artifact, changes) },
    );
    const saved = await tx.modelArtifact.findUniqueOrThrow({ where: { id: artifact.id } });
    return { artifact: toArtifactDto(saved), etag: etagOf(saved.id, saved.revision) };
  });
}

export async function deleteArtifact(principal: Principal, t: Target, id: string, ifMatch: string | null) {
  const { registry } = await requireRegistry(principal, t.registryName, 'contributor');
  await transaction(async (tx) => {
    const { model, version } = await loadVersion(tx, registry.id, t);
    const artifact = await tx.modelArtifact.findFirst({ where: { id, versionId: version.id } });
    if (!artifact) throw notFound(`Artifact "${id}"`);
    assertFresh(ifMatch, artifact);
    assertWritable(model, version);
    await tx.modelArtifact.delete({ where: { id: artifact.id } });
    await recordArtifactChange(
      tx,
      principal,
      { registryId: registry.id, model, version },
      { action: 'artifact.delete', artifactId: artifact.id },
    );
  });
}
