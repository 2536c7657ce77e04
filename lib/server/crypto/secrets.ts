// Secrets the app must read back later (a serving environment's API server token) are
// stored encrypted with AES-256-GCM. The key comes from SECRETS_ENCRYPTION_KEY, else it
// is derived (HKDF-SHA256) from the session secret (NEXTAUTH_SECRET / AUTH_SECRET, or the
// one generated and kept in the database). Rotating the session secret without setting
// SECRETS_ENCRYPTION_KEY makes stored secrets unreadable: decryptSecret then throws a
// SecretUnreadableError saying so, and callers report it instead of crashing.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { resolveSessionSecret } from '../services/settings';

const VERSION = 'v1';
const SALT = 'model-registry';
const INFO = 'secrets-encryption-v1';

export class SecretUnreadableError extends Error {
  constructor() {
    super(
      'The stored secret cannot be decrypted: the encryption key changed (SECRETS_ENCRYPTION_KEY, or the session ' +
        'secret it is derived from). Enter the secret again.',
    );
    this.name = 'SecretUnreadableError';
  }
}

/** The 32-byte key for a key source (the env variable or the session secret). */
export function deriveKey(source: string): Buffer {
  return Buffer.from(hkdfSync('sha256', source, SALT, INFO, 32));
}

async function currentKey(): Promise<Buffer> {
  const configured = process.env.SECRETS_ENCRYPTION_KEY?.trim();
  return deriveKey(configured || (await resolveSessionSecret()));
}

export function encryptWithKey(plain: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, iv.toString('base64url'), tag.toString('base64url'), body.toString('base64url')].join('.');
}

export function decryptWithKey(stored: string, key: Buffer): string {
  const [version, iv, tag, body] = stored.split('.');
  if (version !== VERSION || !iv || !tag || body === undefined) throw new SecretUnreadableError();
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretUnreadableError();
  }
}

export async function encryptSecret(plain: string): Promise<string> {
  return encryptWithKey(plain, await currentKey());
}

export async function decryptSecret(stored: string): Promise<string> {
  return decryptWithKey(stored, await currentKey());
}
