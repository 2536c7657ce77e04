// Sign-in rate limiting per account and per client address. Attempts are stored in the
// database (SignInAttempt), so the limits hold across restarts and several app instances.
import { getDb } from '../db/client';

export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_ADDRESS = 50;

const accountKey = (username: string) => `account:${username.toLowerCase()}`;
const addressKey = (address: string) => `address:${address}`;

function keysOf(username: string, address: string | null) {
  return [
    { key: accountKey(username), max: MAX_FAILURES_PER_ACCOUNT },
    ...(address ? [{ key: addressKey(address), max: MAX_FAILURES_PER_ADDRESS }] : []),
  ];
}

/**
 * Minutes until the next attempt is allowed, or 0 when it is allowed now. A key is
 * blocked while it has `max` failures in the window; it frees up as the oldest of them ages out.
 */
export async function signInBlockedMinutes(username: string, address: string | null, now = new Date()) {
  const since = new Date(now.getTime() - WINDOW_MS);
  let waitMs = 0;
  for (const { key, max } of keysOf(username, address)) {
    const failures = await getDb().signInAttempt.findMany({
      where: { key, succeeded: false, createdAt: { gt: since } },
      orderBy: { createdAt: 'desc' },
      take: max,
      select: { createdAt: true },
    });
    const oldest = failures[max - 1];
    if (oldest) waitMs = Math.max(waitMs, oldest.createdAt.getTime() + WINDOW_MS - now.getTime());
  }
  return waitMs > 0 ? Math.max(1, Math.ceil(waitMs / 60_000)) : 0;
}

/** Records an attempt; a success clears the account's failures (not the address's). */
export async function recordSignInAttempt(username: string, address: string | null, succeeded: boolean) {
  const db = getDb();
  const keys = keysOf(username, address).map((k) => k.key);
  if (succeeded) {
    await db.signInAttempt.deleteMany({ where: { key: accountKey(username) } });
    return;
  }
  await db.signInAttempt.createMany({ data: keys.map((key) => ({ key, succeeded: false })) });
  // Old attempts are of no further use.
  await db.signInAttempt.deleteMany({
    where: { key: { in: keys }, createdAt: { lt: new Date(Date.now() - WINDOW_MS) } },
  });
}
