// Platform administration through the API: accounts and groups, and a group's grant
// reaching its members from the next request on.
import { apiLogin } from '../fixtures';
import { createRegistry, expect, expectError, expectStatus, grant, test, uniqueName, urls } from './helpers';

type User = { username: string; displayName: string; disabled: boolean; isPlatformAdmin: boolean; groups: string[] };
type Group = { name: string; members: string[] };

const USERS = '/api/v1/admin/users';
const GROUPS = '/api/v1/admin/groups';
const PASSWORD = 'a-long-e2e-password';

test('an admin creates an account that can sign in, then disables it and its session stops working', async ({
  api,
  playwright,
  baseURL,
}) => {
  const username = uniqueName('user');
  const created = await expectStatus<User>(
    await api.post(USERS, {
      data: { username, password: PASSWORD, displayName: 'New Person', email: 'n@example.com' },
    }),
    201,
  );
  expect(created).toMatchObject({ username, displayName: 'New Person', disabled: false, isPlatformAdmin: false });
  expect(JSON.stringify(created)).not.toContain(PASSWORD);
  await expectError(await api.post(USERS, { data: { username, password: PASSWORD } }), 409, 'conflict');
  await expectError(await api.post(USERS, { data: { username: 'x', password: 'short' } }), 422, 'validation_failed');

  const person = await playwright.request.newContext({ baseURL });
  await apiLogin(person, baseURL ?? '', username, PASSWORD);
  await expectStatus(await person.get(urls.registries()), 200);
  await expectError(await person.get(USERS), 403, 'forbidden');

  const disabled = await expectStatus<User>(await api.patch(`${USERS}/${username}`, { data: { disabled: true } }), 200);
  expect(disabled.disabled).toBe(true);
  await expectError(await person.get(urls.registries()), 401, 'unauthorized');
  const listed = await expectStatus<{ items: User[] }>(await api.get(USERS, { params: { q: username } }), 200);
  expect(listed.items.find((u) => u.username === username)?.disabled).toBe(true);
  await expectError(
    await api.patch(`${USERS}/${uniqueName('nobody')}`, { data: { disabled: true } }),
    404,
    'not_found',
  );
  await person.dispose();
});

test('a password reset lets the user sign in with the new one; a promoted user administers', async ({
  api,
  playwright,
  baseURL,
}) => {
  const username = uniqueName('user');
  await expectStatus(await api.post(USERS, { data: { username, password: PASSWORD } }), 201);
  await expectStatus(
    await api.patch(`${USERS}/${username}`, { data: { password: 'another-long-password', isPlatformAdmin: true } }),
    200,
  );
  const person = await playwright.request.newContext({ baseURL });
  await apiLogin(person, baseURL ?? '', username, 'another-long-password');
  await expectStatus(await person.get(USERS), 200);
  await person.dispose();
});

test('a group grant reaches its members: viewer, then contributor, then revoked on the next request', async ({
  api,
  playwright,
  baseURL,
}) => {
  const username = uniqueName('member');
  const group = uniqueName('team');
  await expectStatus(await api.post(USERS, { data: { username, password: PASSWORD } }), 201);
  await expectStatus(await api.post(GROUPS, { data: { name: group, description: 'A team' } }), 201);
  await expectError(await api.post(GROUPS, { data: { name: group } }), 409, 'conflict');
  const withMember = await expectStatus<Group>(
    await api.post(`${GROUPS}/${encodeURIComponent(group)}/members`, { data: { username } }),
    200,
  );
  expect(withMember.members).toEqual([username]);
  await expectError(
    await api.post(`${GROUPS}/${encodeURIComponent(group)}/members`, { data: { username: uniqueName('nobody') } }),
    422,
    'validation_failed',
  );

  const registry = await createRegistry(api);
  const member = await playwright.request.newContext({ baseURL });
  await apiLogin(member, baseURL ?? '', username, PASSWORD);
  await expectError(await member.get(urls.registry(registry.name)), 404, 'not_found');

  const g = await grant(api, registry.name, 'group', group, 'viewer');
  expect(g).toMatchObject({ subjectType: 'group', subject: group, role: 'viewer' });
  await expectStatus(await member.get(urls.models(registry.name)), 200);
  await expectError(await member.post(urls.models(registry.name), { data: { name: 'm' } }), 403, 'forbidden');

  await expectStatus(await api.patch(urls.grant(registry.name, g.id), { data: { role: 'contributor' } }), 200);
  await expectStatus(await member.post(urls.models(registry.name), { data: { name: 'm' } }), 201);

  // Leaving the group removes the access; so does deleting the grant.
  expect((await api.delete(`${GROUPS}/${encodeURIComponent(group)}/members/${username}`)).status()).toBe(204);
  await expectError(await member.get(urls.models(registry.name)), 404, 'not_found');
  await expectStatus(await api.post(`${GROUPS}/${encodeURIComponent(group)}/members`, { data: { username } }), 200);
  await expectStatus(await member.get(urls.models(registry.name)), 200);
  expect((await api.delete(urls.grant(registry.name, g.id))).status()).toBe(204);
  await expectError(await member.get(urls.models(registry.name)), 404, 'not_found');

  // Deleting a group removes its grants too.
  await grant(api, registry.name, 'group', group, 'viewer');
  expect((await api.delete(`${GROUPS}/${encodeURIComponent(group)}`)).status()).toBe(204);
  const grants = await expectStatus<{ items: unknown[] }>(await api.get(urls.grants(registry.name)), 200);
  expect(grants.items).toEqual([]);
  await expectError(await member.get(urls.models(registry.name)), 404, 'not_found');
  await member.dispose();
});

