// The foundation's HTTP contract, on SQLite and on PostgreSQL: health checks, 401 JSON
// (never a redirect) for unsigned calls, and listing and creating registries.
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { ADMIN_PASSWORD, ADMIN_USERNAME, DEMO_PASSWORD, VIEWER_USERNAME } from '../constants';
import { apiLogin, expect, test } from '../fixtures';

type Registry = { id: string; name: string; displayName: string; description: string; createdAt: string };
type Page<T> = { items: T[]; nextCursor: string | null; total: number };
type ErrorBody = { error: { code: string; message: string; details?: { path: string; message: string }[] } };

const REGISTRIES = '/api/v1/registries';

function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
}

/** Asserts the status and the one error envelope, and returns the error. */
async function expectError(response: APIResponse, status: number, code: string): Promise<ErrorBody['error']> {
  expect(response.status(), await response.text()).toBe(status);
  expect(response.headers()['content-type']).toMatch(/^application\/json/);
  const body = (await response.json()) as ErrorBody;
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  expect(body.error.message.length).toBeGreaterThan(0);
  // Bad input never leaks internals.
  expect(JSON.stringify(body)).not.toMatch(/\bat .+:\d+:\d+|prisma|SQLITE|SELECT |INSERT /i);
  return body.error;
}

async function listRegistries(request: APIRequestContext, params: Record<string, string | number> = {}) {
  const response = await request.get(REGISTRIES, { params });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as Page<Registry>;
}

async function createRegistry(request: APIRequestContext, body: Record<string, unknown>) {
  return request.post(REGISTRIES, { data: body });
}

