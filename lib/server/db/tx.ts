// The transaction client type, and the SQL template tag shared by both providers.
import { Prisma } from '@/generated/prisma/sqlite/client';
import { getDb, type Db } from './client';

export type Tx = Prisma.TransactionClient;

/** Both generated clients share Prisma's runtime, so one `sql` tag serves both. */
export const sql = Prisma.sql;
export const joinSql = Prisma.join;
export const emptySql = Prisma.empty;
export type Sql = Prisma.Sql;

/** Runs `fn` in one transaction: everything it writes lands together or not at all. */
export function transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  const db: Db = getDb();
  return db.$transaction(fn, { maxWait: 10_000, timeout: 20_000 });
}
