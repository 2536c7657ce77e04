// Driver adapters for the WebAssembly schema engine, with two fixes it needs and a
// record of every connection it opens, so that all of them are closed afterwards
// (an SQLite connection left open would keep the database locked for the app).
//
// - SQLite: the engine replays a migration on the shadow database with `executeRaw`,
//   which better-sqlite3 runs through `prepare()`: that accepts a single statement
//   only ("The supplied SQL string contains more than one statement"). A parameterless
//   statement that fails there is retried as a script. Retrying is safe: `prepare()`
//   fails before anything runs, and a single statement that fails for any other reason
//   fails again the same way.
// - PostgreSQL: see migration-pg-client.ts (catalog columns of type "char").
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from '@prisma/driver-adapter-utils';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { SQLITE_BUSY_TIMEOUT_MS } from './adapters';
import type { DatabaseConfig } from './config';
import { createMigrationPgPool } from './migration-pg-client';

/** A plain delegating object (adapters are class instances whose methods live on the prototype). */
function delegate(adapter: SqlDriverAdapter, overrides: Partial<SqlDriverAdapter> = {}): SqlDriverAdapter {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (q) => adapter.queryRaw(q),
    executeRaw: (q) => adapter.executeRaw(q),
    executeScript: (s) => adapter.executeScript(s),
    startTransaction: (level) => adapter.startTransaction(level),
    ...(adapter.getConnectionInfo ? { getConnectionInfo: adapter.getConnectionInfo.bind(adapter) } : {}),
    dispose: () => adapter.dispose(),
    ...overrides,
  };
}

function withScriptFallback(adapter: SqlDriverAdapter): Partial<SqlDriverAdapter> {
  return {
    executeRaw: async (query: SqlQuery): Promise<number> => {
      try {
        return await adapter.executeRaw(query);
      } catch (err) {
        if (query.args.length > 0) throw err;
        await adapter.executeScript(query.sql);
        return 0;
      }
    },
  };
}

/**
 * A throw-away PostgreSQL database for replaying migrations. The adapter's own version
 * drops the database before closing its pool, which PostgreSQL refuses while the pool
 * is still connected; here the pool is closed first and the drop is forced.
 */
async function connectToPgShadowDb(url: string): Promise<SqlDriverAdapter> {
  const admin = createMigrationPgPool(url);
  const name = `prisma_migrate_shadow_db_${randomUUID()}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  const shadow = await new PrismaPg(createMigrationPgPool(url, name), { disposeExternalPool: true }).connect();
  return delegate(shadow, {
    dispose: async () => {
      await shadow.dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  });
}

export type MigrationAdapter = { factory: SqlMigrationAwareDriverAdapterFactory; close: () => Promise<void> };

export function createMigrationAdapter(config: DatabaseConfig): MigrationAdapter {
  const open = new Set<SqlDriverAdapter>();
  const track = async (connecting: Promise<SqlDriverAdapter>, fixes: typeof withScriptFallback) => {
    const adapter = await connecting;
    open.add(adapter);
    return delegate(adapter, {
      ...fixes(adapter),
      dispose: async () => (open.delete(adapter) ? adapter.dispose() : undefined),
    });
  };

  let inner: PrismaBetterSqlite3 | PrismaPg;
  let fixes: typeof withScriptFallback = () => ({});
  if (config.provider === 'sqlite') {
    if (config.file !== ':memory:') mkdirSync(path.dirname(config.file), { recursive: true });
    inner = new PrismaBetterSqlite3({ url: config.file, timeout: SQLITE_BUSY_TIMEOUT_MS });
    fixes = withScriptFallback;
  } else {
    inner = new PrismaPg(createMigrationPgPool(config.url), { disposeExternalPool: true });
  }
  const connectToShadowDb =
    config.provider === 'postgresql' ? () => connectToPgShadowDb(config.url) : () => inner.connectToShadowDb();
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: () => track(inner.connect(), fixes),
    connectToShadowDb: () => track(connectToShadowDb(), fixes),
  };
  return {
    factory,
    close: async () => {
      const adapters = [...open];
      open.clear();
      await Promise.allSettled(adapters.map((a) => a.dispose()));
    },
  };
}
