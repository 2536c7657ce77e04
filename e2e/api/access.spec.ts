// Who may call what. The authorization matrix is generated from the endpoint catalogue
// (lib/server/api/endpoints.ts): every endpoint is called as every kind of caller, and an
// endpoint without an explicit rule below fails the test. Then: grants and tokens
// through their API, and tenant isolation between two registries.
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { endpoints, type Access } from '../../lib/server/api/endpoints';
import { DATA_SCIENTIST_USERNAME, VIEWER_USERNAME } from '../constants';
import {
  createArtifact,
  createModel,
  createRegistry,
  createToken,
  etagOf,
  expect,
  expectError,
  expectStatus,
  grant,
  test,
  uniqueName,
  uniqueSlug,
  urls,
  S3_ARTIFACT,
  type Body,
  type Grant,
  type Role,
  type TArtifact,
  type TPage,
  type TRegistry,
} from './helpers';

/** `missing`: the matrix aims it at an object that does not exist, so "allowed" reads 404. */
type Rule = { access: Access; tokens?: false; body?: () => Body; missing?: true };

const version = () => ({ name: uniqueName('v'), artifact: S3_ARTIFACT });

/** The explicit rule of every endpoint: who may call it, and a valid body for calling it. */
const RULES: Record<string, Rule> = {
  'GET /api/v1/registries': { access: 'signed-in' },
  'POST /api/v1/registries': {
    access: 'platform-admin',
    body: () => ({ name: uniqueSlug('matrix'), displayName: 'Matrix' }),
  },
  'GET /api/v1/registries/{registry}': { access: 'viewer' },
  'PATCH /api/v1/registries/{registry}': { access: 'platform-admin', body: () => ({ description: 'changed' }) },
  'DELETE /api/v1/registries/{registry}': { access: 'platform-admin' },
  'GET /api/v1/registries/{registry}/models': { access: 'viewer' },
  'POST /api/v1/registries/{registry}/models': { access: 'contributor', body: () => ({ name: uniqueName('m') }) },
  'GET /api/v1/registries/{registry}/models/{model}': { access: 'viewer' },
  'PATCH /api/v1/registries/{registry}/models/{model}': {
    access: 'contributor',
    body: () => ({ description: 'changed' }),
  },
  'DELETE /api/v1/registries/{registry}/models/{model}': { access: 'registry-admin' },
  'GET /api/v1/registries/{registry}/models/{model}/versions': { access: 'viewer' },
  'POST /api/v1/registries/{registry}/models/{model}/versions': { access: 'contributor', body: version },
  'GET /api/v1/registries/{registry}/models/{model}/versions/{version}': { access: 'viewer' },
  'PATCH /api/v1/registries/{registry}/models/{model}/versions/{version}': {
    access: 'contributor',
    body: () => ({ description: 'changed' }),
  },
  'DELETE /api/v1/registries/{registry}/models/{model}/versions/{version}': { access: 'registry-admin' },
  'GET /api/v1/registries/{registry}/models/{model}/versions/{version}/artifacts': { access: 'viewer' },
  'POST /api/v1/registries/{registry}/models/{model}/versions/{version}/artifacts': {
    access: 'contributor',
    body: () => ({ ...S3_ARTIFACT }),
  },
  'GET /api/v1/registries/{registry}/models/{model}/versions/{version}/artifacts/{id}': { access: 'viewer' },
  'PATCH /api/v1/registries/{registry}/models/{model}/versions/{version}/artifacts/{id}': {
    access: 'contributor',
    body: () => ({ modelFormatName: 'onnx' }),
  },
  'DELETE /api/v1/registries/{registry}/models/{model}/versions/{version}/artifacts/{id}': { access: 'contributor' },
  'GET /api/v1/registries/{registry}/grants': { access: 'registry-admin', tokens: false },
  'POST /api/v1/registries/{registry}/grants': {
    access: 'registry-admin',
    tokens: false,
    // A grant to the platform admin changes nobody's access; repeated, it is a 409 (still allowed).
    body: () => ({ subjectType: 'user', subject: 'admin', role: 'viewer' }),
  },
  'PATCH /api/v1/registries/{registry}/grants/{id}': {
    access: 'registry-admin',
    tokens: false,
    body: () => ({ role: 'viewer' }),
  },
  'DELETE /api/v1/registries/{registry}/grants/{id}': { access: 'registry-admin', tokens: false },
  'GET /api/v1/registries/{registry}/tokens': { access: 'registry-admin', tokens: false },
  'POST /api/v1/registries/{registry}/tokens': {
    access: 'registry-admin',
    tokens: false,
    body: () => ({ name: uniqueName('t'), role: 'viewer' }),
  },
  'DELETE /api/v1/registries/{registry}/tokens/{id}': { access: 'registry-admin', tokens: false },
  'GET /api/v1/registries/{registry}/serving-environments': { access: 'viewer' },
  'POST /api/v1/registries/{registry}/serving-environments': {
    access: 'registry-admin',
    body: () => ({ name: uniqueSlug('env'), kind: 'external' }),
  },
  'GET /api/v1/registries/{registry}/serving-environments/{name}': { access: 'viewer' },
  'PATCH /api/v1/registries/{registry}/serving-environments/{name}': {
    access: 'registry-admin',
    body: () => ({ description: 'changed' }),
  },
  'DELETE /api/v1/registries/{registry}/serving-environments/{name}': { access: 'registry-admin' },
  'GET /api/v1/registries/{registry}/deployments': { access: 'viewer' },
  'POST /api/v1/registries/{registry}/deployments': {
    access: 'contributor',
    body: () => ({ name: uniqueSlug('d'), environment: 'env', model: 'm', version: 'v1', runtime: 'ovms' }),
  },
  'GET /api/v1/registries/{registry}/deployments/{id}': { access: 'viewer' },
  'PATCH /api/v1/registries/{registry}/deployments/{id}': { access: 'contributor', body: () => ({ maxReplicas: 2 }) },
  'DELETE /api/v1/registries/{registry}/deployments/{id}': { access: 'contributor' },
  'GET /api/v1/registries/{registry}/deployments/{id}/manifest': { access: 'viewer' },
  'GET /api/v1/registries/{registry}/access': { access: 'registry-admin', tokens: false },
  'GET /api/v1/registries/{registry}/grant-subjects': { access: 'registry-admin', tokens: false },
  // Administration: the matrix aims the writes at a user and a group that do not exist (404 once allowed).
  'GET /api/v1/admin/users': { access: 'platform-admin' },
  'POST /api/v1/admin/users': {
    access: 'platform-admin',
    body: () => ({ username: uniqueName('u'), password: 'matrix-password' }),
  },
  'PATCH /api/v1/admin/users/{username}': { access: 'platform-admin', body: () => ({ displayName: 'Matrix' }) },
  'GET /api/v1/admin/groups': { access: 'platform-admin' },
  'POST /api/v1/admin/groups': { access: 'platform-admin', body: () => ({ name: uniqueName('g') }) },
  'GET /api/v1/admin/groups/{group}': { access: 'platform-admin', missing: true },
  'DELETE /api/v1/admin/groups/{group}': { access: 'platform-admin' },
  'POST /api/v1/admin/groups/{group}/members': { access: 'platform-admin', body: () => ({ username: 'viewer' }) },
  'DELETE /api/v1/admin/groups/{group}/members/{username}': { access: 'platform-admin' },
};