test.describe('health checks', () => {
  test('GET /api/health answers JSON without signing in', async ({ request }) => {
    const response = await request.get('/api/health');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  test('GET /api/ready reports the database migrated and ready', async ({ request }, testInfo) => {
    const response = await request.get('/api/ready');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/json/);
    // Each API project runs against its own server: api-sqlite on SQLite, api-postgresql on PostgreSQL.
    const database = testInfo.project.name.replace(/^api-/, '');
    expect(await response.json()).toMatchObject({ status: 'ready', ready: true, database, pendingMigrations: [] });
  });
});

test.describe('unsigned calls', () => {
  test('get 401 JSON, never a redirect to the login page', async ({ request }) => {
    const list = await request.get(REGISTRIES, { maxRedirects: 0 });
    expect(list.headers().location).toBeUndefined();
    await expectError(list, 401, 'unauthorized');

    const create = await request.post(REGISTRIES, {
      data: { name: uniqueName('unsigned'), displayName: 'Unsigned' },
      maxRedirects: 0,
    });
    await expectError(create, 401, 'unauthorized');
  });

  test('an unknown Bearer token is refused with 401', async ({ request }) => {
    const response = await request.get(REGISTRIES, {
      headers: { Authorization: 'Bearer not-a-real-token' },
      maxRedirects: 0,
    });
    await expectError(response, 401, 'unauthorized');
  });
});

test.describe('GET /api/v1/registries', () => {
  test('lists registries as { items, nextCursor, prevCursor, total } with the demo registry', async ({
    request,
    baseURL,
  }) => {
    await apiLogin(request, baseURL ?? '', ADMIN_USERNAME, ADMIN_PASSWORD);
    const page = await listRegistries(request);
    expect(Object.keys(page).sort()).toEqual(['items', 'nextCursor', 'prevCursor', 'total']);
    expect(page.total).toBeGreaterThanOrEqual(1);
    const demo = page.items.find((r) => r.name === 'demo');
    expect(demo).toMatchObject({ name: 'demo', displayName: 'Demo registry' });
    expect(new Date(demo?.createdAt ?? '').toISOString()).toBe(demo?.createdAt);
  });

  test('pages through a search with an opaque cursor, each registry once', async ({ request, baseURL }) => {
    await apiLogin(request, baseURL ?? '', ADMIN_USERNAME, ADMIN_PASSWORD);
    const prefix = uniqueName('paged');
    const names = [`${prefix}-a`, `${prefix}-b`, `${prefix}-c`];
    for (const name of names) {
      expect((await createRegistry(request, { name, displayName: name })).status()).toBe(201);
    }

    const first = await listRegistries(request, { q: prefix, pageSize: 2 });
    expect(first.total).toBe(3);
    expect(first.items.map((r) => r.name)).toEqual(names.slice(0, 2));
    expect(first.nextCursor).toEqual(expect.any(String));

    const second = await listRegistries(request, { q: prefix, pageSize: 2, cursor: first.nextCursor ?? '' });
    expect(second.items.map((r) => r.name)).toEqual(names.slice(2));
    expect(second.nextCursor).toBeNull();
    expect(second.total).toBe(3);
  });

  test('refuses a bad page size or cursor with 400', async ({ request, baseURL }) => {
    await apiLogin(request, baseURL ?? '', ADMIN_USERNAME, ADMIN_PASSWORD);
    await expectError(await request.get(REGISTRIES, { params: { pageSize: 1000 } }), 400, 'bad_request');
    await expectError(await request.get(REGISTRIES, { params: { cursor: 'not-a-cursor' } }), 400, 'bad_request');
  });
});

test.describe('POST /api/v1/registries', () => {
  test('a platform admin creates a registry, which is then listed', async ({ request, baseURL }) => {
    await apiLogin(request, baseURL ?? '', ADMIN_USERNAME, ADMIN_PASSWORD);
    const name = uniqueName('api-created');
    const response = await createRegistry(request, {
      name,
      displayName: `Created ${name}`,
      description: 'Made by the API tests.',
    });
    expect(response.status(), await response.text()).toBe(201);
    const created = (await response.json()) as Registry;
    expect(created).toMatchObject({ name, displayName: `Created ${name}`, description: 'Made by the API tests.' });
    expect(created.id).toEqual(expect.any(String));

    const found = await listRegistries(request, { q: name });
    expect(found.total).toBe(1);
    expect(found.items[0]).toEqual(created);
  });

  test('a duplicate name gets 409 and leaves the first registry unchanged', async ({ request, baseURL }) => {
    await apiLogin(request, baseURL ?? '', ADMIN_USERNAME, ADMIN_PASSWORD);
    const name = uniqueName('duplicate');
    expect((await createRegistry(request, { name, displayName: 'The first' })).status()).toBe(201);

    const error = await expectError(
      await createRegistry(request, { name, displayName: 'The second' }),
      409,
      'conflict',
    );
    expect(error.message).toContain(name);

    const found = await listRegistries(request, { q: name });
    expect(found.total).toBe(1);
    expect(found.items[0]?.displayName).toBe('The first');
  });

  for (const badName of [
    'Upper-Case',
    'under_score',
    '-leading-hyphen',
    'trailing-hyphen-',
    'has space',
    'a'.repeat(64),
  ]) {
    test(`a name that is not a lowercase slug ("${badName.slice(0, 20)}") gets 422 with field details`, async ({
      request,
      baseURL,
    }) => {
      await apiLogin(request, baseURL ?? '', ADMIN_USERNAME, ADMIN_PASSWORD);
      const error = await expectError(
        await createRegistry(request, { name: badName, displayName: 'Bad slug' }),
        422,
        'validation_failed',
      );
      expect(error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'body.name' })]));
      expect((await listRegistries(request, { q: badName })).total).toBe(0);
    });
  }

  test('missing and wrongly typed fields get 422 naming each field', async ({ request, baseURL }) => {
    await apiLogin(request, baseURL ?? '', ADMIN_USERNAME, ADMIN_PASSWORD);
    const error = await expectError(
      await createRegistry(request, { name: 42, displayName: '   ', description: ['x'] }),
      422,
      'validation_failed',
    );
    const paths = (error.details ?? []).map((d) => d.path).sort();
    expect(paths).toEqual(['body.description', 'body.displayName', 'body.name']);
  });

  test('a signed-in user who is not a platform admin gets 403 and nothing is created', async ({
    playwright,
    request,
    baseURL,
  }) => {
    const viewer = await playwright.request.newContext({ baseURL });
    try {
      await apiLogin(viewer, baseURL ?? '', VIEWER_USERNAME, DEMO_PASSWORD);
      const name = uniqueName('by-viewer');
      await expectError(await createRegistry(viewer, { name, displayName: 'Not allowed' }), 403, 'forbidden');
      // The viewer can still read the list.
      expect((await listRegistries(viewer)).items.some((r) => r.name === 'demo')).toBe(true);

      await apiLogin(request, baseURL ?? '', ADMIN_USERNAME, ADMIN_PASSWORD);
      expect((await listRegistries(request, { q: name })).total).toBe(0);
    } finally {
      await viewer.dispose();
    }
  });

  test('malformed JSON gets 400', async ({ request, baseURL }) => {
    await apiLogin(request, baseURL ?? '', ADMIN_USERNAME, ADMIN_PASSWORD);
    const response = await request.post(REGISTRIES, {
      // A Buffer is sent as is (a string would be JSON-encoded because of the content type).
      data: Buffer.from('{"name": "half-a-body", '),
      headers: { 'Content-Type': 'application/json' },
    });
    await expectError(response, 400, 'bad_request');
  });

  test('a body over 1 MB gets 413', async ({ request, baseURL }) => {
    await apiLogin(request, baseURL ?? '', ADMIN_USERNAME, ADMIN_PASSWORD);
    const name = uniqueName('too-large');
    const response = await request.post(REGISTRIES, {
      data: Buffer.from(JSON.stringify({ name, displayName: 'Too large', description: 'x'.repeat(1024 * 1024) })),
      headers: { 'Content-Type': 'application/json' },
    });
    await expectError(response, 413, 'payload_too_large');
    expect((await listRegistries(request, { q: name })).total).toBe(0);
  });

  test('a body that is not declared as JSON gets 415', async ({ request, baseURL }) => {
    await apiLogin(request, baseURL ?? '', ADMIN_USERNAME, ADMIN_PASSWORD);
    const name = uniqueName('not-json');
    const body = JSON.stringify({ name, displayName: 'Not JSON' });
    const asText = await request.post(REGISTRIES, { data: body, headers: { 'Content-Type': 'text/plain' } });
    await expectError(asText, 415, 'unsupported_media_type');
    const asForm = await request.post(REGISTRIES, { form: { name, displayName: 'Not JSON' } });
    await expectError(asForm, 415, 'unsupported_media_type');
    expect((await listRegistries(request, { q: name })).total).toBe(0);
  });
});
