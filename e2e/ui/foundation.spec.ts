// The app foundation in the browser: sign-in and the deep-link round trip, the shell,
// the theme switch, sign-out, the not-found page and creating a registry.
import type { Page } from '@playwright/test';
import { ADMIN_PASSWORD, ADMIN_USERNAME, DEMO_PASSWORD, VIEWER_USERNAME } from '../constants';
import { checkA11y, expect, signIn, test } from '../fixtures';
import { adminApi, unique } from './helpers';

const DEMO_REGISTRY = { name: 'demo', displayName: 'Demo registry' };
const WRONG_CREDENTIALS = 'The username or password is not correct.';

/** A registry name no other test (or earlier run on the same database) uses. */
function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
}

async function fillLoginForm(page: Page, username: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Username', exact: true }).fill(username);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log in', exact: true }).click();
}

async function openUserMenu(page: Page, displayName: string) {
  await page.getByRole('button', { name: `User menu for ${displayName}` }).click();
  return page.getByRole('menu');
}

test.describe('signing in', () => {
  test('a deep link sends an unsigned visitor to the login page and back to the exact URL', async ({
    page,
    baseURL,
  }) => {
    const deepLink = `/registries/${DEMO_REGISTRY.name}?x=1`;
    await page.goto(deepLink);

    const login = new URL(page.url());
    expect(login.pathname).toBe('/login');
    expect(login.searchParams.get('callbackUrl')).toBe(deepLink);
    await expect(page.getByRole('heading', { name: 'Log in to Model Registry' })).toBeVisible();
    await checkA11y(page);

    await fillLoginForm(page, ADMIN_USERNAME, ADMIN_PASSWORD);
    await expect(page).toHaveURL(`${baseURL}${deepLink}`);
    await expect(page.getByRole('heading', { level: 1, name: DEMO_REGISTRY.displayName })).toBeVisible();
  });

  test.describe('with a wrong password', () => {
    // The browser logs the sign-in endpoint's 401 answer; that is the expected outcome here.
    test.use({ allowedConsoleErrors: /status of 401/ });

    test('stays on the login page and says why', async ({ page }) => {
      await page.goto('/login');
      await fillLoginForm(page, ADMIN_USERNAME, `${ADMIN_PASSWORD}-wrong`);

      await expect(page.getByText(WRONG_CREDENTIALS)).toBeVisible();
      expect(new URL(page.url()).pathname).toBe('/login');
      await page.goto('/registries');
      await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fregistries$/);
    });

    test('after too many failures it says how long to wait', async ({ page, playwright, baseURL }) => {
      const api = await adminApi(playwright, baseURL ?? '');
      const username = unique('locked');
      const password = 'a-long-e2e-password';
      expect((await api.post('/api/v1/admin/users', { data: { username, password } })).status()).toBe(201);
      await api.dispose();
      await page.goto('/login');
      const answered = () => page.waitForResponse((r) => r.url().includes('/api/auth/callback/credentials'));
      for (let i = 0; i < 10; i += 1) {
        await Promise.all([answered(), fillLoginForm(page, username, 'not-the-password')]);
        await expect(page.getByText(WRONG_CREDENTIALS)).toBeVisible();
      }
      await fillLoginForm(page, username, password);
      await expect(page.getByText('Too many failed sign-ins; try again in 15 minutes.')).toBeVisible();
      expect(new URL(page.url()).pathname).toBe('/login');
    });
  });
});

test.describe('the application shell', () => {
  test('shows the masthead, user menu, navigation, skip link and registry selector', async ({ page }) => {
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, '/registries');

    const masthead = page.getByRole('banner');
    await expect(masthead.getByText('Model Registry', { exact: true })).toBeVisible();
    await expect(masthead.getByRole('button', { name: 'User menu for Platform admin' })).toHaveText('Platform admin');

    const nav = page.getByRole('navigation', { name: 'Main' });
    // A platform admin also sees the Administration group, which has a "Registries" of its own.
    await expect(nav.getByRole('link', { name: 'Registries' }).first()).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link', { name: 'Users' })).toHaveAttribute('href', '/admin/users');

    // The first Tab reaches the skip link, and following it moves focus to the main content.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();

    const menu = await openUserMenu(page, 'Platform admin');
    await expect(menu.getByText(`Signed in as ${ADMIN_USERNAME}`)).toBeVisible();
    await expect(menu.getByText('Platform administrator')).toBeVisible();
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Registry selector' }).click();
    const option = page.getByRole('option', { name: DEMO_REGISTRY.displayName });
    await expect(option).toBeVisible();
    await option.click();
    await expect(page).toHaveURL(new RegExp(`/registries/${DEMO_REGISTRY.name}(/|$)`));
    await expect(page.getByRole('button', { name: 'Registry selector' })).toHaveText(DEMO_REGISTRY.displayName);
  });

  test('the dark theme applies at once and survives a reload', async ({ page }) => {
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, '/registries');
    const html = page.locator('html');
    await expect(html).not.toHaveClass(/pf-v6-theme-dark/);

    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(html).toHaveClass(/pf-v6-theme-dark/);
    await page.reload();
    await expect(html).toHaveClass(/pf-v6-theme-dark/);
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('button', { name: 'Light theme' }).click();
    await expect(html).not.toHaveClass(/pf-v6-theme-dark/);
    await page.reload();
    await expect(html).not.toHaveClass(/pf-v6-theme-dark/);
  });

  test('signing out returns to the login page and protected pages ask to sign in again', async ({ page }) => {
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, '/registries');

    const menu = await openUserMenu(page, 'Platform admin');
    await menu.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole('heading', { name: 'Log in to Model Registry' })).toBeVisible();

    await page.goto(`/registries/${DEMO_REGISTRY.name}`);
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fregistries%2Fdemo$/);
  });
});