type Caller =
  | { kind: 'anonymous' | 'expired-token' | 'revoked-token' | 'platform-admin' | 'no-grant' }
  | { kind: 'user'; role: Role }
  | { kind: 'own-token'; role: Role }
  | { kind: 'other-token' };

type Outcome = 'allowed' | 401 | 403 | 404;

const RANK: Record<Role, number> = { viewer: 1, contributor: 2, admin: 3 };
const NEEDED: Partial<Record<Access, Role>> = {
  viewer: 'viewer',
  contributor: 'contributor',
  'registry-admin': 'admin',
};

function expected(key: string, rule: Rule, caller: Caller): Outcome {
  const onRegistry = key.includes('{registry}');
  if (caller.kind === 'anonymous' || caller.kind === 'expired-token' || caller.kind === 'revoked-token') return 401;
  if (caller.kind === 'platform-admin') return 'allowed';
  if (!onRegistry) return rule.access === 'signed-in' ? 'allowed' : 403;
  if (caller.kind === 'no-grant' || caller.kind === 'other-token') return 404;
  if (caller.kind === 'own-token' && rule.tokens === false) return 403;
  if (!('role' in caller)) throw new Error(`no rule for caller ${caller.kind}`);
  const needed = NEEDED[rule.access];
  if (!needed) return 403; // platform-admin endpoints on a registry the caller can see
  return RANK[caller.role] >= RANK[needed] ? 'allowed' : 403;
}

