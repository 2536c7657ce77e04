// Access administration in the browser: a platform admin creates a registry, a user
// and a group, grants the group a role, and the member's access follows every change
// on their next request. Then: API tokens, the last-admin guard, deleting a registry
// by typing its name, and what non-admins cannot open.
import type { Browser, Page } from '@playwright/test';
import { ADMIN_PASSWORD, ADMIN_USERNAME, DATA_SCIENTIST_USERNAME, DEMO_PASSWORD, VIEWER_USERNAME } from '../constants';
import { expect, signIn, test } from '../fixtures';
import { adminApi, createModel, createRegistry, unique } from './helpers';

/** PatternFly renders tables with the grid role. */
const table = (page: Page, name: string) => page.getByRole('grid', { name }).or(page.getByRole('table', { name }));

const permissions = (registry: string, tab: string) => `/registries/${registry}/settings/permissions?tab=${tab}`;

/** A page of its own (own cookies) for a second person. */
async function secondPerson(browser: Browser, username: string, password: string, callbackUrl: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, username, password, callbackUrl);
  return { page, close: () => context.close() };
}

async function submitModal(page: Page, title: string, button: string) {
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await expect(dialog).toBeHidden();
}

test('a group grant gives its members access; raising and revoking it takes effect on their next request', async ({
  page,
  browser,
}) => {
  test.slow();
  const registry = unique('e2e-walk').toLowerCase();
  const member = unique('member');
  const password = 'member-password-1';
  const group = unique('readers');
  await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, '/admin/registries');

  // The platform admin creates the registry…
  await page.getByRole('button', { name: 'Create registry' }).click();
  await page.getByRole('textbox', { name: /^Name/ }).fill(registry);
  await page.getByRole('textbox', { name: /^Display name/ }).fill(`Walkthrough ${registry}`);
  await submitModal(page, 'Create registry', 'Create');
  await page.getByRole('textbox', { name: /Search registries/ }).fill(registry);
  await page.getByRole('textbox', { name: /Search registries/ }).press('Enter');
  await expect(page.getByRole('link', { name: `Walkthrough ${registry}` })).toBeVisible();

  // …the member's account…
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await page.getByRole('button', { name: 'Create user' }).click();
  await page.getByRole('textbox', { name: /^Username/ }).fill(member);
  await page.getByRole('textbox', { name: /^Password/ }).fill(password);
  await submitModal(page, 'Create user', 'Create');
  await expect(page.getByText(`User "${member}" created`)).toBeVisible();

  // …and a group with the member in it.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Groups' }).click();
  await page.getByRole('button', { name: 'Create group' }).click();
  await page.getByRole('textbox', { name: /^Name/ }).fill(group);
  await submitModal(page, 'Create group', 'Create');
  await expect(page.getByRole('heading', { name: group, level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: 'Add member' }).fill(member);
  await page.getByRole('option', { name: member }).click();
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(table(page, `Members of ${group}`).getByText(member)).toBeVisible();

  // The group gets viewer on the permissions page; a registry admin is named too.
  await page.goto(permissions(registry, 'users'));
  await page.getByRole('combobox', { name: 'Username' }).fill(DATA_SCIENTIST_USERNAME);
  await page.getByLabel('Role', { exact: true }).selectOption('admin');
  await page.getByRole('button', { name: 'Grant', exact: true }).click();
  await expect(table(page, 'User grants').getByText(DATA_SCIENTIST_USERNAME)).toBeVisible();
  await page.getByRole('tab', { name: 'Groups' }).click();
  await expect(page).toHaveURL(/tab=groups/);
  await page.getByRole('combobox', { name: 'Group' }).fill(group);
  await page.getByRole('button', { name: 'Grant', exact: true }).click();
  const groupRole = page.getByRole('combobox', { name: `Role of ${group}` });
  await expect(groupRole).toHaveValue('viewer');

  // The member sees the registry read-only.
  const other = await secondPerson(browser, member, password, `/registries/${registry}/models`);
  await expect(other.page.getByRole('heading', { name: 'Models', level: 1 })).toBeVisible();
  const register = other.page.getByRole('button', { name: 'Register model' });
  await expect(register).toBeVisible();
  await expect(register).toHaveAttribute('aria-disabled', 'true');
  await expect(other.page.getByRole('link', { name: 'Registry settings' })).toHaveCount(0);

  // Raised to contributor, the member registers a model after a reload.
  await groupRole.selectOption('contributor');
  await expect(page.getByText(`group ${group} is now contributor`)).toBeVisible();
  await other.page.reload();
  await expect(register).toBeEnabled();
  await register.click();
  await expect(other.page.getByRole('heading', { name: 'Register model', level: 1 })).toBeVisible();
  await other.page.getByRole('textbox', { name: /^Model name/ }).fill('member-model');
  await other.page.getByRole('textbox', { name: /^Version name/ }).fill('v1');
  await other.page.getByRole('button', { name: 'URI' }).click();
  await other.page.getByRole('textbox', { name: /^URI/ }).fill('s3://bucket/member-model/v1/');
  await other.page.getByRole('button', { name: 'Register model' }).click();
  await expect(other.page.getByText('Model "member-model" registered')).toBeVisible();

  // Revoked, the member's very next request shows the no-access page naming the admins.
  await page.getByRole('button', { name: `Remove ${group}` }).click();
  await submitModal(page, `Remove the access of group ${group}?`, 'Remove');
  await expect(page.getByText(`Access of group ${group} removed`)).toBeVisible();
  await other.page.reload();
  await expect(other.page).toHaveURL(new RegExp(`/registries/${registry}/no-access$`));
  await expect(other.page.getByRole('heading', { name: 'You do not have access to this registry' })).toBeVisible();
  await expect(other.page.getByRole('list', { name: 'Registry admins' })).toContainText(DATA_SCIENTIST_USERNAME);
  await other.close();
});