test('ten failed sign-ins lock the account for 15 minutes, even with the right password', async ({
  api,
  playwright,
  baseURL,
}) => {
  const username = uniqueName('locked');
  await expectStatus(await api.post(USERS, { data: { username, password: PASSWORD } }), 201);
  const client = await playwright.request.newContext({ baseURL });
  const attempt = async (password: string) => {
    const { csrfToken } = (await (await client.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const response = await client.post('/api/auth/callback/credentials', {
      form: { csrfToken, username, password, json: 'true' },
      maxRedirects: 0,
    });
    return decodeURIComponent(((await response.json().catch(() => ({}))) as { url?: string }).url ?? '');
  };
  for (let i = 0; i < 10; i += 1) expect(await attempt('not-the-password')).toContain('error=CredentialsSignin');
  expect(await attempt(PASSWORD)).toContain('error=TooManyAttempts:15');
  await client.dispose();
});

test('users and groups are listed a page at a time, forwards, backwards and from the end, and searched', async ({
  api,
}) => {
  const prefix = uniqueName('pager');
  for (const n of [1, 2, 3, 4, 5])
    await expectStatus(await api.post(USERS, { data: { username: `${prefix}-${n}`, password: PASSWORD } }), 201);
  await expectStatus(await api.post(GROUPS, { data: { name: `${prefix}-group`, description: 'Paged' } }), 201);
  type Page = { items: User[]; nextCursor: string | null; prevCursor: string | null; total: number };
  const list = async (params: Record<string, string | number>) =>
    expectStatus<Page>(await api.get(USERS, { params: { q: prefix, pageSize: 2, ...params } }), 200);
  const names = (p: Page) => p.items.map((u) => u.username.slice(prefix.length + 1));

  const first = await list({});
  expect([names(first), first.total, first.prevCursor]).toEqual([['1', '2'], 5, null]);
  const second = await list({ cursor: first.nextCursor ?? '' });
  expect(names(second)).toEqual(['3', '4']);
  const last = await list({ cursor: 'last' });
  expect([names(last), last.nextCursor]).toEqual([['5'], null]);
  const back = await list({ cursor: last.prevCursor ?? '' });
  expect(names(back)).toEqual(['3', '4']);
  expect(names(await list({ cursor: back.prevCursor ?? '' }))).toEqual(['1', '2']);
  expect((await list({ q: `${prefix}-3` })).items.map((u) => u.username)).toEqual([`${prefix}-3`]);

  const groups = await expectStatus<{ items: Group[]; total: number }>(
    await api.get(GROUPS, { params: { q: 'paged' } }),
    200,
  );
  expect(groups.items.map((g) => g.name)).toContain(`${prefix}-group`);
  const one = await expectStatus<Group>(await api.get(`${GROUPS}/${encodeURIComponent(`${prefix}-group`)}`), 200);
  expect(one).toMatchObject({ name: `${prefix}-group`, members: [] });
  await expectError(await api.get(`${GROUPS}/${uniqueName('missing')}`), 404, 'not_found');
});