function label(caller: Caller): string {
  return 'role' in caller ? `${caller.kind}:${caller.role}` : caller.kind;
}

test.describe('authorization matrix', () => {
  test('every endpoint in the catalogue has an explicit rule that matches it', () => {
    const catalogue = Object.fromEntries(endpoints.map((e) => [`${e.method} ${e.path}`, e]));
    expect(Object.keys(RULES).sort(), 'add a rule to RULES for each new endpoint').toEqual(
      Object.keys(catalogue).sort(),
    );
    for (const [key, rule] of Object.entries(RULES)) {
      expect({ access: catalogue[key]?.access, tokens: catalogue[key]?.tokens }, key).toEqual({
        access: rule.access,
        tokens: rule.tokens,
      });
    }
  });

  test('every endpoint × every kind of caller', async ({ api, dataScientist, anonymous, playwright, baseURL }) => {
    test.setTimeout(180_000);
    // Registry A is the target; B is another registry whose token must not reach A.
    const a = await createRegistry(api);
    const b = await createRegistry(api);
    await createModel(api, a.name, { name: 'm', version: { name: 'v1', artifact: S3_ARTIFACT } });
    const artifacts = await expectStatus<TPage<TArtifact>>(await api.get(urls.artifacts(a.name, 'm', 'v1')), 200);
    const artifactId = artifacts.items[0]?.id ?? '';
    // A serving environment and a deployment to read, change (412) and delete (412).
    await expectStatus(
      await api.post(urls.servingEnvironments(a.name), { data: { name: 'env', kind: 'external' } }),
      201,
    );
    const deployment = await expectStatus<{ id: string }>(
      await api.post(urls.deployments(a.name), {
        data: { name: 'dep', environment: 'env', model: 'm', version: 'v1', runtime: 'ovms' },
      }),
      201,
    );
    // Another object's ETag: writes with it are refused (412) only after authorization passed.
    const staleEtag = etagOf(await api.get(urls.registry(b.name)));

    const bearer = async (token: string) =>
      playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
    const otherToken = await bearer((await createToken(api, b.name, 'admin')).token);
    const revoked = await createToken(api, a.name, 'admin');
    expect((await api.delete(urls.token(a.name, revoked.id))).status()).toBe(204);
    const revokedToken = await bearer(revoked.token);
    const expiring = await createToken(api, a.name, 'admin', { expiresAt: new Date(Date.now() + 1500).toISOString() });
    const expiredToken = await bearer(expiring.token);
    const ownTokens = {
      viewer: await bearer((await createToken(api, a.name, 'viewer')).token),
      contributor: await bearer((await createToken(api, a.name, 'contributor')).token),
      admin: await bearer((await createToken(api, a.name, 'admin')).token),
    };
    await new Promise((resolve) => setTimeout(resolve, 1600));

    const pathOf = (path: string) =>
      path
        .replace('{registry}', encodeURIComponent(a.name))
        .replace('{model}', 'm')
        .replace('{version}', 'v1')
        .replace('{group}', 'no-such-group')
        .replace('{username}', 'no-such-user')
        .replace('{name}', 'env')
        .replace(
          '{id}',
          path.includes('/artifacts/') ? artifactId : path.includes('/deployments/') ? deployment.id : 'no-such-id',
        );

    const call = (ctx: APIRequestContext, method: string, path: string, rule: Rule): Promise<APIResponse> =>
      ctx.fetch(pathOf(path), {
        method,
        ...(rule.body ? { data: rule.body() } : {}),
        // Writes carry a stale ETag, so an allowed one answers 412 and destroys nothing.
        headers: method === 'PATCH' || method === 'DELETE' ? { 'If-Match': staleEtag } : {},
      });

    const check = async (ctx: APIRequestContext, caller: Caller) => {
      for (const e of endpoints) {
        const key = `${e.method} ${e.path}`;
        const rule = RULES[key];
        if (!rule) throw new Error(`No rule for ${key}`);
        const outcome = expected(key, rule, caller);
        const response = await call(ctx, e.method, e.path, rule);
        const text = await response.text();
        const where = `${label(caller)} ${key} → ${response.status()} ${text.slice(0, 200)}`;
        if (outcome === 'allowed') {
          expect([401, 403], where).not.toContain(response.status());
          expect(response.status() === 404 && text.includes('Registry \\"'), where).toBe(false);
          expect(response.status(), where).toBeLessThan(500);
          if (e.method === 'GET') expect(response.status(), where).toBe(rule.missing ? 404 : 200);
        } else {
          expect(response.status(), where).toBe(outcome);
          if (outcome === 404) expect(text, where).toContain(`Registry \\"${a.name}\\" was not found.`);
        }
      }
    };

    await check(anonymous, { kind: 'anonymous' });
    await check(expiredToken, { kind: 'expired-token' });
    await check(revokedToken, { kind: 'revoked-token' });
    await check(api, { kind: 'platform-admin' });
    await check(otherToken, { kind: 'other-token' });
    for (const role of ['viewer', 'contributor', 'admin'] as const)
      await check(ownTokens[role], { kind: 'own-token', role });

    // One user through every role: no grant, then viewer, contributor and admin.
    await check(dataScientist, { kind: 'no-grant' });
    const g = await grant(api, a.name, 'user', DATA_SCIENTIST_USERNAME, 'viewer');
    await check(dataScientist, { kind: 'user', role: 'viewer' });
    for (const role of ['contributor', 'admin'] as const) {
      await expectStatus(await api.patch(urls.grant(a.name, g.id), { data: { role } }), 200);
      await check(dataScientist, { kind: 'user', role });
    }

    for (const ctx of [otherToken, revokedToken, expiredToken, ...Object.values(ownTokens)]) await ctx.dispose();
  });
});

