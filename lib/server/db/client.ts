// The one Prisma client of the process. The provider is chosen at run time from
// DATABASE_URL, so the same build serves SQLite and PostgreSQL.
import { PrismaClient as SqliteClient } from '@/generated/prisma/sqlite/client';
import { PrismaClient as PostgresClient } from '@/generated/prisma/postgresql/client';
import { createAdapterFactory } from './adapters';
import { resolveDatabaseConfig, type DatabaseProvider } from './config';

/**
 * Both clients are generated from the same logical schema (scripts/prisma-schemas.mjs
 * changes only the provider), so their query APIs are identical; we type the client
 * by the SQLite one. Anything that differs between the databases goes through
 * lib/server/db/dialect.ts.
 */
export type Db = SqliteClient;

type DbHolder = { client: Db; provider: DatabaseProvider; url: string };
const globalForDb = globalThis as typeof globalThis & { __modelRegistryDb?: DbHolder };

function createClient(): DbHolder {
  const config = resolveDatabaseConfig();
  const adapter = createAdapterFactory(config);
  if (config.provider === 'sqlite') {
    return { client: new SqliteClient({ adapter }), provider: 'sqlite', url: config.url };
  }
  const client = new PostgresClient({ adapter }) as unknown as Db;
  return { client, provider: 'postgresql', url: config.url };
}

function holder(): DbHolder {
  const url = process.env.DATABASE_URL ?? '';
  const current = globalForDb.__modelRegistryDb;
  // Tests point DATABASE_URL at a fresh database per file; follow it.
  if (current && current.url === resolveDatabaseConfig(url).url) return current;
  const next = createClient();
  globalForDb.__modelRegistryDb = next;
  return next;
}

export function getDb(): Db {
  return holder().client;
}

export function getDbProvider(): DatabaseProvider {
  return holder().provider;
}

export async function disconnectDb(): Promise<void> {
  const current = globalForDb.__modelRegistryDb;
  globalForDb.__modelRegistryDb = undefined;
  await current?.client.$disconnect();
}
