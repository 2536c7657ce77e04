// Shared by the registry-core API specs: a `test` whose `api` is a request context signed
// in as the platform admin (through apiLogin, once per worker) and whose `registry` is a
// fresh registry of the test's own, so tests never share data and can run in parallel;
// URL builders, creators for test data, and the assertions every error response must pass.
import type { APIRequestContext, APIResponse } from '@playwright/test';
import type { TArtifact } from '../../lib/validation/artifact';
import type { TPage } from '../../lib/validation/common';
import type { TModel, TModelCreated, TModelSummary, TVersion } from '../../lib/validation/model';
import type { TRegistry } from '../../lib/validation/registry';
import { ADMIN_PASSWORD, ADMIN_USERNAME, DATA_SCIENTIST_USERNAME, DEMO_PASSWORD, VIEWER_USERNAME } from '../constants';
import { test as base, apiLogin, expect } from '../fixtures';

export { expect };
export type { TArtifact, TModel, TModelCreated, TModelSummary, TPage, TRegistry, TVersion };

export type ErrorBody = { error: { code: string; message: string; details?: unknown } };
export type Body = Record<string, unknown>;
/** Query parameters; an array value repeats the parameter (`label=a&label=b`). */
export type Params = Record<string, string | number | (string | number)[]>;

type StorageState = Awaited<ReturnType<APIRequestContext['storageState']>>;

type ApiFixtures = {
  /** A request context signed in as the platform admin (who may read and write everything). */
  api: APIRequestContext;
  /** A registry created for this test alone; the demo `viewer` and `data-scientist` have the viewer role on it. */
  registry: TRegistry;
  /** A request context signed in as the demo `viewer` (not a platform admin). */
  viewer: APIRequestContext;
  /** A request context signed in as the demo `data-scientist` (not a platform admin). */
  dataScientist: APIRequestContext;
  /** A request context that never signs in. */
  anonymous: APIRequestContext;
};

type WorkerFixtures = {
  /** Signs a user in once per worker (its server) and hands out the session cookies. */
  sessionOf: (username: string, password: string) => Promise<StorageState>;
};

export const test = base.extend<ApiFixtures, WorkerFixtures>({
  sessionOf: [
    async ({ playwright }, provide, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL ?? '';
      const sessions = new Map<string, Promise<StorageState>>();
      const signIn = async (username: string, password: string) => {
        const context = await playwright.request.newContext({ baseURL });
        try {
          await apiLogin(context, baseURL, username, password);
          return await context.storageState();
        } finally {
          await context.dispose();
        }
      };
      await provide((username, password) => {
        const session = sessions.get(username) ?? signIn(username, password);
        sessions.set(username, session);
        return session;
      });
    },
    { scope: 'worker' },
  ],
  api: async ({ playwright, baseURL, sessionOf }, provide) => {
    const context = await playwright.request.newContext({
      baseURL,
      storageState: await sessionOf(ADMIN_USERNAME, ADMIN_PASSWORD),
    });
    await provide(context);
    await context.dispose();
  },
  registry: async ({ api }, provide) => {
    const registry = await createRegistry(api);
    for (const user of [VIEWER_USERNAME, DATA_SCIENTIST_USERNAME])
      await grant(api, registry.name, 'user', user, 'viewer');
    await provide(registry);
  },
  viewer: async ({ playwright, baseURL, sessionOf }, provide) => {
    const context = await playwright.request.newContext({
      baseURL,
      storageState: await sessionOf(VIEWER_USERNAME, DEMO_PASSWORD),
    });
    await provide(context);
    await context.dispose();
  },
  dataScientist: async ({ playwright, baseURL, sessionOf }, provide) => {
    const context = await playwright.request.newContext({
      baseURL,
      storageState: await sessionOf(DATA_SCIENTIST_USERNAME, DEMO_PASSWORD),
    });
    await provide(context);
    await context.dispose();
  },
  anonymous: async ({ playwright, baseURL }, provide) => {
    const context = await playwright.request.newContext({ baseURL });
    await provide(context);
    await context.dispose();
  },
});

// ----- names and URLs -----

let counter = 0;