test.describe('grants', () => {
  test('a grant gives its role at once; changing and removing it takes effect on the next request', async ({
    api,
    dataScientist,
  }) => {
    const registry = await createRegistry(api);
    await expectError(await dataScientist.get(urls.models(registry.name)), 404, 'not_found');
    const g = await grant(api, registry.name, 'user', DATA_SCIENTIST_USERNAME, 'viewer');
    expect(g).toMatchObject({ subjectType: 'user', subject: DATA_SCIENTIST_USERNAME, role: 'viewer' });
    await expectStatus(await dataScientist.get(urls.models(registry.name)), 200);
    await expectError(await dataScientist.post(urls.models(registry.name), { data: { name: 'x' } }), 403, 'forbidden');

    await expectStatus(await api.patch(urls.grant(registry.name, g.id), { data: { role: 'contributor' } }), 200);
    await expectStatus(await dataScientist.post(urls.models(registry.name), { data: { name: 'x' } }), 201);

    const list = await expectStatus<{ items: Grant[] }>(await api.get(urls.grants(registry.name)), 200);
    expect(list.items.map((i) => [i.subject, i.role])).toEqual([[DATA_SCIENTIST_USERNAME, 'contributor']]);

    expect((await api.delete(urls.grant(registry.name, g.id))).status()).toBe(204);
    await expectError(await dataScientist.get(urls.model(registry.name, 'x')), 404, 'not_found');
    const visible = await expectStatus<TPage<TRegistry>>(await dataScientist.get(urls.registries()), 200);
    expect(visible.items.map((r) => r.name)).not.toContain(registry.name);
  });

  test('a grant to all signed-in users reaches everyone; the highest grant wins', async ({ api, viewer }) => {
    const registry = await createRegistry(api);
    const all = await grant(api, registry.name, 'all', '*', 'contributor');
    expect(all.subject).toBe('*');
    await grant(api, registry.name, 'user', VIEWER_USERNAME, 'viewer');
    await expectStatus(await viewer.post(urls.models(registry.name), { data: { name: 'by-all' } }), 201);
    expect((await api.delete(urls.grant(registry.name, all.id))).status()).toBe(204);
    await expectError(await viewer.post(urls.models(registry.name), { data: { name: 'no' } }), 403, 'forbidden');
  });

  test('bad grants get 422 or 409', async ({ api }) => {
    const registry = await createRegistry(api);
    await expectError(
      await api.post(urls.grants(registry.name), {
        data: { subjectType: 'user', subject: uniqueName('nobody'), role: 'viewer' },
      }),
      422,
      'validation_failed',
    );
    await expectError(
      await api.post(urls.grants(registry.name), { data: { subjectType: 'user', subject: 'viewer', role: 'owner' } }),
      422,
      'validation_failed',
    );
    await grant(api, registry.name, 'user', VIEWER_USERNAME, 'viewer');
    await expectError(
      await api.post(urls.grants(registry.name), { data: { subjectType: 'user', subject: 'viewer', role: 'admin' } }),
      409,
      'conflict',
    );
  });

  test('a registry admin cannot remove or lower the last admin grant; a platform admin can', async ({
    api,
    dataScientist,
  }) => {
    const registry = await createRegistry(api);
    const g = await grant(api, registry.name, 'user', DATA_SCIENTIST_USERNAME, 'admin');
    await expectError(
      await dataScientist.patch(urls.grant(registry.name, g.id), { data: { role: 'viewer' } }),
      409,
      'conflict',
    );
    await expectError(await dataScientist.delete(urls.grant(registry.name, g.id)), 409, 'conflict');
    // The registry admin manages the other grants.
    const other = await expectStatus<Grant>(
      await dataScientist.post(urls.grants(registry.name), {
        data: { subjectType: 'user', subject: VIEWER_USERNAME, role: 'viewer' },
      }),
      201,
    );
    expect((await dataScientist.delete(urls.grant(registry.name, other.id))).status()).toBe(204);
    expect((await api.delete(urls.grant(registry.name, g.id))).status()).toBe(204);
    await expectError(await dataScientist.get(urls.grants(registry.name)), 404, 'not_found');
  });
});

