// A session that ends while a page is open (it expired, or the user signed out in another
// tab): the next save says so instead of failing silently, and what was typed is not lost.
import { ADMIN_PASSWORD, ADMIN_USERNAME } from '../constants';
import { checkA11y, expect, signIn, test } from '../fixtures';
import { adminApi, createModel, createRegistry } from './helpers';

// The refused save is logged by the browser as a failed request.
test.use({ allowedConsoleErrors: /status of 401 \(Unauthorized\)/ });

test('a save after the session ended asks to sign in again, and the typed text survives to be saved', async ({
  page,
  playwright,
  baseURL,
}) => {
  const api = await adminApi(playwright, baseURL ?? '');
  const registry = await createRegistry(api);
  await createModel(api, registry, { name: 'kept', description: 'before' });
  await api.dispose();
  const url = `/registries/${registry}/models/kept/overview`;
  await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, url);

  await page.getByRole('button', { name: 'Edit description' }).click();
  await page.getByRole('textbox', { name: 'Description' }).fill('typed while signed out');
  // The session ends behind the page's back.
  await page.context().clearCookies({ name: /next-auth/ });
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
  await expect(dialog).toBeVisible();
  await expect(page.getByText('Your session has ended. Sign in again to continue.', { exact: true })).toBeVisible();
  await expect(dialog.getByRole('link', { name: 'Sign in in a new tab' })).toHaveAttribute('target', '_blank');
  await checkA11y(page);

  // Sign in again in another tab of the same browser, come back, save again.
  const [other] = await Promise.all([
    page.context().waitForEvent('page'),
    dialog.getByRole('link', { name: 'Sign in in a new tab' }).click(),
  ]);
  await other.getByRole('textbox', { name: 'Username', exact: true }).fill(ADMIN_USERNAME);
  await other.getByRole('textbox', { name: 'Password', exact: true }).fill(ADMIN_PASSWORD);
  await other.getByRole('button', { name: 'Log in', exact: true }).click();
  await expect(other).not.toHaveURL(/\/login/);
  await other.close();

  await dialog.getByRole('button', { name: 'Back to the page' }).click();
  await expect(page.getByRole('textbox', { name: 'Description' })).toHaveValue('typed while signed out');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Description' })).toBeHidden();
  await page.reload();
  await expect(page.getByText('typed while signed out').first()).toBeVisible();
});

test('"Sign in here" returns to the same page after signing in', async ({ page, playwright, baseURL }) => {
  const api = await adminApi(playwright, baseURL ?? '');
  const registry = await createRegistry(api);
  await createModel(api, registry, { name: 'back-here', description: 'before' });
  await api.dispose();
  const url = `/registries/${registry}/models/back-here/overview`;
  await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, url);

  await page.getByRole('button', { name: 'Edit description' }).click();
  await page.getByRole('textbox', { name: 'Description' }).fill('not saved');
  await page.context().clearCookies({ name: /next-auth/ });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Your session has ended' })
    .getByRole('button', { name: 'Sign in here' })
    .click();
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByRole('textbox', { name: 'Username', exact: true }).fill(ADMIN_USERNAME);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Log in', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${url}$`));
  await expect(page.getByRole('heading', { name: 'back-here', level: 1 })).toBeVisible();
});
