// Fresh, migrated databases for one benchmark run, and their removal: an SQLite file
// in a temporary folder, or a new database on the PostgreSQL server.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { resolveDatabaseConfig } from '../lib/server/db/config';
import { applyMigrations } from '../lib/server/db/migrate';
import { schemaFor } from '../scripts/prisma-schemas.mjs';
import type { DbChoice } from './options';

export type BenchDatabase = {
  provider: DbChoice;
  /** DATABASE_URL for the app. */
  url: string;
  description: string;
  /** The PostgreSQL database name (its backends show it in their process titles). */
  name: string | null;
  drop(): Promise<void>;
};

async function withPg<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function stamp(): string {
  return new Date()
    .toISOString()
    .replace(/[-:T.Z]/g, '')
    .slice(0, 17);
}

async function createDatabase(provider: DbChoice, postgresServerUrl: string): Promise<BenchDatabase> {
  if (provider === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mr-bench-'));
    const file = path.join(dir, 'registry.db');
    return {
      provider,
      url: `file:${file}`,
      description: `SQLite file ${file}`,
      name: null,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `mr_bench_${stamp()}`;
  await withPg(postgresServerUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(postgresServerUrl);
  url.pathname = `/${name}`;
  return {
    provider,
    url: url.toString(),
    name,
    description: `PostgreSQL database ${name} on ${url.hostname}:${url.port || '5432'}`,
    drop: async () => {
      await withPg(postgresServerUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** A new database with every committed migration applied. */
export async function createBenchDatabase(provider: DbChoice, postgresServerUrl: string): Promise<BenchDatabase> {
  const db = await createDatabase(provider, postgresServerUrl);
  try {
    await applyMigrations(resolveDatabaseConfig(db.url), { fileName: 'schema.prisma', text: schemaFor(provider) });
    return db;
  } catch (err) {
    await db.drop().catch(() => {});
    throw err;
  }
}

/** SQLite and PostgreSQL server versions, for the report. */
export async function databaseVersion(db: BenchDatabase): Promise<string> {
  if (db.provider === 'postgresql') {
    return withPg(db.url, async (c) => {
      const res = await c.query<{ v: string }>("SELECT current_setting('server_version') AS v");
      return `PostgreSQL ${res.rows[0]?.v ?? '?'}`;
    });
  }
  const { default: Database } = await import('better-sqlite3');
  const conn = new Database(':memory:');
  try {
    const row: unknown = conn.prepare('select sqlite_version() as v').get();
    const v = row && typeof row === 'object' && 'v' in row ? String(row.v) : '?';
    return `SQLite ${v} (better-sqlite3)`;
  } finally {
    conn.close();
  }
}
