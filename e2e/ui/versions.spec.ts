// The version page in Chromium: archiving and restoring a version, the read-only view of a
// version whose model is archived, its tabs as URL segments, the version switcher, and
// names that need encoding in links.
import type { APIRequestContext, Page } from '@playwright/test';
import { ADMIN_PASSWORD, ADMIN_USERNAME } from '../constants';
import { expect, signIn, test } from '../fixtures';
import { adminApi, createRegistry } from './helpers';

const seg = encodeURIComponent;

/** The URI of a version's files: URL-safe, whatever the version's name. */
const uriOf = (version: string) => `s3://bucket/${seg(version)}`;

/** A model with the given versions, registered in order (the last one is the latest). */
async function createModelWithVersions(
  api: APIRequestContext,
  registry: string,
  model: string,
  [first, ...rest]: [string, ...string[]],
) {
  const res = await api.post(`/api/v1/registries/${seg(registry)}/models`, {
    data: { name: model, version: { name: first, artifact: { uri: uriOf(first) } } },
  });
  expect(res.status(), await res.text()).toBe(201);
  for (const name of rest) {
    const v = await api.post(`/api/v1/registries/${seg(registry)}/models/${seg(model)}/versions`, {
      data: { name, artifact: { uri: uriOf(name) } },
    });
    expect(v.status(), await v.text()).toBe(201);
  }
}

const versionUrl = (registry: string, model: string, version: string, tab = 'details') =>
  `/registries/${seg(registry)}/models/${seg(model)}/versions/${seg(version)}/${tab}`;

/** Escapes a string for use inside a RegExp. */
const re = (s: string) => s.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&');

async function versionRows(page: Page): Promise<string[]> {
  const table = page.getByRole('grid', { name: 'Versions' }).or(page.getByRole('table', { name: 'Versions' }));
  await expect(table).toBeVisible();
  return table.locator('tbody tr td:first-child a').allTextContents();
}

test('archiving a version asks for its name, shows the banner in place, moves it to Archived; restore undoes it', async ({
  page,
  playwright,
  baseURL,
}) => {
  // A long flow (dialogs, several page loads): give it three times the default time.
  test.slow();
  const api = await adminApi(playwright, baseURL ?? '');
  const registry = await createRegistry(api);
  await createModelWithVersions(api, registry, 'archivable', ['v1', 'v2']);
  const url = versionUrl(registry, 'archivable', 'v1');
  await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, url);
  await expect(page.getByRole('button', { name: 'Edit description' })).toBeVisible();

  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Archive' })).toBeDisabled();
  await dialog.getByRole('textbox').fill('v');
  await expect(dialog.getByRole('button', { name: 'Archive' })).toBeDisabled();
  await dialog.getByRole('textbox').fill('v1');
  await dialog.getByRole('button', { name: 'Archive' }).click();
  await expect(dialog).toBeHidden();

  // Same URL, the banner, and no edit buttons; it stays so after a reload.
  await expect(page).toHaveURL(new RegExp(`${re(url)}$`));
  await expect(page.getByText('This version is archived')).toBeVisible();
  await expect(page.getByText('Version "v1" archived')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit description' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit labels' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit properties' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('This version is archived')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit description' })).toHaveCount(0);

  // The versions tab: gone from Live, listed under Archived.
  await page.goto(`/registries/${registry}/models/archivable/versions`);
  await expect.poll(() => versionRows(page)).toEqual(['v2']);
  await page.getByRole('button', { name: 'Archived', exact: true }).click();
  await expect(page).toHaveURL(/state=archived/);
  await expect.poll(() => versionRows(page)).toEqual(['v1']);

  // Restore from the banner brings it back everywhere.
  await page.getByRole('link', { name: 'v1', exact: true }).click();
  await expect(page.getByText('This version is archived')).toBeVisible();
  await page.getByRole('button', { name: 'Restore', exact: true }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText('This version is archived')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Edit description' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Archive', exact: true })).toBeVisible();

  await page.goto(`/registries/${registry}/models/archivable/versions`);
  await expect.poll(async () => (await versionRows(page)).sort()).toEqual(['v1', 'v2']);
  await api.dispose();
});

test('the versions of an archived model say so and cannot be edited', async ({ page, playwright, baseURL }) => {
  const api = await adminApi(playwright, baseURL ?? '');
  const registry = await createRegistry(api);
  await createModelWithVersions(api, registry, 'retired', ['v1']);
  const res = await api.patch(`/api/v1/registries/${registry}/models/retired`, { data: { state: 'ARCHIVED' } });
  expect(res.status(), await res.text()).toBe(200);

  await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, versionUrl(registry, 'retired', 'v1'));
  await expect(page.getByText('The model retired is archived')).toBeVisible();
  await expect(page.getByText('Its versions are read-only while the model is archived.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Restore the model' })).toHaveAttribute(
    'href',
    `/registries/${registry}/models/retired/overview`,
  );
  // Not the version's own banner, and no way to archive, restore or edit the version itself.
  await expect(page.getByText('This version is archived')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Archive', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Restore', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit description' })).toHaveCount(0);
  await expect(page.getByText('Archived with its model')).toBeVisible();

  // The deployments tab carries the same banner.
  await page.getByRole('tab', { name: 'Deployments' }).click();
  await expect(page).toHaveURL(/\/deployments$/);
  await expect(page.getByText('The model retired is archived')).toBeVisible();
  await api.dispose();
});

