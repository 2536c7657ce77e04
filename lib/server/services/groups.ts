// Groups of users (platform admins): grants to a group reach all its members.
import type { TGroup, TGroupCreate, TGroupListQuery } from '@/lib/validation/access';
import type { TPage } from '@/lib/validation/common';
import { getDb } from '../db/client';
import { containsText } from '../db/dialect';
import { keysetPage } from '../pagination';
import { isUniqueViolation } from '../db/prisma-errors';
import { transaction } from '../db/tx';
import { AppError, conflict, notFound } from '../errors';
import { assertPlatformAdmin } from '../auth/authorize';
import type { Principal } from '../auth/principal';
import { recordAudit } from './audit';

const WITH_MEMBERS = { members: { select: { user: { select: { username: true } } } } } as const;

type GroupRow = {
  id: string;
  name: string;
  description: string;
  createdAt: Date;
  members: { user: { username: string } }[];
};

function toGroupDto(g: GroupRow): TGroup {
  return {
    id: g.id,
    name: g.name,
    description: g.description,
    members: g.members.map((m) => m.user.username).sort(),
    createdAt: g.createdAt.toISOString(),
  };
}

/** Groups by name, a page at a time, with their members; `q` matches name or description. */
export async function listGroups(principal: Principal, query: TGroupListQuery): Promise<TPage<TGroup>> {
  assertPlatformAdmin(principal);
  const db = getDb();
  const q = query.q?.trim();
  const filter = q ? { OR: [containsText('name', q), containsText('description', q)] } : {};
  const page = await keysetPage<GroupRow>({
    field: 'name',
    order: query.order ?? 'asc',
    isDate: false,
    cursor: query.cursor,
    pageSize: query.pageSize,
    filter,
    sortValue: (g) => g.name,
    find: (args) => db.group.findMany({ ...args, include: WITH_MEMBERS }),
    count: (args) => db.group.count(args),
  });
  return { ...page, items: page.items.map(toGroupDto) };
}

export async function getGroup(principal: Principal, name: string): Promise<TGroup> {
  assertPlatformAdmin(principal);
  const row = await getDb().group.findUnique({ where: { name }, include: WITH_MEMBERS });
  if (!row) throw notFound(`Group "${name}"`);
  return toGroupDto(row);
}

export async function createGroup(principal: Principal, input: TGroupCreate): Promise<TGroup> {
  assertPlatformAdmin(principal);
  try {
    const row = await transaction(async (tx) => {
      const created = await tx.group.create({
        data: { name: input.name, description: input.description },
        include: WITH_MEMBERS,
      });
      await recordAudit(tx, principal, {
        registryId: null,
        action: 'group.create',
        objectType: 'group',
        objectId: created.id,
        objectName: created.name,
        changes: input,
      });
      return created;
    });
    return toGroupDto(row);
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(`A group named "${input.name}" already exists.`);
    throw err;
  }
}

/** Deletes a group with its memberships and every grant made to it. */
export async function deleteGroup(principal: Principal, name: string): Promise<void> {
  assertPlatformAdmin(principal);
  await transaction(async (tx) => {
    const group = await tx.group.findUnique({ where: { name } });
    if (!group) throw notFound(`Group "${name}"`);
    const grants = await tx.registryGrant.deleteMany({ where: { subjectType: 'group', subjectId: group.id } });
    await tx.group.delete({ where: { id: group.id } });
    await recordAudit(tx, principal, {
      registryId: null,
      action: 'group.delete',
      objectType: 'group',
      objectId: group.id,
      objectName: group.name,
      changes: { grantsRemoved: grants.count },
    });
  });
}

export async function addGroupMember(principal: Principal, groupName: string, username: string): Promise<TGroup> {
  assertPlatformAdmin(principal);
  const row = await transaction(async (tx) => {
    const group = await tx.group.findUnique({ where: { name: groupName } });
    if (!group) throw notFound(`Group "${groupName}"`);
    const user = await tx.user.findUnique({ where: { username } });
    if (!user) {
      const message = `There is no user named "${username}".`;
      throw new AppError('validation_failed', message, [{ path: 'body.username', message }]);
    }
    const existing = await tx.groupMember.findUnique({
      where: { groupId_userId: { groupId: group.id, userId: user.id } },
    });
    if (!existing) {
      await tx.groupMember.create({ data: { groupId: group.id, userId: user.id } });
      await recordAudit(tx, principal, {
        registryId: null,
        action: 'group.member.add',
        objectType: 'group',
        objectId: group.id,
        objectName: group.name,
        changes: { added: username },
      });
    }
    return tx.group.findUniqueOrThrow({ where: { id: group.id }, include: WITH_MEMBERS });
  });
  return toGroupDto(row);
}

export async function removeGroupMember(principal: Principal, groupName: string, username: string): Promise<void> {
  assertPlatformAdmin(principal);
  await transaction(async (tx) => {
    const group = await tx.group.findUnique({ where: { name: groupName } });
    if (!group) throw notFound(`Group "${groupName}"`);
    const user = await tx.user.findUnique({ where: { username } });
    const removed = user
      ? await tx.groupMember.deleteMany({ where: { groupId: group.id, userId: user.id } })
      : { count: 0 };
    if (removed.count === 0) throw notFound(`Member "${username}" of group "${groupName}"`);
    await recordAudit(tx, principal, {
      registryId: null,
      action: 'group.member.remove',
      objectType: 'group',
      objectId: group.id,
      objectName: group.name,
      changes: { removed: username },
    });
  });
}
