// Shared by playwright.config.ts and the specs: the servers the suite starts and the
// accounts that scripts/start.ts creates on their empty databases.
export const ADMIN_USERNAME = 'admin';
export const ADMIN_PASSWORD = 'admin-e2e-password';
/** Password of the demo accounts (`data-scientist`, `viewer`) that first start seeds. */
export const DEMO_PASSWORD = 'demo-e2e-password';
export const VIEWER_USERNAME = 'viewer';
export const DATA_SCIENTIST_USERNAME = 'data-scientist';

/** Ports of the two test servers; E2E_PORT moves both (SQLite on it, PostgreSQL on the next). */
export const SQLITE_PORT = Number(process.env.E2E_PORT ?? 3100);
export const POSTGRES_PORT = SQLITE_PORT + 1;
export const SQLITE_BASE_URL = `http://127.0.0.1:${SQLITE_PORT}`;
export const POSTGRES_BASE_URL = `http://127.0.0.1:${POSTGRES_PORT}`;

/** Path of the SQLite database of server 1, relative to the repository root. */
export const SQLITE_DB_FILE = 'test-results/e2e-sqlite.db';
/** Prefix of the throw-away PostgreSQL databases of server 2 (followed by a timestamp). */
export const PG_DB_PREFIX = 'mr_e2e_';

/** Set by playwright.config.ts in the main process: the database of server 2 for this run. */
export const PG_E2E_DATABASE_URL_ENV = 'MR_E2E_PG_DATABASE_URL';
