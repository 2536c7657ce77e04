// The data scientists' browse and edit flows, in Chromium: the models list keeps its
// whole view in the URL, the model page's tabs are URL segments, and edits persist.
import type { Browser, Page } from '@playwright/test';
import { ADMIN_PASSWORD, ADMIN_USERNAME, DEMO_PASSWORD, VIEWER_USERNAME } from '../constants';
import { checkA11y, expect, signIn, test } from '../fixtures';
import { adminApi, createModel, createRegistry } from './helpers';

const seg = encodeURIComponent;

async function rowNames(page: Page): Promise<string[]> {
  const table = page.getByRole('grid', { name: 'Models' }).or(page.getByRole('table', { name: 'Models' }));
  await expect(table).toBeVisible();
  return table.locator('tbody tr td:first-child a').allTextContents();
}

async function openAs(browser: Browser, baseURL: string, username: string, password: string, url: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, username, password, url);
  return { context, page };
}

test('search, filters, sort and paging live in the URL and reproduce the same rows for another user', async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  // A long flow (several sign-ins and edits): give it three times the default time.
  test.slow();
  const api = await adminApi(playwright, baseURL ?? '');
  const registry = await createRegistry(api);
  for (let i = 1; i <= 7; i++) {
    await createModel(api, registry, {
      name: `vision-${String(i).padStart(2, '0')}`,
      description: i % 2 ? 'object detector' : 'image classifier',
      labels: i % 2 ? ['vision', 'edge'] : ['vision'],
      owner: i <= 4 ? 'team-a' : 'team-b',
    });
  }
  await createModel(api, registry, { name: 'tabular-model', description: 'gradient boosting', labels: ['tabular'] });

  await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, `/registries/${registry}/models`);
  await expect(page.getByRole('heading', { name: 'Models', level: 1 })).toBeVisible();
  expect(await rowNames(page)).toHaveLength(8);

  // Keyword, then a label filter chip, through the toolbar.
  await page.getByRole('textbox', { name: /Filter models by keyword/ }).fill('vision');
  await page.getByRole('textbox', { name: /Filter models by keyword/ }).press('Enter');
  await expect(page).toHaveURL(/q=vision/);
  await page.getByRole('button', { name: 'Filter by' }).click();
  await page.getByRole('option', { name: 'Label' }).click();
  await page.getByRole('textbox', { name: /Filter models by label/ }).fill('edge');
  await page.getByRole('textbox', { name: /Filter models by label/ }).press('Enter');
  await expect(page).toHaveURL(/label=edge/);
  await expect.poll(() => rowNames(page)).toEqual(['vision-07', 'vision-05', 'vision-03', 'vision-01']);

  // Sort by name ascending, two per page, second page.
  await page.getByRole('button', { name: 'Model', exact: true }).click();
  await expect(page).toHaveURL(/sort=name/);
  await expect.poll(() => rowNames(page)).toEqual(['vision-01', 'vision-03', 'vision-05', 'vision-07']);
  await page
    .getByRole('button', { name: /^\d+ - \d+ of \d+$/ })
    .first()
    .click();
  await page.getByRole('menuitem', { name: '10 per page' }).click();
  await expect(page).toHaveURL(/pageSize=10/);

  // A narrower page to exercise paging: owner filter via the URL itself.
  const url = `/registries/${registry}/models?q=vision&label=edge&sort=name&pageSize=10&owner=team-a`;
  await page.goto(url);
  await expect.poll(() => rowNames(page)).toEqual(['vision-01', 'vision-03']);
  await expect(page.getByText('team-a', { exact: true }).first()).toBeVisible();

  // Reload reproduces the view; so does back/forward.
  await page.reload();
  await expect.poll(() => rowNames(page)).toEqual(['vision-01', 'vision-03']);

  // Another user, in a new browser context, pasting the same link sees the same rows.
  const other = await openAs(browser, baseURL ?? '', VIEWER_USERNAME, DEMO_PASSWORD, url);
  await expect.poll(() => rowNames(other.page)).toEqual(['vision-01', 'vision-03']);
  await other.context.close();

  // Clear all filters brings every model back.
  await page.getByRole('button', { name: 'Clear all filters' }).first().click();
  await expect.poll(async () => (await rowNames(page)).length).toBe(8);
  await checkA11y(page);
  await api.dispose();
});

