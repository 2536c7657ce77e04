// Local user accounts.
import { getDb } from '../db/client';
import { isUniqueViolation } from '../db/prisma-errors';
import { conflict } from '../errors';
import { burnPasswordCheck, hashPassword, verifyPassword } from '../auth/password';
import type { UserPrincipal } from '../auth/principal';

type UserRow = { id: string; username: string; displayName: string; isPlatformAdmin: boolean; disabled: boolean };

export function toPrincipal(user: UserRow & { groups?: { groupId: string }[] }): UserPrincipal {
  return {
    kind: 'user',
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    isPlatformAdmin: user.isPlatformAdmin,
    groupIds: (user.groups ?? []).map((g) => g.groupId),
  };
}

/** The user for a username and password, or null; disabled accounts cannot sign in. */
export async function verifyCredentials(username: string, password: string): Promise<UserPrincipal | null> {
  const user = await getDb().user.findUnique({ where: { username } });
  if (!user?.passwordHash) {
    await burnPasswordCheck(password);
    return null;
  }
  const ok = await verifyPassword(user.passwordHash, password);
  if (!ok || user.disabled) return null;
  return toPrincipal(user);
}

/** The active (not disabled) user with this id, as a principal (with its groups). */
export async function findActiveUser(userId: string): Promise<UserPrincipal | null> {
  const user = await getDb().user.findUnique({
    where: { id: userId },
    include: { groups: { select: { groupId: true } } },
  });
  return user && !user.disabled ? toPrincipal(user) : null;
}

export type NewUser = {
  username: string;
  password: string;
  displayName?: string;
  email?: string | null;
  isPlatformAdmin?: boolean;
};

export async function createLocalUser(input: NewUser): Promise<UserPrincipal> {
  try {
    const user = await getDb().user.create({
      data: {
        username: input.username,
        displayName: input.displayName ?? input.username,
        email: input.email ?? null,
        passwordHash: await hashPassword(input.password),
        isPlatformAdmin: input.isPlatformAdmin ?? false,
      },
    });
    return toPrincipal(user);
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(`A user named "${input.username}" already exists.`);
    throw err;
  }
}

export function countUsers(): Promise<number> {
  return getDb().user.count();
}
