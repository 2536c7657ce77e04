// API tokens (service accounts): a secret bound to one registry and one role. Only a
// SHA-256 hash of the secret is stored; the secret is returned once, at creation.
import { createHash, randomBytes } from 'node:crypto';
import type { TToken, TTokenCreate, TTokenCreated } from '@/lib/validation/access';
import { highestRole } from '@/lib/roles';
import { getDb } from '../db/client';
import { isUniqueViolation } from '../db/prisma-errors';
import { transaction } from '../db/tx';
import { AppError, conflict, notFound } from '../errors';
import { assertNotToken, requireRegistry } from '../auth/authorize';
import type { Principal, TokenPrincipal } from '../auth/principal';
import { recordAudit } from './audit';

export const TOKEN_PREFIX = 'mrt_';
/** lastUsedAt is written at most this often per token, so busy scripts cause no write storm. */
const LAST_USED_RESOLUTION_MS = 60_000;

export function hashToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

type TokenRow = {
  id: string;
  name: string;
  role: string;
  prefix: string;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdBy: string;
  createdAt: Date;
};

function toTokenDto(t: TokenRow): TToken {
  return {
    id: t.id,
    name: t.name,
    role: highestRole([t.role]) ?? 'viewer',
    prefix: t.prefix,
    expiresAt: t.expiresAt?.toISOString() ?? null,
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
    createdBy: t.createdBy,
    createdAt: t.createdAt.toISOString(),
  };
}

/** Registry admins manage tokens; a token is refused even on its own registry (after the 404 check). */
async function requireTokenAdmin(principal: Principal, registryName: string) {
  if (principal.kind === 'token') {
    await requireRegistry(principal, registryName, 'viewer');
    assertNotToken(principal);
  }
  return (await requireRegistry(principal, registryName, 'admin')).registry;
}

export async function listTokens(principal: Principal, registryName: string): Promise<{ items: TToken[] }> {
  const registry = await requireTokenAdmin(principal, registryName);
  const rows = await getDb().apiToken.findMany({
    where: { registryId: registry.id },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
  return { items: rows.map(toTokenDto) };
}

export async function createToken(
  principal: Principal,
  registryName: string,
  input: TTokenCreate,
): Promise<TTokenCreated> {
  const registry = await requireTokenAdmin(principal, registryName);
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && expiresAt.getTime() <= Date.now()) {
    const message = 'Choose an expiry in the future.';
    throw new AppError('validation_failed', message, [{ path: 'body.expiresAt', message }]);
  }
  const secret = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  try {
    const row = await transaction(async (tx) => {
      const created = await tx.apiToken.create({
        data: {
          registryId: registry.id,
          name: input.name,
          role: input.role,
          tokenHash: hashToken(secret),
          prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
          expiresAt,
          createdBy: principal.username,
        },
      });
      await recordAudit(tx, principal, {
        registryId: registry.id,
        action: 'token.create',
        objectType: 'token',
        objectId: created.id,
        objectName: created.name,
        changes: { role: input.role, expiresAt: expiresAt?.toISOString() ?? null },
      });
      return created;
    });
    return { ...toTokenDto(row), token: secret };
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(`A token named "${input.name}" already exists in this registry.`);
    throw err;
  }
}

/** Revokes a token; it stops working on the next request. Revoking twice changes nothing. */
export async function revokeToken(principal: Principal, registryName: string, id: string): Promise<void> {
  const registry = await requireTokenAdmin(principal, registryName);
  await transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id, registryId: registry.id } });
    if (!token) throw notFound(`Token "${id}"`);
    if (token.revokedAt) return;
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, principal, {
      registryId: registry.id,
      action: 'token.revoke',
      objectType: 'token',
      objectId: token.id,
      objectName: token.name,
    });
  });
}

/** The principal of a bearer secret, or null when it is unknown, revoked or expired. */
export async function principalFromToken(secret: string): Promise<TokenPrincipal | null> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
  const db = getDb();
  const token = await db.apiToken.findUnique({ where: { tokenHash: hashToken(secret) } });
  const now = new Date();
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now)) return null;
  const role = highestRole([token.role]);
  if (!role) return null;
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    // Conditional, so concurrent requests (or replicas) write it once.
    await db.apiToken.updateMany({
      where: {
        id: token.id,
        OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }],
      },
      data: { lastUsedAt: now },
    });
  }
  return {
    kind: 'token',
    tokenId: token.id,
    registryId: token.registryId,
    role,
    username: `token:${token.name}`,
    displayName: token.name,
    isPlatformAdmin: false,
  };
}
