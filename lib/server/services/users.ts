// User accounts: local ones with a password, and those of an identity provider.
import { getDb } from '../db/client';
import { isUniqueViolation } from '../db/prisma-errors';
import { transaction } from '../db/tx';
import { recordAudit } from './audit';
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

/** Notes a successful sign-in, for the administrators' user list. */
export async function recordSignIn(userId: string): Promise<void> {
  await getDb().user.update({ where: { id: userId }, data: { lastSignInAt: new Date() } });
}

export function countUsers(): Promise<number> {
  return getDb().user.count();
}

/** A person as an identity provider describes them at sign-in. */
export type ExternalIdentity = {
  /** The provider's stable id for the person (the `sub` claim). */
  externalId: string;
  preferredUsername: string;
  displayName: string;
  email: string | null;
  /** Group names; only those that exist in our Group table are used. */
  groups: string[];
};

const MAX_USERNAME_LENGTH = 128;
const USERNAME_ATTEMPTS = 20;

/** `base`, then `base-<provider>`, `base-<provider>-2`, …: a local account keeps its name. */
function usernameCandidate(base: string, provider: string, attempt: number): string {
  const trimmed = base.slice(0, MAX_USERNAME_LENGTH - provider.length - 5);
  if (attempt === 0) return base.slice(0, MAX_USERNAME_LENGTH);
  return attempt === 1 ? `${trimmed}-${provider}` : `${trimmed}-${provider}-${attempt}`;
}

async function createExternalUser(provider: string, identity: ExternalIdentity) {
  const db = getDb();
  for (let attempt = 0; attempt < USERNAME_ATTEMPTS; attempt++) {
    const username = usernameCandidate(identity.preferredUsername, provider, attempt);
    if (await db.user.findUnique({ where: { username }, select: { id: true } })) continue;
    try {
      return await db.user.create({
        data: {
          username,
          displayName: identity.displayName,
          email: identity.email,
          authProvider: provider,
          externalId: identity.externalId,
          lastSignInAt: new Date(),
        },
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // The same person signing in twice at once: the other request created the account.
      const existing = await db.user.findUnique({
        where: { authProvider_externalId: { authProvider: provider, externalId: identity.externalId } },
      });
      if (existing) return existing;
      // Otherwise someone took the username meanwhile: try the next one.
    }
  }
  throw conflict(`No free username for "${identity.preferredUsername}".`);
}

/**
 * Makes the user's group memberships exactly the named groups that exist. Groups are
 * not created from claims: an administrator decides which provider groups matter here
 * by creating a group of the same name.
 */
async function syncGroupMemberships(user: UserPrincipal, provider: string, groupNames: string[]): Promise<void> {
  const db = getDb();
  const userId = user.userId;
  const groups = await db.group.findMany({
    where: { name: { in: [...new Set(groupNames)] } },
    select: { id: true, name: true },
  });
  const wanted = new Map(groups.map((g) => [g.id, g.name]));
  const current = await db.groupMember.findMany({
    where: { userId },
    select: { groupId: true, group: { select: { name: true } } },
  });
  const have = new Map(current.map((m) => [m.groupId, m.group.name]));
  const toAdd = [...wanted].filter(([id]) => !have.has(id));
  const toRemove = [...have].filter(([id]) => !wanted.has(id));
  if (toAdd.length === 0 && toRemove.length === 0) return;
  // Recorded like the admin API's membership changes, with the person signing in as the actor.
  await transaction(async (tx) => {
    await tx.groupMember.deleteMany({ where: { userId, groupId: { in: toRemove.map(([id]) => id) } } });
    for (const [groupId] of toAdd) {
      await tx.groupMember.upsert({
        where: { groupId_userId: { groupId, userId } },
        create: { groupId, userId },
        update: {},
      });
    }
    const changes = (change: 'added' | 'removed', groupId: string, name: string) =>
      recordAudit(tx, user, {
        registryId: null,
        action: change === 'added' ? 'group.member.add' : 'group.member.remove',
        objectType: 'group',
        objectId: groupId,
        objectName: name,
        changes: { [change]: user.username, source: provider },
      });
    for (const [id, name] of toAdd) await changes('added', id, name);
    for (const [id, name] of toRemove) await changes('removed', id, name);
  });
}

/**
 * Called at every sign-in through an identity provider: finds the user by the
 * provider's id for the person (creating it on the first sign-in), refreshes its
 * display name and email, and maps the provider's groups onto ours by name. The
 * username is chosen once and then kept, so grants and history stay attached.
 */
export async function signInExternalUser(provider: string, identity: ExternalIdentity): Promise<UserPrincipal> {
  const db = getDb();
  const existing = await db.user.findUnique({
    where: { authProvider_externalId: { authProvider: provider, externalId: identity.externalId } },
  });
  const user = existing
    ? await db.user.update({
        where: { id: existing.id },
        data: { displayName: identity.displayName, email: identity.email, lastSignInAt: new Date() },
      })
    : await createExternalUser(provider, identity);
  const principal = toPrincipal(user);
  await syncGroupMemberships(principal, provider, identity.groups);
  return principal;
}
