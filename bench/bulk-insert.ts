// Bulk inserts for seeding, straight through the database drivers (Prisma's createMany
// managed about 2 000 rows/s here; this does a few hundred thousand). Values are
// stored exactly as Prisma stores them: on SQLite dates as ISO text with "+00:00" and
// booleans as 0/1; on PostgreSQL dates as UTC TIMESTAMP(3). PostgreSQL gets one
// `INSERT … SELECT FROM unnest(arrays)` per table and batch.
import Database from 'better-sqlite3';
import pg from 'pg';
import type { DbChoice } from './options';

export type ColumnType = 'text' | 'timestamp' | 'double' | 'boolean' | 'integer';
export type Value = string | number | boolean | Date | null;
export type Table = { name: string; columns: [string, ColumnType][] };

export type BulkWriter = {
  /** Runs `fn` in one transaction; inserts inside it are queued and written before commit. */
  transaction(fn: (insert: (table: Table, rows: Value[][]) => void) => void): Promise<void>;
  /** Statistics and housekeeping a long-running database would have done by itself. */
  finish(): Promise<void>;
  close(): Promise<void>;
};

const PG_TYPE: Record<ColumnType, string> = {
  text: 'text[]',
  timestamp: 'timestamp(3)[]',
  double: 'double precision[]',
  boolean: 'boolean[]',
  integer: 'integer[]',
};

function sqliteValue(v: Value): string | number | null {
  if (v instanceof Date) return v.toISOString().replace('Z', '+00:00');
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v;
}

function pgValue(v: Value): string | number | boolean | null {
  // A UTC wall-clock literal, whatever the client's time zone.
  if (v instanceof Date) return v.toISOString().slice(0, -1);
  return v;
}

const quote = (name: string) => `"${name}"`;

function sqliteWriter(file: string): BulkWriter {
  const db = new Database(file);
  // Seeding only: skip the fsync per transaction (the setting lasts for this connection).
  db.pragma('synchronous = OFF');
  const statements = new Map<string, Database.Statement>();
  const statement = (t: Table) => {
    let s = statements.get(t.name);
    if (!s) {
      const cols = t.columns.map(([c]) => quote(c)).join(', ');
      const marks = t.columns.map(() => '?').join(', ');
      s = db.prepare(`INSERT INTO ${quote(t.name)} (${cols}) VALUES (${marks})`);
      statements.set(t.name, s);
    }
    return s;
  };
  return {
    transaction: async (fn) => {
      db.transaction(() =>
        fn((table, rows) => {
          const s = statement(table);
          for (const row of rows) s.run(...row.map(sqliteValue));
        }),
      )();
    },
    finish: async () => {
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
    close: async () => {
      db.close();
    },
  };
}

function pgWriter(url: string): BulkWriter {
  const client = new pg.Client({ connectionString: url });
  const connected = client.connect();
  return {
    transaction: async (fn) => {
      await connected;
      const queued: { table: Table; rows: Value[][] }[] = [];
      fn((table, rows) => queued.push({ table, rows }));
      await client.query('BEGIN');
      try {
        for (const { table, rows } of queued) {
          if (!rows.length) continue;
          const cols = table.columns.map(([c]) => quote(c)).join(', ');
          const arrays = table.columns.map((_, i) => rows.map((r) => pgValue(r[i] ?? null)));
          const params = table.columns.map(([, type], i) => `$${i + 1}::${PG_TYPE[type]}`).join(', ');
          await client.query(`INSERT INTO ${quote(table.name)} (${cols}) SELECT * FROM unnest(${params})`, arrays);
        }
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      }
    },
    finish: async () => {
      await connected;
      await client.query('VACUUM ANALYZE');
    },
    close: async () => {
      await connected.catch(() => {});
      await client.end();
    },
  };
}

export function bulkWriter(provider: DbChoice, url: string): BulkWriter {
  return provider === 'sqlite' ? sqliteWriter(url.replace(/^file:/, '')) : pgWriter(url);
}
