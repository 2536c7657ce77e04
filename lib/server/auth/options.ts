// next-auth configuration: local accounts with username and password, and OpenID
// Connect when OIDC_ISSUER is set (see ./oidc.ts); JWT sessions. The session secret
// comes from NEXTAUTH_SECRET, which `npm start` fills from the database when it is
// not configured (see scripts/start.ts).
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { findActiveUser, recordSignIn, verifyCredentials } from '../services/users';
import { recordSignInAttempt, signInBlockedMinutes } from '../services/sign-in-limits';
import { tooManyAttemptsCode } from '@/lib/sign-in-errors';
import { OIDC_PROVIDER_ID, oidcProvider, readOidcConfig, type OidcConfig } from './oidc';

type Headers = Record<string, string | string[] | undefined> | undefined;

/** The client address as the nearest proxy reports it (first X-Forwarded-For entry), or null. */
function clientAddress(headers: Headers): string | null {
  const forwarded = headers?.['x-forwarded-for'] ?? headers?.['x-real-ip'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return first ? first.slice(0, 64) : null;
}

const ZCredentials = z.object({ username: z.string().min(1).max(128), password: z.string().min(1).max(1024) });

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

const credentialsProvider = CredentialsProvider({
  id: 'credentials',
  name: 'Username and password',
  credentials: {
    username: { label: 'Username', type: 'text' },
    password: { label: 'Password', type: 'password' },
  },
  async authorize(credentials, req) {
    const parsed = ZCredentials.safeParse(credentials);
    if (!parsed.success) return null;
    const { username, password } = parsed.data;
    const address = clientAddress(req.headers);
    // Refused before the password is checked, so guessing on stops counting too.
    const minutes = await signInBlockedMinutes(username, address);
    if (minutes > 0) throw new Error(tooManyAttemptsCode(minutes));
    const user = await verifyCredentials(username, password);
    await recordSignInAttempt(username, address, user !== null);
    if (user) await recordSignIn(user.userId);
    return user ? { id: user.userId, name: user.displayName, email: null } : null;
  },
});

export function buildAuthOptions(oidc: OidcConfig | null): NextAuthOptions {
  return {
    secret: process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/login', error: '/login' },
    providers: oidc ? [credentialsProvider, oidcProvider(oidc)] : [credentialsProvider],
    callbacks: {
      // The identity provider cannot sign in a user we have disabled.
      async signIn({ user, account }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        return (await findActiveUser(user.id)) !== null;
      },
      // Only the user id travels in the token; everything else is read fresh per
      // request, so disabling a user or changing a role takes effect at once.
      jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        return { ...session, user: { ...session.user, id: token.sub } };
      },
    },
  };
}

export const authOptions = buildAuthOptions(readOidcConfig());
