// Where the database is: SQLite by default (data/registry.db), PostgreSQL when
// DATABASE_URL starts with postgres. Read at run time, so switching needs no rebuild.
import path from 'node:path';

export type DatabaseProvider = 'sqlite' | 'postgresql';

export type DatabaseConfig =
  { provider: 'sqlite'; url: string; file: string } | { provider: 'postgresql'; url: string };

export const DEFAULT_SQLITE_FILE = path.join('data', 'registry.db');

export function resolveDatabaseConfig(
  databaseUrl: string | undefined = process.env.DATABASE_URL,
  cwd: string = process.cwd(),
): DatabaseConfig {
  const url = databaseUrl?.trim();
  if (!url) {
    const file = path.resolve(cwd, DEFAULT_SQLITE_FILE);
    return { provider: 'sqlite', url: `file:${file}`, file };
  }
  if (/^postgres(ql)?:\/\//i.test(url)) return { provider: 'postgresql', url };
  if (url.startsWith('file:')) {
    const file = path.resolve(cwd, url.slice('file:'.length).replace(/^\/\/(?=\/)/, ''));
    return { provider: 'sqlite', url: `file:${file}`, file };
  }
  throw new Error(
    'DATABASE_URL must start with postgres:// or postgresql:// (PostgreSQL) or file: (SQLite); leave it unset for the embedded SQLite database.',
  );
}

/** The connection URL with any password hidden, for logs. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.provider === 'sqlite') return `SQLite at ${config.file}`;
  try {
    const u = new URL(config.url);
    return `PostgreSQL at ${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}
