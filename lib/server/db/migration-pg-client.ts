// The schema engine reads PostgreSQL's catalogs, some of whose columns have the
// internal one-byte type "char" (OID 18). @prisma/adapter-pg 7.10 does not map that
// type and fails with "Column type 'char' could not be deserialized". The values
// arrive as plain strings, so for migrations only we report them as text (OID 25).
// The pool passes this client class on to the shadow databases it creates.
import pg from 'pg';
import { parse } from 'pg-connection-string';

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

function reportCharAsText(result: unknown): unknown {
  const fields = (result as { fields?: { dataTypeID: number }[] } | undefined)?.fields;
  if (Array.isArray(fields)) {
    for (const field of fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  }
  return result;
}

export class MigrationPgClient extends pg.Client {
  // pg.Client#query has many overloads (promise and callback forms); this wrapper
  // keeps each form and only rewrites the field metadata of the result.
  override query(...args: unknown[]): never {
    const callbackIndex = args.findIndex((a) => typeof a === 'function');
    if (callbackIndex >= 0) {
      const callback = args[callbackIndex] as (err: unknown, res: unknown) => void;
      args[callbackIndex] = (err: unknown, res: unknown) => callback(err, err ? res : reportCharAsText(res));
    }
    const out = (super.query as (...a: unknown[]) => unknown)(...args);
    if (callbackIndex < 0 && out instanceof Promise) return out.then(reportCharAsText) as never;
    return out as never;
  }
}

/**
 * The pool's options are spelled out (not a connection string) because the adapter
 * creates each shadow database's pool as `{ ...options, database }`, and a connection
 * string would override that `database` and point the shadow at the real database.
 */
export function createMigrationPgPool(connectionString: string, databaseOverride?: string): pg.Pool {
  const parsed = parse(connectionString);
  const { host, port, user, password, ssl } = parsed;
  const database = databaseOverride ?? parsed.database;
  return new pg.Pool({
    ...(database ? { database } : {}),
    ...(host ? { host } : {}),
    ...(port ? { port: Number(port) } : {}),
    ...(user ? { user } : {}),
    ...(password ? { password } : {}),
    ...(ssl !== undefined && ssl !== null ? { ssl: ssl as pg.PoolConfig['ssl'] } : {}),
    max: 2,
    Client: MigrationPgClient,
  });
}
