// Registry grants: a role on one registry for a user, a group, or all signed-in users.
import type { TGrant, TGrantCreate, TGrantPatch } from '@/lib/validation/access';
import { highestRole } from '@/lib/roles';
import { getDb } from '../db/client';
import { isUniqueViolation } from '../db/prisma-errors';
import { transaction, type Tx } from '../db/tx';
import { AppError, conflict, notFound } from '../errors';
import { assertNotToken, requireRegistry } from '../auth/authorize';
import type { Principal } from '../auth/principal';
import { recordAudit } from './audit';

type GrantRow = {
  id: string;
  subjectType: string;
  subjectId: string;
  role: string;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
};

/** Grant rows with their subjects' names, read in one query per subject kind (no N+1). */
async function toGrantDtos(rows: GrantRow[]): Promise<TGrant[]> {
  const db = getDb();
  const ids = (type: string) => rows.filter((r) => r.subjectType === type).map((r) => r.subjectId);
  const [users, groups] = await Promise.all([
    db.user.findMany({ where: { id: { in: ids('user') } }, select: { id: true, username: true } }),
    db.group.findMany({ where: { id: { in: ids('group') } }, select: { id: true, name: true } }),
  ]);
  const names = new Map<string, string>([
    ...users.map((u): [string, string] => [`user:${u.id}`, u.username]),
    ...groups.map((g): [string, string] => [`group:${g.id}`, g.name]),
  ]);
  return rows.map((r) => ({
    id: r.id,
    subjectType: r.subjectType as TGrant['subjectType'],
    subject: r.subjectType === 'all' ? '*' : (names.get(`${r.subjectType}:${r.subjectId}`) ?? r.subjectId),
    role: highestRole([r.role]) ?? 'viewer',
    createdBy: r.createdBy,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

/** Registry admins manage access; a token is refused even on its own registry (after the 404 check). */
export async function requireRegistryAdmin(principal: Principal, registryName: string) {
  if (principal.kind === 'token') {
    await requireRegistry(principal, registryName, 'viewer');
    assertNotToken(principal);
  }
  return (await requireRegistry(principal, registryName, 'admin')).registry;
}

export async function listGrants(principal: Principal, registryName: string): Promise<{ items: TGrant[] }> {
  const registry = await requireRegistryAdmin(principal, registryName);
  const rows = await getDb().registryGrant.findMany({
    where: { registryId: registry.id },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return { items: await toGrantDtos(rows) };
}

/** The stored id of a grant's subject; an unknown user or group is a field error. */
async function resolveSubject(input: TGrantCreate): Promise<{ subjectId: string; subject: string }> {
  const db = getDb();
  if (input.subjectType === 'all') return { subjectId: '*', subject: '*' };
  const name = input.subject ?? '';
  const found =
    input.subjectType === 'user'
      ? await db.user.findUnique({ where: { username: name }, select: { id: true } })
      : await db.group.findUnique({ where: { name }, select: { id: true } });
  if (!found) {
    const message = `There is no ${input.subjectType} named "${name}".`;
    throw new AppError('validation_failed', message, [{ path: 'body.subject', message }]);
  }
  return { subjectId: found.id, subject: name };
}

export async function createGrant(principal: Principal, registryName: string, input: TGrantCreate): Promise<TGrant> {
  const registry = await requireRegistryAdmin(principal, registryName);
  const { subjectId, subject } = await resolveSubject(input);
  try {
    const row = await transaction(async (tx) => {
      const created = await tx.registryGrant.create({
        data: {
          registryId: registry.id,
          subjectType: input.subjectType,
          subjectId,
          role: input.role,
          createdBy: principal.username,
        },
      });
      await recordAudit(tx, principal, {
        registryId: registry.id,
        action: 'grant.create',
        objectType: 'grant',
        objectId: created.id,
        objectName: `${input.subjectType}:${subject}`,
        changes: { subjectType: input.subjectType, subject, role: input.role },
      });
      return created;
    });
    return (await toGrantDtos([row]))[0] as TGrant;
  } catch (err) {
    if (isUniqueViolation(err))
      throw conflict(`The ${input.subjectType} "${subject}" already has a grant here; change its role instead.`);
    throw err;
  }
}

/**
 * A registry admin may not remove or lower the last admin grant, so a registry never
 * loses its last admin by accident; platform admins (admin everywhere) may.
 */
async function assertKeepsAnAdmin(tx: Tx, principal: Principal, grant: GrantRow & { registryId: string }) {
  if (principal.isPlatformAdmin || grant.role !== 'admin') return;
  const admins = await tx.registryGrant.count({ where: { registryId: grant.registryId, role: 'admin' } });
  if (admins <= 1) throw conflict('This is the last admin grant of the registry. Grant admin to someone else first.');
}

async function findGrant(tx: Tx, registryId: string, id: string) {
  const grant = await tx.registryGrant.findFirst({ where: { id, registryId } });
  if (!grant) throw notFound(`Grant "${id}"`);
  return grant;
}

export async function updateGrant(
  principal: Principal,
  registryName: string,
  id: string,
  patch: TGrantPatch,
): Promise<TGrant> {
  const registry = await requireRegistryAdmin(principal, registryName);
  const row = await transaction(async (tx) => {
    const grant = await findGrant(tx, registry.id, id);
    if (grant.role === patch.role) return grant;
    if (patch.role !== 'admin') await assertKeepsAnAdmin(tx, principal, grant);
    const updated = await tx.registryGrant.update({
      where: { id: grant.id },
      data: { role: patch.role, revision: { increment: 1 } },
    });
    await recordAudit(tx, principal, {
      registryId: registry.id,
      action: 'grant.update',
      objectType: 'grant',
      objectId: grant.id,
      objectName: `${grant.subjectType}:${grant.subjectId}`,
      changes: { role: { from: grant.role, to: patch.role } },
    });
    return updated;
  });
  return (await toGrantDtos([row]))[0] as TGrant;
}

export async function deleteGrant(principal: Principal, registryName: string, id: string): Promise<void> {
  const registry = await requireRegistryAdmin(principal, registryName);
  await transaction(async (tx) => {
    const grant = await findGrant(tx, registry.id, id);
    await assertKeepsAnAdmin(tx, principal, grant);
    await tx.registryGrant.delete({ where: { id: grant.id } });
    await recordAudit(tx, principal, {
      registryId: registry.id,
      action: 'grant.delete',
      objectType: 'grant',
      objectId: grant.id,
      objectName: `${grant.subjectType}:${grant.subjectId}`,
      changes: { role: grant.role },
    });
  });
}

/** The usernames holding an admin grant on a registry (directly), for the "no access" page. */
export async function registryAdminNames(registryId: string): Promise<string[]> {
  const grants = await getDb().registryGrant.findMany({
    where: { registryId, role: 'admin', subjectType: 'user' },
    select: { subjectId: true },
  });
  const users = await getDb().user.findMany({
    where: { id: { in: grants.map((g) => g.subjectId) }, disabled: false },
    select: { displayName: true, username: true },
    orderBy: { username: 'asc' },
  });
  return users.map((u) => (u.displayName === u.username ? u.username : `${u.displayName} (${u.username})`));
}
