// A real OpenID provider for the e2e suite (the `oidc-provider` package), on loopback only.
// Playwright starts it as a web server before the app server that uses it.
//
// Its sign-in page accepts any login and ignores the password. The login names the
// account and its groups: "alice+ml-team+ops" is the account "alice+ml-team+ops" (the
// `sub` claim) with preferred_username "alice" and the groups ["ml-team", "ops"], so
// each test can make up its own person and groups.
import Provider, { type Configuration } from 'oidc-provider';
import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_ISSUER, OIDC_PORT, SQLITE_BASE_URL } from '../constants';

function claimsFor(login: string) {
  const [username = login, ...groups] = login.split('+');
  return {
    sub: login,
    preferred_username: username,
    name: `${username} (SSO)`,
    email: `${username}@sso.example.com`,
    email_verified: true,
    groups,
  };
}

const configuration: Configuration = {
  clients: [
    {
      client_id: OIDC_CLIENT_ID,
      client_secret: OIDC_CLIENT_SECRET,
      redirect_uris: [`${SQLITE_BASE_URL}/api/auth/callback/oidc`],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  claims: {
    openid: ['sub'],
    profile: ['name', 'preferred_username'],
    email: ['email', 'email_verified'],
    groups: ['groups'],
  },
  // Put the requested claims into the ID token, which is what the app reads.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['model-registry-e2e-cookie-key'] },
  findAccount: (_ctx, id) => ({ accountId: id, claims: () => claimsFor(id) }),
};

const provider = new Provider(OIDC_ISSUER, configuration);
provider.listen(OIDC_PORT, '127.0.0.1', () => {
  console.log(`e2e: OpenID provider at ${OIDC_ISSUER}`);
});
