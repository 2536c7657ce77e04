// The committed migration folders (no engine import, so the app can read them cheaply).
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseProvider } from './config';

export function migrationsDir(provider: DatabaseProvider, root = process.cwd()): string {
  return path.join(root, 'prisma', 'migrations', provider);
}

/** Names of the committed migrations of one provider, oldest first. */
export function listMigrationNames(provider: DatabaseProvider, root = process.cwd()): string[] {
  const dir = migrationsDir(provider, root);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort();
}
