// Shared by the UI specs: an admin API context for making test data, unique names, and
// creators for a registry and a model of the test's own.
import type { APIRequestContext } from '@playwright/test';
import { ADMIN_PASSWORD, ADMIN_USERNAME, DATA_SCIENTIST_USERNAME, VIEWER_USERNAME } from '../constants';
import { apiLogin, expect } from '../fixtures';

type Playwright = { request: { newContext: (o: { baseURL?: string }) => Promise<APIRequestContext> } };

/** A request context signed in as the platform admin; dispose it at the end of the test. */
export async function adminApi(playwright: Playwright, baseURL: string): Promise<APIRequestContext> {
  const api = await playwright.request.newContext({ baseURL });
  await apiLogin(api, baseURL, ADMIN_USERNAME, ADMIN_PASSWORD);
  return api;
}

/** A name no other test uses: `prefix-<time><random>`. */
export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/**
 * A fresh registry (slug `<prefix>-…`, lower case) for this test alone; the demo `viewer`
 * and `data-scientist` get the viewer role on it.
 */
export async function createRegistry(api: APIRequestContext, prefix = 'e2e-ui'): Promise<string> {
  const name = unique(prefix).toLowerCase();
  const res = await api.post('/api/v1/registries', { data: { name, displayName: `UI ${name}`, description: '' } });
  expect(res.status()).toBe(201);
  for (const subject of [VIEWER_USERNAME, DATA_SCIENTIST_USERNAME]) {
    const granted = await api.post(`/api/v1/registries/${name}/grants`, {
      data: { subjectType: 'user', subject, role: 'viewer' },
    });
    expect(granted.status(), await granted.text()).toBe(201);
  }
  return name;
}

export async function createModel(api: APIRequestContext, registry: string, body: Record<string, unknown>) {
  const res = await api.post(`/api/v1/registries/${encodeURIComponent(registry)}/models`, { data: body });
  expect(res.status(), await res.text()).toBe(201);
}
