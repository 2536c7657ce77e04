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

/** The OpenID provider the suite starts (e2e/oidc/provider.ts), for the SQLite server only. */
export const OIDC_PORT = SQLITE_PORT + 9;
export const OIDC_ISSUER = `http://127.0.0.1:${OIDC_PORT}`;
export const OIDC_CLIENT_ID = 'model-registry-e2e';
export const OIDC_CLIENT_SECRET = 'model-registry-e2e-secret';
export const OIDC_DISPLAY_NAME = 'Test IdP';

/**
 * The stand-in Kubernetes API server (e2e/kube/stand-in.ts): no cluster runs here, so the
 * apply/status path of deployments is tested against it. Shared by both app servers.
 */
export const KUBE_STAND_IN_PORT = SQLITE_PORT + 8;
export const KUBE_STAND_IN_URL = `http://127.0.0.1:${KUBE_STAND_IN_PORT}`;
/** The only bearer token the stand-in accepts. */
export const KUBE_STAND_IN_TOKEN = 'stand-in-cluster-token-5f1c2a';