test.describe('who has access', () => {
  type Access = { username: string; role: Role; sources: { subjectType: string; subject: string; role: Role }[] };
  const accessOf = async (ctx: APIRequestContext, registry: string, params: Record<string, string | number> = {}) =>
    expectStatus<TPage<Access> & { prevCursor: string | null }>(
      await ctx.get(`${urls.registry(registry)}/access`, { params }),
      200,
    );

  test('lists each user with the highest role reaching them and why, searchable and paged', async ({ api }) => {
    const registry = await createRegistry(api);
    const group = uniqueName('readers');
    await expectStatus(await api.post('/api/v1/admin/groups', { data: { name: group } }), 201);
    await expectStatus(
      await api.post(`/api/v1/admin/groups/${encodeURIComponent(group)}/members`, {
        data: { username: VIEWER_USERNAME },
      }),
      200,
    );
    await grant(api, registry.name, 'group', group, 'contributor');
    await grant(api, registry.name, 'user', VIEWER_USERNAME, 'viewer');
    await grant(api, registry.name, 'user', DATA_SCIENTIST_USERNAME, 'admin');

    const viewerRow = (await accessOf(api, registry.name, { q: VIEWER_USERNAME })).items.find(
      (i) => i.username === VIEWER_USERNAME,
    );
    expect(viewerRow?.role).toBe('contributor');
    expect(viewerRow?.sources).toEqual(
      expect.arrayContaining([
        { subjectType: 'group', subject: group, role: 'contributor' },
        { subjectType: 'user', subject: VIEWER_USERNAME, role: 'viewer' },
      ]),
    );
    const all = await accessOf(api, registry.name, { pageSize: 100 });
    expect(all.items.find((i) => i.username === DATA_SCIENTIST_USERNAME)?.role).toBe('admin');
    expect(all.items.find((i) => i.username === 'admin')?.sources).toEqual([
      { subjectType: 'platform-admin', subject: 'admin', role: 'admin' },
    ]);
    const before = all.total;

    // A grant to all signed-in users reaches everyone; walking the pages one by one sees each once.
    await grant(api, registry.name, 'all', '*', 'viewer');
    const first = await accessOf(api, registry.name, { pageSize: 2 });
    expect(first.total).toBeGreaterThan(before);
    const seen: string[] = first.items.map((i) => i.username);
    let cursor = first.nextCursor;
    while (cursor) {
      const next = await accessOf(api, registry.name, { pageSize: 2, cursor });
      seen.push(...next.items.map((i) => i.username));
      cursor = next.nextCursor;
    }
    expect(seen.length).toBe(first.total);
    expect([...seen].sort()).toEqual(seen);
    const last = await accessOf(api, registry.name, { pageSize: 2, cursor: 'last' });
    expect(last.items.at(-1)?.username).toBe(seen.at(-1));
    const back = await accessOf(api, registry.name, { pageSize: 2, cursor: last.prevCursor ?? '' });
    expect(back.items.map((i) => i.username)).toEqual(seen.slice(-2 - last.items.length, -last.items.length));
    await expectError(
      await api.get(`${urls.registry(registry.name)}/access`, { params: { pageSize: 0 } }),
      400,
      'bad_request',
    );
  });
});

