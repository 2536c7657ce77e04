// Throw-away databases of the e2e servers. Playwright starts web servers before
// globalSetup, so each server command runs e2e/prepare-database.ts first; the
// PostgreSQL database is dropped by e2e/global-teardown.ts.
import { rmSync } from 'node:fs';
import pg from 'pg';
import { PG_DB_PREFIX } from './constants';

/** Databases of runs that died before their teardown are dropped after this long. */
const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

const E2E_NAME = new RegExp(`^${PG_DB_PREFIX}\\d+$`);

export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!E2E_NAME.test(name)) throw new Error(`refusing to touch database "${name}"`);
  return name;
}

export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(name)}`;
  return u.toString();
}

async function withMaintenanceClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  // Connect to the server's own database (TEST_DATABASE_URL), never to the one to create or drop.
  const server = process.env.TEST_DATABASE_URL?.trim() || withDatabaseName(url, 'postgres');
  const client = new pg.Client({ connectionString: server, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createPostgresDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await withMaintenanceClient(url, async (c) => {
    const { rows } = await c.query<{ datname: string }>('SELECT datname FROM pg_database');
    for (const { datname } of rows) {
      const stamp = E2E_NAME.test(datname) ? Number(datname.slice(PG_DB_PREFIX.length)) : 0;
      if (datname === name || (stamp > 0 && Date.now() - stamp > STALE_AFTER_MS)) {
        await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
    }
    await c.query(`CREATE DATABASE "${name}"`);
  });
}

export async function dropPostgresDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await withMaintenanceClient(url, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

export function deleteSqliteDatabase(url: string): void {
  const file = url.slice('file:'.length);
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
}
