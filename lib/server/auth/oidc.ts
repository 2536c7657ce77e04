// OpenID Connect sign-in, next to local accounts. Configured by environment variables;
// without OIDC_ISSUER the app has local accounts only.
import type { OAuthConfig } from 'next-auth/providers/oauth';
import { z } from 'zod';
import { signInExternalUser, type ExternalIdentity } from '../services/users';

export const OIDC_PROVIDER_ID = 'oidc';

export type OidcConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  groupsClaim: string;
  displayName: string;
  scope: string;
};

type Env = Record<string, string | undefined>;

function setting(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** The OIDC settings, or null when OIDC_ISSUER is not set; a half-configured provider is an error. */
export function readOidcConfig(env: Env = process.env): OidcConfig | null {
  const issuer = setting(env, 'OIDC_ISSUER');
  if (!issuer) return null;
  const clientId = setting(env, 'OIDC_CLIENT_ID');
  const clientSecret = setting(env, 'OIDC_CLIENT_SECRET');
  if (!clientId || !clientSecret) {
    throw new Error('OIDC_ISSUER is set, so OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set too.');
  }
  const groupsClaim = setting(env, 'OIDC_GROUPS_CLAIM') ?? 'groups';
  return {
    issuer: issuer.replace(/\/+$/, ''),
    clientId,
    clientSecret,
    groupsClaim,
    displayName: setting(env, 'OIDC_DISPLAY_NAME') ?? 'Single sign-on',
    scope: setting(env, 'OIDC_SCOPES') ?? `openid profile email ${groupsClaim}`,
  };
}

const ZClaims = z.object({
  sub: z.string().min(1),
  preferred_username: z.string().optional(),
  name: z.string().optional(),
  email: z.string().optional(),
});

export type OidcClaims = Record<string, unknown>;

/** Group names from the configured claim: an array of strings, or one string. */
function groupNames(claims: OidcClaims, groupsClaim: string): string[] {
  const value = claims[groupsClaim];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((g): g is string => typeof g === 'string');
  return [];
}

/** What we keep of an ID token's claims. */
export function identityFromClaims(claims: OidcClaims, groupsClaim: string): ExternalIdentity {
  const parsed = ZClaims.parse(claims);
  return {
    externalId: parsed.sub,
    preferredUsername: parsed.preferred_username || parsed.email?.split('@')[0] || parsed.sub,
    displayName: parsed.name || parsed.preferred_username || parsed.sub,
    email: parsed.email ?? null,
    groups: groupNames(claims, groupsClaim),
  };
}

/**
 * The next-auth provider. Its profile callback runs once per sign-in with the ID
 * token's claims: it creates or updates our user and its group memberships, and
 * hands next-auth our user id, which is all the session token carries.
 */
export function oidcProvider(config: OidcConfig): OAuthConfig<OidcClaims> {
  return {
    id: OIDC_PROVIDER_ID,
    name: config.displayName,
    type: 'oauth',
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: config.scope } },
    idToken: true,
    checks: ['pkce', 'state'],
    async profile(claims) {
      const user = await signInExternalUser(OIDC_PROVIDER_ID, identityFromClaims(claims, config.groupsClaim));
      return { id: user.userId, name: user.displayName, email: null };
    },
  };
}