test('a deep link opens the Deployments tab, and the switcher changes version on the same tab', async ({
  page,
  playwright,
  baseURL,
}) => {
  const api = await adminApi(playwright, baseURL ?? '');
  const registry = await createRegistry(api);
  await createModelWithVersions(api, registry, 'switchable', ['v1', 'v2', 'v3']);
  await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, versionUrl(registry, 'switchable', 'v1', 'deployments'));

  await expect(page.getByRole('heading', { name: /^v1/, level: 1 })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Deployments' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'false');
  await expect(page.getByRole('heading', { name: 'No serving environment yet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit description' })).toHaveCount(0);

  // The switcher lists the versions newest first, the latest marked.
  const switcher = page.getByRole('combobox', { name: 'Switch version' });
  await expect(switcher).toHaveValue('v1');
  await switcher.click();
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options).toHaveCount(3);
  await expect(options.first()).toContainText('v3');
  await expect(options.first()).toContainText('Latest');
  await page.getByRole('option', { name: /^v2/ }).click();

  await expect(page).toHaveURL(new RegExp(`${re(versionUrl(registry, 'switchable', 'v2', 'deployments'))}$`));
  await expect(page.getByRole('heading', { name: /^v2/, level: 1 })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Deployments' })).toHaveAttribute('aria-selected', 'true');
  await expect(switcher).toHaveValue('v2');

  // Typing narrows the list; Enter on the single match opens it, still on the same tab.
  await page.getByRole('tab', { name: 'Details' }).click();
  await expect(page).toHaveURL(/\/v2\/details$/);
  await switcher.click();
  await switcher.fill('v3');
  await expect(options).toHaveCount(1);
  await switcher.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${re(versionUrl(registry, 'switchable', 'v3'))}$`));
  await expect(page.getByRole('heading', { name: /^v3/, level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit description' })).toBeVisible();
  await api.dispose();
});

test('model and version names with spaces, unicode and "/" round-trip through version links', async ({
  page,
  playwright,
  baseURL,
}) => {
  const api = await adminApi(playwright, baseURL ?? '');
  const registry = await createRegistry(api);
  const model = 'größe model / α';
  const first = 'rc 1/ü';
  const second = 'v 2 #final';
  await createModelWithVersions(api, registry, model, [first, second]);
  await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, `/registries/${registry}/models/${seg(model)}/versions`);

  // From the versions tab, the link is one encoded segment and opens the version.
  const link = page.getByRole('link', { name: first, exact: true });
  await expect(link).toHaveAttribute('href', versionUrl(registry, model, first));
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${re(versionUrl(registry, model, first))}$`));
  await expect(page.getByRole('heading', { name: first, level: 1 })).toBeVisible();
  await expect(page.getByText(`Version of ${model}`)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'URI' })).toHaveValue(uriOf(first));

  // The tabs keep the encoding.
  await page.getByRole('tab', { name: 'Deployments' }).click();
  await expect(page).toHaveURL(new RegExp(`${re(versionUrl(registry, model, first, 'deployments'))}$`));
  await expect(page.getByRole('heading', { name: first, level: 1 })).toBeVisible();

  // The switcher reaches the other odd name.
  await page.getByRole('combobox', { name: 'Switch version' }).click();
  await page.getByRole('option', { name: new RegExp(`^${re(second)}`) }).click();
  await expect(page).toHaveURL(new RegExp(`${re(versionUrl(registry, model, second, 'deployments'))}$`));
  await expect(page.getByRole('heading', { name: second, level: 1 })).toBeVisible();

  // The bare version URL redirects to its details, and a reload keeps everything.
  await page.goto(`/registries/${registry}/models/${seg(model)}/versions/${seg(second)}`);
  await expect(page).toHaveURL(new RegExp(`${re(versionUrl(registry, model, second))}$`));
  await page.reload();
  await expect(page.getByRole('heading', { name: second, level: 1 })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'URI' })).toHaveValue(uriOf(second));

  // The breadcrumb leads back to the model.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: model }).click();
  await expect(page).toHaveURL(new RegExp(`/models/${re(seg(model))}/overview$`));
  await expect(page.getByRole('heading', { name: model, level: 1 })).toBeVisible();
  await api.dispose();
});