/** A name no other test (in any worker or run) uses: `prefix-<time>-<random>-<n>`. */
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${counter}`;
}

/**
 * A unique registry slug. It starts with "e2e-", which sorts after "demo", so the demo
 * registry stays on the first page of the registry list however many tests ran.
 */
export function uniqueSlug(prefix = 'reg'): string {
  return uniqueName(`e2e-${prefix}`).toLowerCase().slice(0, 63);
}

const seg = encodeURIComponent;

export const urls = {
  registries: () => '/api/v1/registries',
  registry: (r: string) => `/api/v1/registries/${seg(r)}`,
  models: (r: string) => `${urls.registry(r)}/models`,
  model: (r: string, m: string) => `${urls.models(r)}/${seg(m)}`,
  versions: (r: string, m: string) => `${urls.model(r, m)}/versions`,
  version: (r: string, m: string, v: string) => `${urls.versions(r, m)}/${seg(v)}`,
  artifacts: (r: string, m: string, v: string) => `${urls.version(r, m, v)}/artifacts`,
  artifact: (r: string, m: string, v: string, id: string) => `${urls.artifacts(r, m, v)}/${seg(id)}`,
  grants: (r: string) => `${urls.registry(r)}/grants`,
  grant: (r: string, id: string) => `${urls.grants(r)}/${seg(id)}`,
  tokens: (r: string) => `${urls.registry(r)}/tokens`,
  token: (r: string, id: string) => `${urls.tokens(r)}/${seg(id)}`,
  servingEnvironments: (r: string) => `${urls.registry(r)}/serving-environments`,
  servingEnvironment: (r: string, name: string) => `${urls.servingEnvironments(r)}/${seg(name)}`,
  deployments: (r: string) => `${urls.registry(r)}/deployments`,
  deployment: (r: string, id: string) => `${urls.deployments(r)}/${seg(id)}`,
  deploymentManifest: (r: string, id: string) => `${urls.deployment(r, id)}/manifest`,
};

/** Query parameters with repeatable keys, for `request.get(url, { params })`. */
export function searchParams(params: Params): URLSearchParams {
  const sp = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value]) sp.append(key, String(item));
  }
  return sp;
}

// ----- responses -----

/** Internals that must never reach a client: stack frames, SQL, database or ORM names. */
export const LEAK = /prisma|sqlite|postgres|SELECT |INSERT |UPDATE "|\bat .*\.js|\bat .+:\d+:\d+|node_modules/i;

/** Asserts the status (showing the body when it differs) and returns the parsed JSON body. */
export async function expectStatus<T = unknown>(response: APIResponse, status: number): Promise<T> {
  const text = await response.text();
  expect(response.status(), `${response.url()} answered: ${text.slice(0, 500)}`).toBe(status);
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * Asserts the status, the one error envelope `{ error: { code, message, details? } }`
 * as JSON, and that nothing internal leaks; returns the error.
 */
export async function expectError(response: APIResponse, status: number, code: string): Promise<ErrorBody['error']> {
  const text = await response.text();
  expect(response.status(), `${response.url()} answered: ${text.slice(0, 500)}`).toBe(status);
  expect(response.headers()['content-type'] ?? '').toMatch(/^application\/json/);
  const body = JSON.parse(text) as ErrorBody;
  expect(Object.keys(body)).toEqual(['error']);
  expect(Object.keys(body.error).every((k) => ['code', 'message', 'details'].includes(k))).toBe(true);
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(text).not.toMatch(LEAK);
  return body.error;
}

/** The `path`s of a 422's field details. */
export function detailPaths(error: ErrorBody['error']): string[] {
  const details = Array.isArray(error.details) ? (error.details as { path?: unknown }[]) : [];
  return details.map((d) => String(d.path));
}

export function etagOf(response: APIResponse): string {
  const etag = response.headers().etag;
  expect(etag, `${response.url()} sent no ETag`).toBeTruthy();
  return etag ?? '';
}

// ----- creating and reading test data -----

export async function createRegistry(api: APIRequestContext, body: Body = {}): Promise<TRegistry> {
  const name = uniqueSlug();
  const response = await api.post(urls.registries(), { data: { name, displayName: `Registry ${name}`, ...body } });
  return expectStatus<TRegistry>(response, 201);
}

export type Role = 'viewer' | 'contributor' | 'admin';
export type Grant = { id: string; subjectType: string; subject: string; role: Role };

/** Grants `role` on `registry` to a user, a group, or (subjectType "all") every signed-in user. */
export async function grant(
  api: APIRequestContext,
  registry: string,
  subjectType: 'user' | 'group' | 'all',
  subject: string,
  role: Role,
): Promise<Grant> {
  return expectStatus<Grant>(await api.post(urls.grants(registry), { data: { subjectType, subject, role } }), 201);
}

export type CreatedToken = { id: string; token: string; name: string; role: Role; prefix: string };

export async function createToken(
  api: APIRequestContext,
  registry: string,
  role: Role,
  body: Body = {},
): Promise<CreatedToken> {
  const data = { name: uniqueName('token'), role, ...body };
  return expectStatus<CreatedToken>(await api.post(urls.tokens(registry), { data }), 201);
}

export async function createModel(api: APIRequestContext, registry: string, body: Body): Promise<TModelCreated> {
  return expectStatus<TModelCreated>(await api.post(urls.models(registry), { data: body }), 201);
}

export async function createVersion(
  api: APIRequestContext,
  registry: string,
  model: string,
  body: Body,
): Promise<TVersion> {
  return expectStatus<TVersion>(await api.post(urls.versions(registry, model), { data: body }), 201);
}

export async function createArtifact(
  api: APIRequestContext,
  registry: string,
  model: string,
  version: string,
  body: Body,
): Promise<TArtifact> {
  return expectStatus<TArtifact>(await api.post(urls.artifacts(registry, model, version), { data: body }), 201);
}

export async function getModel(api: APIRequestContext, registry: string, model: string) {
  const response = await api.get(urls.model(registry, model));
  return { model: await expectStatus<TModel>(response, 200), etag: etagOf(response) };
}

export async function getVersion(api: APIRequestContext, registry: string, model: string, version: string) {
  const response = await api.get(urls.version(registry, model, version));
  return { version: await expectStatus<TVersion>(response, 200), etag: etagOf(response) };
}

export async function patchModel(
  api: APIRequestContext,
  registry: string,
  model: string,
  body: Body,
  ifMatch?: string,
): Promise<APIResponse> {
  return api.patch(urls.model(registry, model), { data: body, headers: ifMatch ? { 'If-Match': ifMatch } : {} });
}

export async function patchVersion(
  api: APIRequestContext,
  registry: string,
  model: string,
  version: string,
  body: Body,
  ifMatch?: string,
): Promise<APIResponse> {
  return api.patch(urls.version(registry, model, version), {
    data: body,
    headers: ifMatch ? { 'If-Match': ifMatch } : {},
  });
}

export async function listModels(
  api: APIRequestContext,
  registry: string,
  params: Params = {},
): Promise<TPage<TModelSummary>> {
  return expectStatus(await api.get(urls.models(registry), { params: searchParams(params) }), 200);
}

export async function listVersions(
  api: APIRequestContext,
  registry: string,
  model: string,
  params: Params = {},
): Promise<TPage<TVersion>> {
  return expectStatus(await api.get(urls.versions(registry, model), { params: searchParams(params) }), 200);
}

/** Names of a model list, in order. */
export async function modelNames(api: APIRequestContext, registry: string, params: Params = {}): Promise<string[]> {
  return (await listModels(api, registry, { pageSize: 100, ...params })).items.map((m) => m.name);
}

/** A model name is free when the model does not exist and no list shows it. */
export async function expectModelAbsent(api: APIRequestContext, registry: string, model: string): Promise<void> {
  await expectError(await api.get(urls.model(registry, model)), 404, 'not_found');
  expect(await modelNames(api, registry, { state: 'all' })).not.toContain(model);
}

/** Waits long enough that the next write gets a later millisecond timestamp. */
export function tick(ms = 15): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A valid artifact body: the files are at a URI. */
export const S3_ARTIFACT = {
  uri: 's3://models/fraud/v1/model.onnx',
  modelFormatName: 'onnx',
  modelFormatVersion: '1',
} as const;
