// Single sign-on in Chromium against the OpenID provider the suite starts
// (e2e/oidc/provider.ts): the provider's own sign-in and consent pages, the way back,
// and the provider's groups mapped onto ours by name at each sign-in.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { OIDC_DISPLAY_NAME, OIDC_ISSUER, SQLITE_DB_FILE } from '../constants';
import { expect, test } from '../fixtures';
import { unique } from './helpers';

// The UI project runs against the SQLite server; the test reads its database directly,
// as no admin API for users and groups exists yet.
process.env.DATABASE_URL = `file:${path.resolve(SQLITE_DB_FILE)}`;
const { getDb } = await import('@/lib/server/db/client');

// Each test goes through two servers, twice; on a busy machine that outlasts the default.
test.describe.configure({ timeout: 60_000 });

async function groupsOf(externalId: string): Promise<{ username: string; groups: string[] }> {
  const user = await getDb().user.findUniqueOrThrow({
    where: { authProvider_externalId: { authProvider: 'oidc', externalId } },
    include: { groups: { include: { group: true } } },
  });
  return { username: user.username, groups: user.groups.map((m) => m.group.name).sort() };
}

/**
 * The provider's built-in pages ask for a web font and a favicon that this closed
 * network cannot serve; answer them empty so they do not count as console errors.
 */
async function quietProviderPages(page: Page): Promise<void> {
  await page.route('https://fonts.googleapis.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/css', body: '' }),
  );
  await page.route(`${OIDC_ISSUER}/favicon.ico`, (route) => route.fulfill({ status: 204 }));
}

async function clickSsoButton(page: Page): Promise<void> {
  await quietProviderPages(page);
  await page.goto('/login');
  await page.getByRole('button', { name: `Log in with ${OIDC_DISPLAY_NAME}` }).click();
}

/** Back in the app, signed in (the home page forwards to the registries). */
async function waitForApp(page: Page, baseURL: string | undefined): Promise<void> {
  await page.waitForURL((url) => url.origin === baseURL && !url.pathname.startsWith('/login'));
}

/** From the login page through the provider's sign-in and consent pages, back to the app. */
async function signInWithSso(page: Page, login: string): Promise<void> {
  await clickSsoButton(page);
  await page.waitForURL((url) => url.origin === OIDC_ISSUER);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** Signs out of the app only: the provider's session stays, as after a real sign-out. */
async function forgetAppSession(page: Page): Promise<void> {
  await page.context().clearCookies({ name: /next-auth/ });
}

test('signing in with single sign-on creates the user and maps its groups by name', async ({ page, baseURL }) => {
  const db = getDb();
  const person = unique('sso');
  const readers = await db.group.create({ data: { name: unique('sso-readers') } });
  const stale = await db.group.create({ data: { name: unique('sso-stale') } });
  const login = [person, readers.name, unique('sso-unknown')].join('+');

  await signInWithSso(page, login);
  await waitForApp(page, baseURL);
  await expect(page.getByRole('button', { name: `User menu for ${person} (SSO)` })).toBeVisible();
  // Only groups that exist here count; a group named in the claim but unknown is ignored.
  expect(await groupsOf(login)).toEqual({ username: person, groups: [readers.name] });

  // Memberships follow the claim at every sign-in: one it does not name goes away.
  await db.groupMember.create({
    data: { groupId: stale.id, userId: (await db.user.findUniqueOrThrow({ where: { username: person } })).id },
  });
  expect((await groupsOf(login)).groups).toEqual([readers.name, stale.name].sort());
  await forgetAppSession(page);
  await clickSsoButton(page);
  // The provider remembers the person and the consent, so it sends the browser straight back.
  await waitForApp(page, baseURL);
  await expect(page.getByRole('button', { name: `User menu for ${person} (SSO)` })).toBeVisible();
  expect((await groupsOf(login)).groups).toEqual([readers.name]);
});

test('a provider account never takes over a local username, and a disabled one cannot sign in', async ({
  page,
  baseURL,
}) => {
  const db = getDb();
  const name = unique('sso-taken');
  await db.user.create({ data: { username: name, displayName: 'Local account' } });

  await signInWithSso(page, name);
  await waitForApp(page, baseURL);
  const { username } = await groupsOf(name);
  expect(username).toBe(`${name}-oidc`);
  expect((await db.user.findUniqueOrThrow({ where: { username: name } })).authProvider).toBe('local');

  await expect(page.getByRole('button', { name: `User menu for ${name} (SSO)` })).toBeVisible();
  // Leave the app first, so none of its requests is in flight when the account goes.
  await page.goto('about:blank');
  await db.user.update({ where: { username }, data: { disabled: true } });
  await forgetAppSession(page);
  await clickSsoButton(page);
  await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('error') === 'AccessDenied');
  await expect(page.getByText('This account cannot sign in here.')).toBeVisible();
});