test.describe('grant suggestions', () => {
  type Suggestions = { items: { subject: string; label: string }[] };

  test('a registry admin finds users and groups to grant by name; disabled users and non-admins get nothing', async ({
    api,
    dataScientist,
    viewer,
  }) => {
    const registry = await createRegistry(api);
    // data-scientist is this registry's admin but not a platform admin; viewer contributes.
    await grant(api, registry.name, 'user', DATA_SCIENTIST_USERNAME, 'admin');
    await grant(api, registry.name, 'user', VIEWER_USERNAME, 'contributor');
    const group = uniqueName('suggested');
    await expectStatus(
      await api.post('/api/v1/admin/groups', { data: { name: group, description: 'Fraud team' } }),
      201,
    );
    const gone = uniqueName('gone');
    await expectStatus(
      await api.post('/api/v1/admin/users', {
        data: { username: gone, password: 'a-long-password-1', displayName: 'Gone' },
      }),
      201,
    );
    await expectStatus(await api.patch(`/api/v1/admin/users/${gone}`, { data: { disabled: true } }), 200);
    const url = `${urls.registry(registry.name)}/grant-subjects`;

    const users = await expectStatus<Suggestions>(await dataScientist.get(url, { params: { q: 'Vic Vie' } }), 200);
    expect(users.items).toEqual([{ subject: VIEWER_USERNAME, label: 'Vic Viewer' }]);
    const groups = await expectStatus<Suggestions>(
      await dataScientist.get(url, { params: { type: 'group', q: group } }),
      200,
    );
    expect(groups.items).toEqual([{ subject: group, label: 'Fraud team' }]);
    expect((await expectStatus<Suggestions>(await dataScientist.get(url, { params: { q: gone } }), 200)).items).toEqual(
      [],
    );
    // Names and display names only: no e-mail addresses, roles or ids.
    expect(Object.keys(users.items[0] ?? {}).sort()).toEqual(['label', 'subject']);

    await expectError(await viewer.get(url, { params: { q: 'a' } }), 403, 'forbidden');
    await expectError(await dataScientist.get(url, { params: { type: 'robot' } }), 400, 'bad_request');
  });
});

