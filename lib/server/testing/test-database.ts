// Fresh, fully migrated databases for integration tests. The provider comes from
// TEST_DB_PROVIDER (sqlite by default; postgresql needs TEST_DATABASE_URL, any
// database on the server to use). Every call makes a new database, so test files
// can run in parallel without sharing state:
//
//   const db = await createTestDatabase();
//   afterAll(() => db.drop());
//   const config = resolveDatabaseConfig(db.url);
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { resolveDatabaseConfig, type DatabaseProvider } from '../db/config';
import { applyMigrations } from '../db/migrate';
import { schemaFor } from '../../../scripts/prisma-schemas.mjs';

export type TestDatabase = {
  provider: DatabaseProvider;
  /** Accepted by resolveDatabaseConfig: file:/abs/path for SQLite, postgresql://… for PostgreSQL. */
  url: string;
  /** Names of the migrations applied when the database was created. */
  appliedMigrations: string[];
  drop(): Promise<void>;
};

export function testDatabaseProvider(): DatabaseProvider {
  const value = (process.env.TEST_DB_PROVIDER ?? 'sqlite').trim().toLowerCase();
  if (value === 'sqlite' || value === '') return 'sqlite';
  if (value === 'postgresql' || value === 'postgres') return 'postgresql';
  throw new Error(`TEST_DB_PROVIDER must be "sqlite" or "postgresql", not "${value}"`);
}

/** The PostgreSQL server tests create their databases on (TEST_DATABASE_URL). */
export function testServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL?.trim();
  if (!url)
    throw new Error(
      'TEST_DB_PROVIDER=postgresql needs TEST_DATABASE_URL (for example postgresql://root@127.0.0.1:5432/postgres)',
    );
  return url;
}

/** The URL of another database on the same server as `serverUrl`. */
export function withDatabaseName(serverUrl: string, name: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${encodeURIComponent(name)}`;
  return u.toString();
}

export async function withPgClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function uniqueSuffix(): string {
  return `${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}

async function createSqlite(): Promise<Omit<TestDatabase, 'appliedMigrations'>> {
  const file = path.join(os.tmpdir(), `mr-test-${process.pid}-${uniqueSuffix()}.db`);
  return {
    provider: 'sqlite',
    url: `file:${file}`,
    drop: async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
    },
  };
}

async function createPostgres(): Promise<Omit<TestDatabase, 'appliedMigrations'>> {
  const serverUrl = testServerUrl();
  const name = `mr_test_${uniqueSuffix()}`;
  await withPgClient(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  return {
    provider: 'postgresql',
    url: withDatabaseName(serverUrl, name),
    drop: async () => {
      await withPgClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** Creates a new, empty database (no tables) of the provider under test. */
export async function createEmptyTestDatabase(): Promise<Omit<TestDatabase, 'appliedMigrations'>> {
  return testDatabaseProvider() === 'sqlite' ? createSqlite() : createPostgres();
}

/** Creates a new database of the provider under test and applies the committed migrations. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const provider = testDatabaseProvider();
  const db = await createEmptyTestDatabase();
  try {
    const config = resolveDatabaseConfig(db.url);
    const appliedMigrations = await applyMigrations(config, { fileName: 'schema.prisma', text: schemaFor(provider) });
    return { ...db, appliedMigrations };
  } catch (err) {
    await db.drop().catch(() => {});
    throw err;
  }
}
