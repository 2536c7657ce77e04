// Every page of the app passes axe-core (WCAG 2.1 A/AA, no serious or critical
// violations) with real content on it. With UPDATE_SCREENSHOTS=1 the demo registry's main
// pages are also saved to docs/screenshots/ at 1280×800.
import path from 'node:path';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { ADMIN_PASSWORD, ADMIN_USERNAME, SQLITE_BASE_URL } from '../constants';
import { apiLogin, checkA11y, expect, signIn, test } from '../fixtures';

const seg = encodeURIComponent;
const UPDATE_SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1';
const SCREENSHOT_DIR = path.join(process.cwd(), 'docs', 'screenshots');

function unique(prefix: string) {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

const MODEL = 'credit-scorer';
const VERSION = 'v2';

/**
 * One registry for the whole file, with a model as full as the pages can show: labels,
 * typed properties, a model card, and two versions (object storage and a URI).
 */
let registry = '';
/** A group with a member and a grant, and a token, so the access pages have rows. */
let group = '';

test.beforeAll(async ({ playwright }) => {
  const api: APIRequestContext = await playwright.request.newContext({ baseURL: SQLITE_BASE_URL });
  await apiLogin(api, SQLITE_BASE_URL, ADMIN_USERNAME, ADMIN_PASSWORD);
  registry = unique('e2e-a11y').toLowerCase();
  const reg = await api.post('/api/v1/registries', {
    data: { name: registry, displayName: `A11y ${registry}`, description: 'Pages under test.' },
  });
  expect(reg.status(), await reg.text()).toBe(201);
  const model = await api.post(`/api/v1/registries/${registry}/models`, {
    data: {
      name: MODEL,
      description: 'Scores loan applications.',
      owner: 'risk-team',
      labels: ['tabular', 'production'],
      properties: { team: 'risk', auc: 0.94, retrain: { type: 'boolean', value: true } },
      modelCard: '# Credit scorer\n\n| metric | value |\n| --- | --- |\n| AUC | 0.94 |',
      version: {
        name: 'v1',
        description: 'Baseline.',
        artifact: { uri: 's3://models/credit/v1/', modelFormatName: 'onnx', modelFormatVersion: '1' },
      },
    },
  });
  expect(model.status(), await model.text()).toBe(201);
  const version = await api.post(`/api/v1/registries/${registry}/models/${MODEL}/versions`, {
    data: {
      name: VERSION,
      description: 'Retrained.',
      labels: ['candidate'],
      properties: { auc: 0.95 },
      artifact: {
        endpoint: 'https://s3.eu-west-1.amazonaws.com',
        bucket: 'models',
        region: 'eu-west-1',
        path: 'credit/v2/',
        modelFormatName: 'onnx',
        modelFormatVersion: '1',
        sourceKind: 'pipeline-run',
        sourceName: 'credit-train',
        sourceId: 'run-42',
      },
    },
  });
  expect(version.status(), await version.text()).toBe(201);
  group = unique('a11y-team');
  expect((await api.post('/api/v1/admin/groups', { data: { name: group, description: 'Reviewers.' } })).status()).toBe(
    201,
  );
  expect((await api.post(`/api/v1/admin/groups/${group}/members`, { data: { username: 'viewer' } })).status()).toBe(
    200,
  );
  for (const data of [
    { subjectType: 'group', subject: group, role: 'contributor' },
    { subjectType: 'user', subject: 'data-scientist', role: 'admin' },
    { subjectType: 'all', role: 'viewer' },
  ]) {
    const granted = await api.post(`/api/v1/registries/${registry}/grants`, { data });
    expect(granted.status(), await granted.text()).toBe(201);
  }
  const token = await api.post(`/api/v1/registries/${registry}/tokens`, { data: { name: 'ci', role: 'viewer' } });
  expect(token.status(), await token.text()).toBe(201);
  await api.dispose();
});

type PageCase = { name: string; url: () => string; ready: (page: Page) => Locator };

const h1 = (name: string | RegExp) => (page: Page) => page.getByRole('heading', { name, level: 1 });
const modelUrl = (tab: string) => `/registries/${registry}/models/${MODEL}/${tab}`;
const versionUrl = (tab: string) => `/registries/${registry}/models/${MODEL}/versions/${VERSION}/${tab}`;

const SIGNED_IN_PAGES: PageCase[] = [
  { name: 'registries', url: () => '/registries', ready: h1('Registries') },
  {
    name: 'models list',
    url: () => `/registries/${registry}/models`,
    ready: (page) => page.getByRole('link', { name: MODEL }),
  },
  {
    name: 'model overview',
    url: () => modelUrl('overview'),
    ready: (page) => page.getByRole('heading', { name: 'Credit scorer' }),
  },
  {
    name: 'model versions tab',
    url: () => modelUrl('versions'),
    ready: (page) => page.getByRole('link', { name: 'v1', exact: true }),
  },
  {
    name: 'model deployments tab',
    url: () => modelUrl('deployments'),
    // The registry has no serving environment: the tab says how to add one.
    ready: (page) => page.getByRole('link', { name: 'Add a serving environment' }),
  },
  {
    name: 'version details',
    url: () => versionUrl('details'),
    ready: (page) => page.getByRole('textbox', { name: 'Bucket', exact: true }),
  },
  {
    name: 'version deployments',
    url: () => versionUrl('deployments'),
    ready: (page) => page.getByRole('link', { name: 'Add a serving environment' }),
  },
  { name: 'register model', url: () => `/registries/${registry}/models/new`, ready: h1('Register model') },
  {
    name: 'register new version',
    url: () => `/registries/${registry}/models/${MODEL}/versions/new`,
    ready: h1(`Register new version of ${MODEL}`),
  },
  {
    name: 'register new version model picker',
    url: () => `/registries/${registry}/models/new?version=1`,
    ready: h1('Register new version'),
  },
  { name: 'API documentation', url: () => '/api-docs', ready: h1('API documentation') },
  { name: 'admin registries', url: () => `/admin/registries?q=${registry}`, ready: h1('Registry administration') },
  { name: 'admin users', url: () => '/admin/users', ready: (page) => page.getByText('Platform admin').first() },
  {
    name: 'admin groups',
    url: () => `/admin/groups?q=${group}`,
    ready: (page) => page.getByRole('link', { name: group }),
  },
  { name: 'admin group', url: () => `/admin/groups/${group}`, ready: (page) => page.getByText('viewer').first() },
  ...(['users', 'groups', 'tokens', 'access'] as const).map((tab) => ({
    name: `permissions ${tab} tab`,
    url: () => `/registries/${registry}/settings/permissions?tab=${tab}`,
    ready: (page: Page) =>
      page
        .getByRole('tabpanel', {
          name: { users: 'Users', groups: 'Groups', tokens: 'API tokens', access: 'Who has access' }[tab],
        })
        .getByText({ users: 'data-scientist', groups: group, tokens: 'ci', access: 'data-scientist' }[tab])
        .first(),
  })),
];

test.describe('signed in, every page is accessible', () => {
  for (const c of SIGNED_IN_PAGES) {
    test(c.name, async ({ page }) => {
      await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, c.url());
      await expect(c.ready(page)).toBeVisible();
      await checkA11y(page);
    });
  }
});