test('paging walks forward and back by cursor, and the page survives a reload', async ({
  page,
  playwright,
  baseURL,
}) => {
  const api = await adminApi(playwright, baseURL ?? '');
  const registry = await createRegistry(api);
  for (let i = 1; i <= 12; i++) await createModel(api, registry, { name: `m-${String(i).padStart(2, '0')}` });
  await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, `/registries/${registry}/models?sort=name&pageSize=10`);
  await expect.poll(async () => (await rowNames(page)).at(0)).toBe('m-01');
  await page.getByRole('button', { name: 'Go to next page' }).first().click();
  await expect(page).toHaveURL(/page=2/);
  await expect.poll(() => rowNames(page)).toEqual(['m-11', 'm-12']);
  await page.reload();
  await expect.poll(() => rowNames(page)).toEqual(['m-11', 'm-12']);
  await page.getByRole('button', { name: 'Go to previous page' }).first().click();
  await expect.poll(async () => (await rowNames(page)).at(0)).toBe('m-01');
  await page.goBack();
  await expect.poll(() => rowNames(page)).toEqual(['m-11', 'm-12']);
  await api.dispose();
});

test('editing description, labels, properties and model card persists across a reload', async ({
  page,
  playwright,
  baseURL,
}) => {
  // A long flow (several sign-ins and edits): give it three times the default time.
  test.slow();
  const api = await adminApi(playwright, baseURL ?? '');
  const registry = await createRegistry(api);
  await createModel(api, registry, { name: 'editable', description: 'before', labels: ['old'] });
  await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, `/registries/${registry}/models/editable/overview`);

  await page.getByRole('button', { name: 'Edit description' }).click();
  await page.getByRole('textbox', { name: 'Description' }).fill('after the edit');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('after the edit').first()).toBeVisible();

  await page.getByRole('button', { name: 'Edit labels' }).click();
  await page.getByRole('button', { name: 'Remove label old' }).click();
  await page.getByRole('textbox', { name: 'Add label' }).fill('fresh');
  await page.getByRole('textbox', { name: 'Add label' }).press('Enter');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeHidden();

  await page.getByRole('button', { name: 'Edit properties' }).click();
  await page.getByRole('button', { name: 'Add property' }).click();
  await page.getByRole('textbox', { name: 'Key of property 1' }).fill('accuracy');
  await page.getByRole('combobox', { name: 'Type of property 1' }).selectOption('number');
  await page.getByRole('textbox', { name: 'Value of property 1' }).fill('0.93');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeHidden();

  await page.getByRole('button', { name: 'Edit model card' }).click();
  await page
    .getByRole('textbox', { name: 'Model card (Markdown)' })
    .fill('# Card title\n\nSome **bold** text <script>alert(1)</script>');
  await page.getByRole('tab', { name: 'Preview' }).click();
  await expect(page.getByRole('heading', { name: 'Card title' })).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeHidden();

  await page.reload();
  await expect(page.getByText('after the edit').first()).toBeVisible();
  await expect(page.getByRole('list', { name: 'Model labels' }).getByText('fresh')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Model labels' }).getByText('old')).toHaveCount(0);
  const props = page
    .getByRole('grid', { name: 'Model properties' })
    .or(page.getByRole('table', { name: 'Model properties' }));
  await expect(props.getByRole('row', { name: /accuracy 0.93 number/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Card title' })).toBeVisible();
  await expect(page.locator('strong', { hasText: 'bold' })).toBeVisible();
  // Raw HTML in the card is never interpreted.
  await expect(page.locator('.mr-markdown script')).toHaveCount(0);
  await checkA11y(page);
  await api.dispose();
});

test('archiving asks for the name, shows the archived banner on the same URL, and restore brings it back', async ({
  page,
  playwright,
  baseURL,
}) => {
  // A long flow (several sign-ins and edits): give it three times the default time.
  test.slow();
  const api = await adminApi(playwright, baseURL ?? '');
  const registry = await createRegistry(api);
  await createModel(api, registry, { name: 'to-archive', version: { name: 'v1', artifact: { uri: 's3://b/p' } } });
  await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, `/registries/${registry}/models/to-archive/overview`);
  await page.getByRole('button', { name: 'Archive' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Archive' })).toBeDisabled();
  await dialog.getByRole('textbox').fill('to-archive');
  await dialog.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText('This model is archived')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit description' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('This model is archived')).toBeVisible();

  // Gone from the default list, present under Archived.
  await page.goto(`/registries/${registry}/models`);
  await expect(page.getByText('No models yet')).toBeVisible();
  await page.getByRole('button', { name: 'Archived' }).click();
  await expect.poll(() => rowNames(page)).toEqual(['to-archive']);

  await page.goto(`/registries/${registry}/models/to-archive/overview`);
  await page.getByRole('button', { name: 'Restore' }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText('This model is archived')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Edit description' })).toBeVisible();
  await api.dispose();
});

test('deep links open tabs directly, and odd names survive the round trip', async ({ page, playwright, baseURL }) => {
  const api = await adminApi(playwright, baseURL ?? '');
  const registry = await createRegistry(api);
  const name = 'fraud / détecteur #1 %';
  await createModel(api, registry, { name, version: { name: 'v 1/ü', artifact: { uri: 's3://b/p' } } });
  await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, `/registries/${registry}/models/${seg(name)}/versions`);
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(
    page.getByRole('tab', { name: 'Versions', selected: true }).or(page.getByRole('tab', { name: 'Versions' })),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'v 1/ü' })).toHaveAttribute(
    'href',
    `/registries/${registry}/models/${seg(name)}/versions/${seg('v 1/ü')}/details`,
  );
  await checkA11y(page);

  // From the list, the link to the model is encoded and opens it.
  await page.goto(`/registries/${registry}/models`);
  await page.getByRole('link', { name }).click();
  await expect(page).toHaveURL(new RegExp(`/models/${seg(name).replace(/[.*+?^${}()|[\]\\%]/g, '\\$&')}/overview$`));
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();

  await page.getByRole('tab', { name: 'Deployments' }).click();
  await expect(page).toHaveURL(/\/deployments$/);
  await expect(page.getByRole('heading', { name: 'No serving environment yet' })).toBeVisible();

  await api.dispose();
});

test.describe('a model that does not exist', () => {
  // The not-found page is itself a 404 document, which the browser logs.
  test.use({ allowedConsoleErrors: /status of 404 \(Not Found\)/ });
  test('is a clear not-found page with a way back', async ({ page, playwright, baseURL }) => {
    const api = await adminApi(playwright, baseURL ?? '');
    const registry = await createRegistry(api);
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, `/registries/${registry}/models`);
    await page.goto(`/registries/${registry}/models/${seg('no such model')}/overview`);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Go to registries' }).or(page.getByRole('link', { name: 'Go to registries' })),
    ).toBeVisible();
    await api.dispose();
  });
});

test('a viewer sees the register action disabled with the reason', async ({ page, playwright, baseURL }) => {
  const api = await adminApi(playwright, baseURL ?? '');
  const registry = await createRegistry(api);
  await signIn(page, VIEWER_USERNAME, DEMO_PASSWORD, `/registries/${registry}/models`);
  await expect(page.getByText('No models yet')).toBeVisible();
  await expect(page.getByText(/Contributors of this registry can register one/)).toBeVisible();
  await api.dispose();
});
