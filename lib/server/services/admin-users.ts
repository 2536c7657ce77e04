// Platform administration of local accounts: create, disable, reset password, promote.
import type { TUser, TUserCreate, TUserListQuery, TUserPatch } from '@/lib/validation/access';
import type { TPage } from '@/lib/validation/common';
import { getDb } from '../db/client';
import { containsText } from '../db/dialect';
import { keysetPage } from '../pagination';
import { isUniqueViolation } from '../db/prisma-errors';
import { transaction } from '../db/tx';
import { conflict, notFound } from '../errors';
import { assertPlatformAdmin } from '../auth/authorize';
import { hashPassword } from '../auth/password';
import type { Principal } from '../auth/principal';
import { diffFields, recordAudit } from './audit';

const WITH_GROUPS = { groups: { select: { group: { select: { name: true } } } } } as const;

type UserRow = {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  isPlatformAdmin: boolean;
  disabled: boolean;
  authProvider: string;
  lastSignInAt: Date | null;
  createdAt: Date;
  groups: { group: { name: string } }[];
};

function toUserDto(u: UserRow): TUser {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    email: u.email,
    isPlatformAdmin: u.isPlatformAdmin,
    disabled: u.disabled,
    authProvider: u.authProvider,
    groups: u.groups.map((g) => g.group.name).sort(),
    lastSignInAt: u.lastSignInAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  };
}

/** Accounts by username, a page at a time; `q` matches username, display name or email. */
export async function listUsers(principal: Principal, query: TUserListQuery): Promise<TPage<TUser>> {
  assertPlatformAdmin(principal);
  const db = getDb();
  const q = query.q?.trim();
  const filter = q
    ? { OR: [containsText('username', q), containsText('displayName', q), containsText('email', q)] }
    : {};
  const page = await keysetPage<UserRow>({
    field: 'username',
    order: query.order ?? 'asc',
    isDate: false,
    cursor: query.cursor,
    pageSize: query.pageSize,
    filter,
    sortValue: (u) => u.username,
    find: (args) => db.user.findMany({ ...args, include: WITH_GROUPS }),
    count: (args) => db.user.count(args),
  });
  return { ...page, items: page.items.map(toUserDto) };
}

export async function adminCreateUser(principal: Principal, input: TUserCreate): Promise<TUser> {
  assertPlatformAdmin(principal);
  const passwordHash = await hashPassword(input.password);
  try {
    const row = await transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          username: input.username,
          displayName: input.displayName ?? input.username,
          email: input.email ?? null,
          passwordHash,
          isPlatformAdmin: input.isPlatformAdmin ?? false,
        },
        include: WITH_GROUPS,
      });
      await recordAudit(tx, principal, {
        registryId: null,
        action: 'user.create',
        objectType: 'user',
        objectId: created.id,
        objectName: created.username,
        changes: { displayName: created.displayName, email: created.email, isPlatformAdmin: created.isPlatformAdmin },
      });
      return created;
    });
    return toUserDto(row);
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(`A user named "${input.username}" already exists.`);
    throw err;
  }
}

export async function adminUpdateUser(principal: Principal, username: string, patch: TUserPatch): Promise<TUser> {
  assertPlatformAdmin(principal);
  const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
  const row = await transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { username } });
    if (!user) throw notFound(`User "${username}"`);
    if (
      principal.kind === 'user' &&
      user.id === principal.userId &&
      (patch.disabled || patch.isPlatformAdmin === false)
    )
      throw conflict('You cannot disable yourself or remove your own platform admin role.');
    const { password: _secret, ...fields } = patch;
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { ...fields, ...(passwordHash ? { passwordHash } : {}) },
      include: WITH_GROUPS,
    });
    await recordAudit(tx, principal, {
      registryId: null,
      action: 'user.update',
      objectType: 'user',
      objectId: user.id,
      objectName: user.username,
      changes: { ...diffFields(user, fields), ...(passwordHash ? { password: 'reset' } : {}) },
    });
    return updated;
  });
  return toUserDto(row);
}