test.describe('the not-found page', () => {
  // The browser logs the 404 status of the page itself; that is the expected answer here.
  test.use({ allowedConsoleErrors: /status of 404/ });

  test('an unknown URL shows the not-found page with a way back', async ({ page }) => {
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, '/registries');

    const response = await page.goto(`/${uniqueName('no-such-page')}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();

    const registry = await page.goto(`/registries/${uniqueName('no-such-registry')}`);
    expect(registry?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();

    await page.getByRole('link', { name: 'Go to registries' }).click();
    await expect(page).toHaveURL(/\/registries$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Registries' })).toBeVisible();
  });
});

test.describe('registries', () => {
  test('a platform admin creates a registry and sees it listed', async ({ page }) => {
    const name = uniqueName('ui-created');
    const displayName = `Created ${name}`;
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, '/registries');
    const table = page.getByRole('grid', { name: 'Registries' });
    await expect(table.getByRole('link', { name: DEMO_REGISTRY.displayName })).toBeVisible();
    await checkA11y(page);

    await page.getByRole('button', { name: 'Create registry' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create registry' });
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await dialog.getByRole('textbox', { name: 'Display name' }).fill(displayName);
    await dialog.getByRole('textbox', { name: 'Description' }).fill('Made by the end-to-end tests.');
    await checkA11y(page);
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();

    await expect(page.getByText(`Registry "${displayName}" created`)).toBeVisible();
    await expect(dialog).toBeHidden();
    const link = table.getByRole('link', { name: displayName });
    await expect(link).toBeVisible();
    await expect(table.getByRole('row', { name: new RegExp(displayName) })).toContainText(
      'Made by the end-to-end tests.',
    );

    // It survives a reload (it was stored, not only added to the page) and opens.
    await page.reload();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/registries/${name}$`));
    await expect(page.getByRole('heading', { level: 1, name: displayName })).toBeVisible();
    await checkA11y(page);
  });

  test('a name that is not a slug is refused inline, and nothing is created', async ({ page }) => {
    const displayName = `Refused ${uniqueName('ui')}`;
    await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, '/registries');
    await page.getByRole('button', { name: 'Create registry' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create registry' });
    const nameInput = dialog.getByRole('textbox', { name: 'Name', exact: true });
    await nameInput.fill('Not A Slug!');
    await dialog.getByRole('textbox', { name: 'Display name' }).fill(displayName);
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();

    await expect(
      dialog.getByText('Use lowercase letters, digits and hyphens, starting and ending with a letter or digit.'),
    ).toBeVisible();
    await expect(nameInput).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog).toBeVisible();

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('grid', { name: 'Registries' }).getByText(displayName)).toHaveCount(0);
  });

  test.describe('with a name that is taken', () => {
    // The browser logs the API's 409 answer; the modal shows it as a field error.
    test.use({ allowedConsoleErrors: /status of 409/ });

    test('the server refusal shows on the name field', async ({ page }) => {
      await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, '/registries');
      await page.getByRole('button', { name: 'Create registry' }).click();
      const dialog = page.getByRole('dialog', { name: 'Create registry' });
      await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(DEMO_REGISTRY.name);
      await dialog.getByRole('textbox', { name: 'Display name' }).fill('A second demo');
      await dialog.getByRole('button', { name: 'Create', exact: true }).click();

      await expect(dialog.getByText(`A registry named "${DEMO_REGISTRY.name}" already exists.`)).toBeVisible();
      await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toHaveAttribute('aria-invalid', 'true');
    });
  });

  test('a viewer sees the registries but cannot create one', async ({ page }) => {
    await signIn(page, VIEWER_USERNAME, DEMO_PASSWORD, '/registries');
    await expect(page.getByRole('button', { name: 'User menu for Vic Viewer' })).toBeVisible();
    const table = page.getByRole('grid', { name: 'Registries' });
    await expect(table.getByRole('link', { name: DEMO_REGISTRY.displayName })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create registry' })).toHaveCount(0);

    await table.getByRole('link', { name: DEMO_REGISTRY.displayName }).click();
    await expect(page.getByRole('heading', { level: 1, name: DEMO_REGISTRY.displayName })).toContainText('Viewer');
  });
});