test('the login page is accessible when signed out', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: 'Log in to Model Registry' })).toBeVisible();
  await checkA11y(page);
});

test.describe('the not-found page', () => {
  // The not-found page is itself a 404 document, which the browser logs.
  test.use({ allowedConsoleErrors: /status of 404 \(Not Found\)/ });

  test('is accessible', async ({ page }) => {
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, `/registries/${registry}/models`);
    await page.goto(`/registries/${registry}/models/${seg('no such model')}/overview`);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await checkA11y(page);
  });
});

const DEMO_PAGES: (PageCase & { file: string })[] = [
  {
    name: 'models list',
    file: 'models.png',
    url: () => '/registries/demo/models',
    ready: (page) => page.getByRole('link', { name: 'fraud-detector' }),
  },
  {
    name: 'model overview',
    file: 'model-overview.png',
    url: () => '/registries/demo/models/fraud-detector/overview',
    ready: (page) => page.getByRole('heading', { name: 'Fraud detector' }),
  },
  {
    name: 'version details',
    file: 'version-details.png',
    url: () => '/registries/demo/models/fraud-detector/versions/v1.1/details',
    ready: (page) => page.getByRole('textbox', { name: 'Bucket', exact: true }),
  },
  {
    name: 'register model',
    file: 'register-model.png',
    url: () => '/registries/demo/models/new',
    ready: h1('Register model'),
  },
  {
    name: 'deployments',
    file: 'deployments.png',
    url: () => '/registries/demo/deployments',
    ready: (page) => page.getByRole('link', { name: 'yolo-v1-openvino' }),
  },
  {
    name: 'permissions',
    file: 'permissions.png',
    url: () => '/registries/demo/settings/permissions?tab=access',
    ready: (page) => page.getByText('Dana Scientist'),
  },
];

test.describe('the demo registry', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const c of DEMO_PAGES) {
    test(`${c.name} is accessible${UPDATE_SCREENSHOTS ? ` and saved as ${c.file}` : ''}`, async ({ page }) => {
      await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, c.url());
      await expect(c.ready(page)).toBeVisible();
      await checkA11y(page);
      if (!UPDATE_SCREENSHOTS) return;
      // Let fonts and late layout settle, and keep the mouse off any hover state.
      await page.evaluate(() => document.fonts.ready);
      await page.mouse.move(0, 0);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, c.file), animations: 'disabled', caret: 'hide' });
    });
  }
});
