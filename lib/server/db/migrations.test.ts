// Drift check: the committed migrations of both providers stay in step with each
// other and with prisma/schema.prisma, and applying them is recorded and idempotent.
// Runs against the provider under test (TEST_DB_PROVIDER; see vitest.config.ts).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaFor } from '../../../scripts/prisma-schemas.mjs';
import {
  createEmptyTestDatabase,
  createTestDatabase,
  testDatabaseProvider,
  withPgClient,
  type TestDatabase,
} from '../testing/test-database';
import { resolveDatabaseConfig, type DatabaseConfig, type DatabaseProvider } from './config';
import { applyMigrations, diffMigrationsToSchema, listMigrationNames, migrationsDir } from './migrate';

const providers: DatabaseProvider[] = ['sqlite', 'postgresql'];
const provider = testDatabaseProvider();
const schema = () => ({ fileName: 'schema.prisma', text: schemaFor(provider) });

function migrationFolders(p: DatabaseProvider): string[] {
  return readdirSync(migrationsDir(p), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

describe('committed migrations', () => {
  it('has the same migration folders for SQLite and PostgreSQL', () => {
    const sqlite = migrationFolders('sqlite');
    expect(sqlite.length).toBeGreaterThan(0);
    expect(migrationFolders('postgresql')).toEqual(sqlite);
  });

  it.each(providers)('every %s migration folder holds a migration.sql', (p) => {
    const missing = migrationFolders(p).filter(
      (name) => !existsSync(path.join(migrationsDir(p), name, 'migration.sql')),
    );
    expect(missing).toEqual([]);
  });

  it.each(providers)('the %s migration_lock.toml names its provider', (p) => {
    const lock = readFileSync(path.join(migrationsDir(p), 'migration_lock.toml'), 'utf8');
    expect(lock).toMatch(new RegExp(`^provider\\s*=\\s*"${p}"\\s*$`, 'm'));
  });

  it(`produce exactly prisma/schema.prisma on ${provider}`, async () => {
    // The engine replays the migrations on a shadow database. On PostgreSQL that replay
    // can reach the configured database itself, so point it at a throw-away one.
    const scratch = provider === 'postgresql' ? await createEmptyTestDatabase() : undefined;
    try {
      const config: DatabaseConfig = scratch
        ? resolveDatabaseConfig(scratch.url)
        : { provider: 'sqlite', url: 'file::memory:', file: ':memory:' };
      const drift = await diffMigrationsToSchema(config, schema());
      // A non-empty diff means prisma/schema.prisma changed without a migration:
      // run `npm run db:new-migration <name>` and commit both providers' folders.
      expect(drift, 'SQL missing from the committed migrations').toBe('');
    } finally {
      await scratch?.drop();
    }
  });
});

describe(`applying the migrations (${provider})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('applies every committed migration to a fresh database', () => {
    expect(db.appliedMigrations).toEqual(listMigrationNames(provider));
  });

  it('applies nothing the second time', async () => {
    const again = await applyMigrations(resolveDatabaseConfig(db.url), schema());
    expect(again).toEqual([]);
  });

  it('records every committed migration as finished in _prisma_migrations', async () => {
    const sql =
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name';
    let recorded: string[];
    const config = resolveDatabaseConfig(db.url);
    if (config.provider === 'sqlite') {
      const conn = new Database(config.file, { readonly: true });
      try {
        recorded = (conn.prepare(sql).all() as { migration_name: string }[]).map((r) => r.migration_name);
      } finally {
        conn.close();
      }
    } else {
      recorded = await withPgClient(config.url, async (c) =>
        (await c.query<{ migration_name: string }>(sql)).rows.map((r) => r.migration_name),
      );
    }
    expect(recorded).toEqual(migrationFolders(provider));
  });
});
