// Driver adapters for both providers. SQLite waits on a busy database instead of
// failing at once, so concurrent writers queue rather than error.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { DatabaseConfig } from './config';

export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

export function createAdapterFactory(config: DatabaseConfig): PrismaBetterSqlite3 | PrismaPg {
  if (config.provider === 'sqlite') {
    mkdirSync(path.dirname(config.file), { recursive: true });
    return new PrismaBetterSqlite3({ url: config.file, timeout: SQLITE_BUSY_TIMEOUT_MS });
  }
  return new PrismaPg({ connectionString: config.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
}
