// What every spec imports instead of @playwright/test:
//   test       its `page` fails the test on console errors, hydration warnings and
//              uncaught page errors (allow expected ones with test.use({ allowedConsoleErrors: /…/ }))
//   signIn     sign in through the real login page
//   checkA11y  axe-core scan; fails on serious and critical violations
//   apiLogin   sign a `request` context in through next-auth's credentials endpoints
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';

export { expect };

type Fixtures = {
  /**
   * Console errors matching this do not fail the test (an expected 401, say). One RegExp
   * (combine with |): Playwright would read an array as a [value, options] pair.
   */
  allowedConsoleErrors: RegExp | undefined;
};

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [undefined, { option: true }],
  page: async ({ page, allowedConsoleErrors }, runTest) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      const text = message.text();
      const isProblem = message.type() === 'error' || /hydration/i.test(text);
      if (isProblem && !allowedConsoleErrors?.test(text)) {
        const where = message.location().url ? ` (${message.location().url})` : '';
        problems.push(`console.${message.type()}: ${text}${where}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`uncaught ${error.name}: ${error.message}`));
    await runTest(page);
    if (problems.length > 0) {
      throw new Error(
        `The page reported ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
      );
    }
  },
});

/** Signs in through /login and waits for the redirect to `callbackUrl` (default: the home page). */
export async function signIn(page: Page, username: string, password: string, callbackUrl = '/'): Promise<void> {
  await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  // By role: the labels also hold a required-field marker, and getByLabel('Password')
  // would match the "Show password" button too.
  await page.getByRole('textbox', { name: 'Username', exact: true }).fill(username);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log in', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

/** Runs axe-core (WCAG 2.1 A/AA) on the current page; fails on serious or critical violations. */
export async function checkA11y(page: Page, options: { exclude?: string[] } = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const blocking = violations.filter((v) => BLOCKING_IMPACTS.has(v.impact ?? ''));
  const report = blocking.map((v) => {
    const nodes = v.nodes.map(
      (n) => `      ${n.target.join(' ')}\n        ${n.failureSummary?.replace(/\n/g, '\n        ')}`,
    );
    return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes.join('\n')}`;
  });
  expect(blocking.length, `Accessibility violations on ${page.url()}:\n${report.join('\n')}`).toBe(0);
}

export type Session = {
  user?: { name?: string | null; email?: string | null; [key: string]: unknown };
  expires?: string;
};

/**
 * Signs `request` in with next-auth's credentials provider, so it carries the session
 * cookie from then on. Fails with a readable message when the credentials are refused.
 */
export async function apiLogin(
  request: APIRequestContext,
  baseURL: string,
  username: string,
  password: string,
): Promise<Session> {
  const csrf = await request.get(`${baseURL}/api/auth/csrf`);
  expect(csrf.ok(), `GET /api/auth/csrf answered ${csrf.status()}`).toBe(true);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post(`${baseURL}/api/auth/callback/credentials`, {
    form: { csrfToken, username, password, json: 'true' },
    maxRedirects: 0,
  });
  const body = (await response.json().catch(() => ({}))) as { url?: string };
  const refused = !response.ok() || (body.url ?? '').includes('error=');
  expect(refused, `sign-in as "${username}" refused: ${response.status()} ${body.url ?? ''}`).toBe(false);
  const session = (await (await request.get(`${baseURL}/api/auth/session`)).json()) as Session;
  expect(session.user, `no session after signing in as "${username}"`).toBeTruthy();
  return session;
}
