// First start: on an empty database, create the platform admin and (unless
// SEED_DEMO=false) a demo registry with demo accounts. Prints new credentials once.
import { randomBytes } from 'node:crypto';
import { countUsers, createLocalUser } from '../lib/server/services/users';
import { seedDemo } from '../lib/server/seed/demo';
import { AppError } from '../lib/server/errors';

export type BootstrapOptions = { log: (message: string) => void };

function generatePassword(): string {
  return randomBytes(12).toString('base64url');
}

export async function bootstrap({ log }: BootstrapOptions): Promise<void> {
  if ((await countUsers()) > 0) return;

  const username = process.env.ADMIN_USERNAME?.trim() || 'admin';
  const givenPassword = process.env.ADMIN_PASSWORD;
  const password = givenPassword || generatePassword();
  try {
    const admin = await createLocalUser({ username, password, displayName: 'Platform admin', isPlatformAdmin: true });
    const lines = [`Platform admin: ${username} / ${givenPassword ? '(the ADMIN_PASSWORD you set)' : password}`];
    if (process.env.SEED_DEMO !== 'false') {
      const demo = await seedDemo(admin);
      lines.push(...demo.accounts.map((a) => `${a.description}: ${a.username} / ${a.password}`));
      lines.push(`Demo registry: ${demo.registryName}`);
    }
    log(['', 'First start: accounts created (shown only this once).', ...lines.map((l) => `  ${l}`), ''].join('\n'));
  } catch (err) {
    // Another instance started at the same moment and created the admin first.
    if (err instanceof AppError && err.code === 'conflict') return;
    throw err;
  }
}

export { generatePassword };
