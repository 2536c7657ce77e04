// Single sign-on is offered only where it is configured: the suite's SQLite server has
// an OpenID provider, its PostgreSQL server has none.
import { OIDC_DISPLAY_NAME, SQLITE_BASE_URL } from '../constants';
import { expect, test } from '../fixtures';

test('the login page and next-auth offer single sign-on only when it is configured', async ({ request, baseURL }) => {
  const configured = baseURL === SQLITE_BASE_URL;
  const providers = (await (await request.get('/api/auth/providers')).json()) as Record<string, { name: string }>;
  expect(Object.keys(providers).sort()).toEqual(configured ? ['credentials', 'oidc'] : ['credentials']);
  const login = await (await request.get('/login')).text();
  expect(login.includes(`Log in with ${OIDC_DISPLAY_NAME}`)).toBe(configured);
});
