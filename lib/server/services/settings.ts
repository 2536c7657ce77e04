// Application settings kept in the database, shared by every replica.
import { randomBytes } from 'node:crypto';
import { getDb } from '../db/client';
import { isUniqueViolation } from '../db/prisma-errors';

export async function getSetting(key: string): Promise<string | null> {
  const row = await getDb().appSetting.findUnique({ where: { key } });
  return row?.value ?? null;
}

/** Reads a setting, creating it with `create()` if missing. Safe when several instances start at once. */
export async function getOrCreateSetting(key: string, create: () => string): Promise<string> {
  const existing = await getSetting(key);
  if (existing !== null) return existing;
  try {
    const row = await getDb().appSetting.create({ data: { key, value: create() } });
    return row.value;
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const winner = await getSetting(key);
    if (winner === null) throw err;
    return winner;
  }
}

export const SESSION_SECRET_KEY = 'session-secret';

/** The session signing secret: NEXTAUTH_SECRET when set, else one generated on first start and kept. */
export async function resolveSessionSecret(): Promise<string> {
  const fromEnv = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (fromEnv) return fromEnv;
  return getOrCreateSetting(SESSION_SECRET_KEY, () => randomBytes(32).toString('base64url'));
}
