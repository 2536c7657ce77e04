// Sign-in through an identity provider, on the database under test: the account is
// found by the provider's id, never takes a local username, and its group
// memberships follow the provider's groups by name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import type { ExternalIdentity } from './users';

let database: TestDatabase;
let users: typeof import('./users');
let db: ReturnType<typeof import('../db/client').getDb>;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  users = await import('./users');
  db = (await import('../db/client')).getDb();
  await db.group.createMany({ data: [{ name: 'ml' }, { name: 'ops' }, { name: 'admins' }] });
});

afterAll(async () => {
  await (await import('../db/client')).disconnectDb();
  await database.drop();
});

function identity(overrides: Partial<ExternalIdentity> = {}): ExternalIdentity {
  return { externalId: 'sub-1', preferredUsername: 'ada', displayName: 'Ada', email: null, groups: [], ...overrides };
}

async function groupNames(userId: string): Promise<string[]> {
  const members = await db.groupMember.findMany({ where: { userId }, include: { group: true } });
  return members.map((m) => m.group.name).sort();
}

describe('signInExternalUser', () => {
  it('creates the user once and then finds it by the provider id, refreshing its profile', async () => {
    const first = await users.signInExternalUser('oidc', identity({ groups: ['ml', 'nope'] }));
    expect(first).toMatchObject({ username: 'ada', displayName: 'Ada', isPlatformAdmin: false });
    expect(await groupNames(first.userId)).toEqual(['ml']);

    const again = await users.signInExternalUser(
      'oidc',
      identity({ preferredUsername: 'ada.l', displayName: 'Ada L', email: 'ada@x.org', groups: ['ops', 'admins'] }),
    );
    expect(again).toMatchObject({ userId: first.userId, username: 'ada', displayName: 'Ada L' });
    expect(await groupNames(first.userId)).toEqual(['admins', 'ops']);
    expect((await db.user.findUniqueOrThrow({ where: { id: first.userId } })).email).toBe('ada@x.org');

    await users.signInExternalUser('oidc', identity({ groups: [] }));
    expect(await groupNames(first.userId)).toEqual([]);
  });

  it('leaves a local account its username and picks a free one', async () => {
    await users.createLocalUser({ username: 'grace', password: 'a long password' });
    await db.user.create({ data: { username: 'grace-oidc', displayName: 'Also taken' } });
    const external = await users.signInExternalUser(
      'oidc',
      identity({ externalId: 'sub-2', preferredUsername: 'grace' }),
    );
    expect(external.username).toBe('grace-oidc-2');
    expect(await users.verifyCredentials('grace', 'a long password')).toMatchObject({ username: 'grace' });
  });

  it('records each group join and leave of a sign-in in the audit trail, and the sign-in time', async () => {
    const first = await users.signInExternalUser(
      'oidc',
      identity({ externalId: 'sub-3', preferredUsername: 'lin', groups: ['ml'] }),
    );
    await users.signInExternalUser('oidc', identity({ externalId: 'sub-3', groups: ['ops'] }));
    await users.signInExternalUser('oidc', identity({ externalId: 'sub-3', groups: ['ops'] }));
    const events = await db.auditEvent.findMany({
      where: { actor: 'lin', objectType: 'group' },
      orderBy: [{ createdAt: 'asc' }, { action: 'asc' }],
    });
    expect(events.map((e) => [e.action, e.objectName, JSON.parse(e.changes)])).toEqual([
      ['group.member.add', 'ml', { added: 'lin', source: 'oidc' }],
      ['group.member.add', 'ops', { added: 'lin', source: 'oidc' }],
      ['group.member.remove', 'ml', { removed: 'lin', source: 'oidc' }],
    ]);
    expect((await db.user.findUniqueOrThrow({ where: { id: first.userId } })).lastSignInAt).toEqual(expect.any(Date));
  });
});