test.describe('API tokens', () => {
  test('the secret is shown once, works as a Bearer token, and stops working when revoked', async ({
    api,
    playwright,
    baseURL,
  }) => {
    const registry = await createRegistry(api);
    const other = await createRegistry(api);
    await createModel(api, registry.name, { name: 'm' });
    const created = await createToken(api, registry.name, 'contributor', { name: 'pipeline' });
    expect(created.token).toMatch(/^mrt_/);
    expect(created.token.startsWith(created.prefix)).toBe(true);

    const bearer = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { Authorization: `Bearer ${created.token}` },
    });
    await expectStatus(await bearer.get(urls.model(registry.name, 'm')), 200);
    await expectStatus(await bearer.post(urls.models(registry.name), { data: { name: 'by-token' } }), 201);
    const byToken = await expectStatus<{ owner: string }>(await bearer.get(urls.model(registry.name, 'by-token')), 200);
    expect(byToken.owner).toBe('token:pipeline');
    await expectError(await bearer.delete(urls.model(registry.name, 'm')), 403, 'forbidden');
    await expectError(await bearer.get(urls.registry(other.name)), 404, 'not_found');
    const visible = await expectStatus<TPage<TRegistry>>(await bearer.get(urls.registries()), 200);
    expect(visible.items.map((r) => r.name)).toEqual([registry.name]);

    const listed = await expectStatus<{ items: Record<string, unknown>[] }>(
      await api.get(urls.tokens(registry.name)),
      200,
    );
    expect(JSON.stringify(listed)).not.toContain(created.token);
    expect(listed.items[0]).toMatchObject({ id: created.id, name: 'pipeline', role: 'contributor', revokedAt: null });
    expect(listed.items[0]?.lastUsedAt).toEqual(expect.any(String));

    expect((await api.delete(urls.token(registry.name, created.id))).status()).toBe(204);
    await expectError(await bearer.get(urls.model(registry.name, 'm')), 401, 'unauthorized');
    await bearer.dispose();
  });

  test('unknown or malformed tokens get 401; bad token requests get 422 or 409', async ({
    api,
    playwright,
    baseURL,
  }) => {
    for (const header of ['Bearer mrt_nope', 'Bearer', 'Basic abc']) {
      const ctx = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: header } });
      await expectError(await ctx.get(urls.registries()), 401, 'unauthorized');
      await ctx.dispose();
    }
    const registry = await createRegistry(api);
    await expectError(
      await api.post(urls.tokens(registry.name), {
        data: { name: 'x', role: 'viewer', expiresAt: '2001-01-01T00:00:00Z' },
      }),
      422,
      'validation_failed',
    );
    await expectError(
      await api.post(urls.tokens(registry.name), { data: { name: 'x', role: 'god' } }),
      422,
      'validation_failed',
    );
    await createToken(api, registry.name, 'viewer', { name: 'same' });
    await expectError(
      await api.post(urls.tokens(registry.name), { data: { name: 'same', role: 'viewer' } }),
      409,
      'conflict',
    );
  });
});