test('a new API token is shown once, works as a Bearer token, and stops working when revoked', async ({
  page,
  playwright,
  baseURL,
}) => {
  const api = await adminApi(playwright, baseURL ?? '');
  const registry = await createRegistry(api, 'e2e-token');
  await api.dispose();
  const name = unique('pipeline');
  await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, permissions(registry, 'tokens'));
  await page.getByRole('button', { name: 'Create token' }).click();
  await page.getByRole('textbox', { name: /^Name/ }).fill(name);
  await page.getByLabel('Role').selectOption('contributor');
  await page.getByRole('dialog', { name: 'Create API token' }).getByRole('button', { name: 'Create' }).click();

  const secretDialog = page.getByRole('dialog', { name: `Token "${name}" created` });
  await expect(secretDialog.getByText('Copy the token now: it is not shown again')).toBeVisible();
  const secret = await secretDialog.getByRole('textbox', { name: 'API token' }).inputValue();
  expect(secret).toMatch(/^mrt_/);
  await secretDialog.getByRole('button', { name: 'I have copied it' }).click();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Contributor');
  await expect(row).toContainText('Active');
  await expect(page.getByText(secret)).toHaveCount(0);
  await page.reload();
  expect(await page.content()).not.toContain(secret);

  const bearer = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Authorization: `Bearer ${secret}` },
  });
  expect((await bearer.get(`/api/v1/registries/${registry}/models`)).status()).toBe(200);
  await page.getByRole('button', { name: `Revoke ${name}` }).click();
  await submitModal(page, `Revoke token ${name}?`, 'Revoke');
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Revoked');
  expect((await bearer.get(`/api/v1/registries/${registry}/models`)).status()).toBe(401);
  await bearer.dispose();
});

test('a registry admin who is not a platform admin picks the user to grant from suggestions', async ({
  page,
  playwright,
  baseURL,
}) => {
  const api = await adminApi(playwright, baseURL ?? '');
  // A registry of its own where only data-scientist has a grant (admin).
  const registry = unique('e2e-suggest').toLowerCase();
  const made = await api.post('/api/v1/registries', { data: { name: registry, displayName: registry } });
  expect(made.status(), await made.text()).toBe(201);
  const granted = await api.post(`/api/v1/registries/${registry}/grants`, {
    data: { subjectType: 'user', subject: DATA_SCIENTIST_USERNAME, role: 'admin' },
  });
  expect(granted.status(), await granted.text()).toBe(201);
  await api.dispose();

  await signIn(page, DATA_SCIENTIST_USERNAME, DEMO_PASSWORD, permissions(registry, 'users'));
  await page.getByRole('combobox', { name: 'Username' }).fill('Vic');
  await page.getByRole('option', { name: new RegExp(`^${VIEWER_USERNAME}`) }).click();
  await expect(page.getByRole('combobox', { name: 'Username' })).toHaveValue(VIEWER_USERNAME);
  await page.getByLabel('Role', { exact: true }).selectOption('contributor');
  await page.getByRole('button', { name: 'Grant', exact: true }).click();
  await expect(page.getByRole('combobox', { name: `Role of ${VIEWER_USERNAME}` })).toHaveValue('contributor');
});

