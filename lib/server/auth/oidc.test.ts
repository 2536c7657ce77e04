// The OpenID Connect settings and what the app keeps of an ID token's claims.
import { describe, expect, it } from 'vitest';
import { buildAuthOptions } from './options';
import { identityFromClaims, readOidcConfig } from './oidc';

const BASE = { OIDC_ISSUER: 'https://idp.example.com/realms/ml/', OIDC_CLIENT_ID: 'registry', OIDC_CLIENT_SECRET: 's' };

describe('readOidcConfig', () => {
  it('is off without an issuer, and next-auth then offers local accounts only', () => {
    expect(readOidcConfig({})).toBeNull();
    expect(readOidcConfig({ OIDC_ISSUER: '  ' })).toBeNull();
    expect(buildAuthOptions(null).providers.map((p) => p.id)).toEqual(['credentials']);
  });

  it('fills the defaults and adds the provider next to local accounts', () => {
    const config = readOidcConfig(BASE);
    expect(config).toEqual({
      issuer: 'https://idp.example.com/realms/ml',
      clientId: 'registry',
      clientSecret: 's',
      groupsClaim: 'groups',
      displayName: 'Single sign-on',
      scope: 'openid profile email groups',
    });
    const providers = buildAuthOptions(config).providers;
    expect(providers.map((p) => p.id)).toEqual(['credentials', 'oidc']);
    expect(providers[1]).toMatchObject({
      wellKnown: 'https://idp.example.com/realms/ml/.well-known/openid-configuration',
      idToken: true,
    });
  });

  it('takes the groups claim, the label and the scopes from the environment', () => {
    const config = readOidcConfig({ ...BASE, OIDC_GROUPS_CLAIM: 'roles', OIDC_DISPLAY_NAME: 'Keycloak' });
    expect(config).toMatchObject({
      groupsClaim: 'roles',
      displayName: 'Keycloak',
      scope: 'openid profile email roles',
    });
    expect(readOidcConfig({ ...BASE, OIDC_SCOPES: 'openid email' })?.scope).toBe('openid email');
  });

  it('refuses an issuer without client credentials', () => {
    expect(() => readOidcConfig({ OIDC_ISSUER: 'https://idp.example.com' })).toThrow(/OIDC_CLIENT_ID/);
  });
});

describe('identityFromClaims', () => {
  it('reads the person and the groups from the configured claim', () => {
    const claims = {
      sub: 'abc',
      preferred_username: 'ada',
      name: 'Ada L',
      email: 'ada@x.org',
      roles: ['ml', 7, 'ops'],
    };
    expect(identityFromClaims(claims, 'roles')).toEqual({
      externalId: 'abc',
      preferredUsername: 'ada',
      displayName: 'Ada L',
      email: 'ada@x.org',
      groups: ['ml', 'ops'],
    });
  });

  it('falls back to the email, then the subject, and accepts a single group as a string', () => {
    expect(identityFromClaims({ sub: 'abc', email: 'bob@x.org', groups: 'ml' }, 'groups')).toMatchObject({
      preferredUsername: 'bob',
      displayName: 'abc',
      groups: ['ml'],
    });
    expect(identityFromClaims({ sub: 'abc' }, 'groups')).toMatchObject({ preferredUsername: 'abc', groups: [] });
  });
});
