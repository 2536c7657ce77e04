// Resolves the acting principal from a browser session or an API token.
import { getServerSession } from 'next-auth';
import { getToken } from 'next-auth/jwt';
import type { NextRequest } from 'next/server';
import { authOptions } from './options';
import { findActiveUser } from '../services/users';
import { principalFromToken } from '../services/tokens';
import type { Principal } from './principal';

/** The signed-in user of a page request (server components), or null. */
export async function currentPrincipal(): Promise<Principal | null> {
  const session = await getServerSession(authOptions);
  const userId = session?.user.id;
  return typeof userId === 'string' ? findActiveUser(userId) : null;
}

/**
 * The principal of an API request, or null when it carries no valid credentials. A
 * request with an Authorization header is judged by that header alone: a bad token is
 * refused even when a session cookie comes along.
 */
export async function principalFromRequest(req: NextRequest): Promise<Principal | null> {
  const authorization = req.headers.get('authorization');
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return match?.[1] ? principalFromToken(match[1]) : null;
  }
  const token = await getToken({ req, secret: authOptions.secret });
  return token?.sub ? findActiveUser(token.sub) : null;
}
