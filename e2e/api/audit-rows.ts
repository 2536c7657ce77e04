// Reads the audit trail of the server a test talks to straight from its database (there is
// no audit API yet): the SQLite file of server 1 or the PostgreSQL database of server 2.
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { PG_E2E_DATABASE_URL_ENV, POSTGRES_BASE_URL, SQLITE_DB_FILE } from '../constants';

export type AuditRow = { action: string; actor: string; objectName: string; changes: Record<string, unknown> };

type RawRow = { action: string; actor: string; objectName: string; changes: string };

const QUERY =
  'SELECT "action", "actor", "objectName", "changes" FROM "AuditEvent" WHERE "objectId" = $1 ORDER BY "createdAt", "id"';

export async function auditRows(baseURL: string | undefined, objectId: string): Promise<AuditRow[]> {
  let rows: RawRow[];
  if (baseURL === POSTGRES_BASE_URL) {
    const client = new pg.Client({ connectionString: process.env[PG_E2E_DATABASE_URL_ENV] });
    await client.connect();
    try {
      rows = (await client.query<RawRow>(QUERY, [objectId])).rows;
    } finally {
      await client.end();
    }
  } else {
    const db = new Database(path.resolve(SQLITE_DB_FILE), { readonly: true, fileMustExist: true });
    try {
      rows = db.prepare<[string], RawRow>(QUERY.replace('$1', '?')).all(objectId);
    } finally {
      db.close();
    }
  }
  return rows.map((r) => ({ ...r, changes: JSON.parse(r.changes) as Record<string, unknown> }));
}