test.describe('the last admin grant', () => {
  // The refused change is a 409 answer, which the browser logs.
  test.use({ allowedConsoleErrors: /status of 409 \(Conflict\)/ });

  test('a registry admin cannot lower or remove it and is told why', async ({ page, playwright, baseURL }) => {
    const api = await adminApi(playwright, baseURL ?? '');
    const registry = await createRegistry(api, 'e2e-last');
    const grants = (await (await api.get(`/api/v1/registries/${registry}/grants`)).json()) as {
      items: { id: string; subject: string }[];
    };
    const own = grants.items.find((g) => g.subject === DATA_SCIENTIST_USERNAME);
    expect(
      (await api.patch(`/api/v1/registries/${registry}/grants/${own?.id}`, { data: { role: 'admin' } })).status(),
    ).toBe(200);
    await api.dispose();

    await signIn(page, DATA_SCIENTIST_USERNAME, DEMO_PASSWORD, permissions(registry, 'users'));
    await expect(page.getByRole('link', { name: 'Registry settings' })).toBeVisible();
    await page.getByRole('combobox', { name: `Role of ${DATA_SCIENTIST_USERNAME}` }).selectOption('viewer');
    await expect(page.getByText('This is the last admin grant of the registry').first()).toBeVisible();
    await expect(page.getByRole('combobox', { name: `Role of ${DATA_SCIENTIST_USERNAME}` })).toHaveValue('admin');

    await page.getByRole('button', { name: `Remove ${DATA_SCIENTIST_USERNAME}` }).click();
    const dialog = page.getByRole('dialog', { name: /Remove the access of user/ });
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(dialog.getByText('This is the last admin grant of the registry')).toBeVisible();
  });
});

test('deleting a registry that holds models takes its typed name and "delete everything"', async ({
  page,
  playwright,
  baseURL,
}) => {
  const api = await adminApi(playwright, baseURL ?? '');
  const registry = await createRegistry(api, 'e2e-delete');
  await createModel(api, registry, { name: 'doomed' });
  await api.dispose();
  await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, `/admin/registries?q=${registry}`);
  const row = page.getByRole('row', { name: new RegExp(registry) });
  await expect(row).toContainText('1');
  await row.getByRole('button', { name: 'Kebab toggle' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: `Delete ${registry}?` });
  await expect(dialog.getByText('It still holds 1 model')).toBeVisible();
  const confirm = dialog.getByRole('button', { name: 'Delete registry' });
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('textbox', { name: /Type/ }).fill(registry);
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('checkbox', { name: /Delete everything in it/ }).check();
  await confirm.click();
  await expect(page.getByText(`Registry "UI ${registry}" deleted`)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(registry) })).toHaveCount(0);
});

test.describe('without the admin roles', () => {
  // The administration pages answer 404 to anyone else, which the browser logs.
  test.use({ allowedConsoleErrors: /status of 404 \(Not Found\)/ });

  test("a non-admin cannot open the administration pages or a registry's permissions", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const api = await adminApi(playwright, baseURL ?? '');
    const registry = await createRegistry(api, 'e2e-noadmin');
    await api.dispose();
    await signIn(page, VIEWER_USERNAME, DEMO_PASSWORD, `/registries/${registry}/models`);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByText('Administration')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Registry settings' })).toHaveCount(0);
    for (const path of ['/admin/registries', '/admin/users', '/admin/groups', '/admin/groups/anything']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    }
    await page.goto(permissions(registry, 'tokens'));
    await expect(page.getByRole('heading', { name: 'You need the registry admin role' })).toBeVisible();
    await expect(page.getByRole('grid')).toHaveCount(0);
  });
});

test.describe('editing a registry', () => {
  // The refused save is a 412 answer, which the browser logs.
  test.use({ allowedConsoleErrors: /status of 412 \(Precondition Failed\)/ });

  test("a save over someone else's change is refused and the form reloads their version", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const api = await adminApi(playwright, baseURL ?? '');
    const registry = await createRegistry(api, 'e2e-edit');
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, `/admin/registries?q=${registry}`);
    await page
      .getByRole('row', { name: new RegExp(registry) })
      .getByRole('button', { name: 'Kebab toggle' })
      .click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog', { name: `Edit ${registry}` });
    const displayName = dialog.getByRole('textbox', { name: /^Display name/ });
    await expect(displayName).toHaveValue(`UI ${registry}`);

    // Meanwhile, someone else renames it.
    const patched = await api.patch(`/api/v1/registries/${registry}`, { data: { displayName: 'Their name' } });
    expect(patched.status()).toBe(200);
    await api.dispose();

    await displayName.fill('My name');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByText('This registry was changed by someone else')).toBeVisible();
    await expect(displayName).toHaveValue('Their name');
    await displayName.fill('My name');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Registry "My name" saved')).toBeVisible();
    await expect(page.getByRole('link', { name: 'My name' })).toBeVisible();
  });
});
