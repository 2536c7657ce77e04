// The WebAssembly schema engine replays a migration on SQLite's shadow database with
// `executeRaw`, which better-sqlite3 runs through `prepare()`: that accepts a single
// statement only ("The supplied SQL string contains more than one statement"). For
// migrations only, a parameterless statement that fails there is retried as a script.
// Retrying is safe: `prepare()` fails before anything runs, and a single statement
// that fails for any other reason fails again the same way.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
} from '@prisma/driver-adapter-utils';
import { SQLITE_BUSY_TIMEOUT_MS } from './adapters';

function withScriptFallback(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = async (query: SqlQuery): Promise<number> => {
    try {
      return await adapter.executeRaw(query);
    } catch (err) {
      if (query.args.length > 0) throw err;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (q) => adapter.queryRaw(q),
    executeRaw,
    executeScript: (s) => adapter.executeScript(s),
    startTransaction: (level) => adapter.startTransaction(level),
    getConnectionInfo: adapter.getConnectionInfo ? () => adapter.getConnectionInfo!() : undefined,
    dispose: () => adapter.dispose(),
  };
}

export function createMigrationSqliteFactory(file: string): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaBetterSqlite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => withScriptFallback(await inner.connect()),
    connectToShadowDb: async () => withScriptFallback(await inner.connectToShadowDb()),
  };
}