test.describe('tenant isolation', () => {
  test('a contributor of registry A cannot list, read, guess or change anything of registry B', async ({
    api,
    viewer,
  }) => {
    const a = await createRegistry(api);
    const b = await createRegistry(api, { description: 'secret-registry-description' });
    await grant(api, a.name, 'user', VIEWER_USERNAME, 'contributor');
    for (const r of [a.name, b.name]) {
      await createModel(api, r, {
        name: 'shared',
        description: r === b.name ? 'secret-model-description' : 'mine',
        version: { name: 'v1', artifact: S3_ARTIFACT },
      });
    }
    const bArtifact = (await expectStatus<TPage<TArtifact>>(await api.get(urls.artifacts(b.name, 'shared', 'v1')), 200))
      .items[0];
    const aArtifact = await createArtifact(api, a.name, 'shared', 'v1', { uri: 's3://a/x', modelFormatName: 'onnx' });
    const before = await expectStatus(await api.get(urls.model(b.name, 'shared')), 200);

    // Lists and searches show nothing of B.
    const listed = await expectStatus<TPage<TRegistry>>(
      await viewer.get(urls.registries(), { params: { q: b.name } }),
      200,
    );
    expect(listed.total).toBe(0);
    // By name: B and everything in it is "not found", reading or writing.
    const bPaths = [
      urls.registry(b.name),
      urls.models(b.name),
      urls.model(b.name, 'shared'),
      urls.versions(b.name, 'shared'),
      urls.version(b.name, 'shared', 'v1'),
      urls.artifacts(b.name, 'shared', 'v1'),
      urls.artifact(b.name, 'shared', 'v1', bArtifact?.id ?? ''),
      urls.grants(b.name),
      urls.tokens(b.name),
    ];
    for (const path of bPaths) await expectError(await viewer.get(path), 404, 'not_found');
    await expectError(await viewer.post(urls.models(b.name), { data: { name: 'planted' } }), 404, 'not_found');
    await expectError(
      await viewer.patch(urls.model(b.name, 'shared'), { data: { description: 'x' } }),
      404,
      'not_found',
    );
    await expectError(
      await viewer.delete(urls.artifact(b.name, 'shared', 'v1', bArtifact?.id ?? '')),
      404,
      'not_found',
    );
    await expectError(
      await viewer.post(urls.grants(b.name), {
        data: { subjectType: 'user', subject: VIEWER_USERNAME, role: 'admin' },
      }),
      404,
      'not_found',
    );
    // By id: B's artifact id through A's path is not found, and cannot be changed.
    await expectError(await viewer.get(urls.artifact(a.name, 'shared', 'v1', bArtifact?.id ?? '')), 404, 'not_found');
    await expectError(
      await viewer.patch(urls.artifact(a.name, 'shared', 'v1', bArtifact?.id ?? ''), { data: { uri: 's3://stolen' } }),
      404,
      'not_found',
    );
    // A works as usual.
    await expectStatus(await viewer.get(urls.artifact(a.name, 'shared', 'v1', aArtifact.id)), 200);
    // Nothing of B changed.
    expect(await expectStatus(await api.get(urls.model(b.name, 'shared')), 200)).toEqual(before);
    expect(
      (await expectStatus<TPage<TArtifact>>(await api.get(urls.artifacts(b.name, 'shared', 'v1')), 200)).total,
    ).toBe(1);

    // Through the pages: B's pages say "no access" and show none of its content.
    for (const page of [`/registries/${b.name}/models`, `/registries/${b.name}/models/shared/overview`]) {
      const response = await viewer.get(page);
      expect(response.status()).toBe(200);
      expect(response.url()).toContain(`/registries/${b.name}/no-access`);
      const html = await response.text();
      expect(html).toContain('You do not have access to this registry');
      expect(html).not.toContain('secret-model-description');
      expect(html).not.toContain('secret-registry-description');
    }
    // A page of a registry that does not exist is not found.
    expect((await viewer.get(`/registries/${uniqueSlug('missing')}/models`)).status()).toBe(404);
  });
});
