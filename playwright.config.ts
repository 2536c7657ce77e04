// End-to-end tests against the built app (`npm test` builds it once first).
//   server 1: SQLite, port 3100, always — projects `ui` (Chromium) and `api-sqlite`
//   server 2: PostgreSQL, port 3101, only when TEST_DATABASE_URL names a server — `api-postgresql`
//   Kubernetes API stand-in: port 3108 (e2e/kube/stand-in.ts), used by both servers
//   OpenID provider: port 3109 (e2e/oidc/provider.ts), used by server 1 only; server 2
//   runs without single sign-on, so both configurations are covered
// Each server gets a fresh database: Playwright starts web servers before globalSetup,
// so the server command prepares it (e2e/prepare-database.ts) and globalTeardown drops
// the PostgreSQL one. CHROMIUM_PATH picks the browser binary (empty: Playwright's own).
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import {
  ADMIN_PASSWORD,
  ADMIN_USERNAME,
  DEMO_PASSWORD,
  KUBE_STAND_IN_URL,
  OIDC_CLIENT_ID,
  OIDC_CLIENT_SECRET,
  OIDC_DISPLAY_NAME,
  OIDC_ISSUER,
  PG_DB_PREFIX,
  PG_E2E_DATABASE_URL_ENV,
  POSTGRES_BASE_URL,
  POSTGRES_PORT,
  SQLITE_BASE_URL,
  SQLITE_DB_FILE,
  SQLITE_PORT,
} from './e2e/constants';
import { withDatabaseName } from './e2e/databases';

const root = path.dirname(fileURLToPath(import.meta.url));

// Workers load this file again; values chosen once per run live in the environment,
// which the workers and web servers inherit from the main process.
process.env.MR_E2E_NEXTAUTH_SECRET ??= `e2e-secret-${randomBytes(16).toString('hex')}`;
const pgServerUrl = process.env.TEST_DATABASE_URL?.trim();
if (pgServerUrl) process.env[PG_E2E_DATABASE_URL_ENV] ??= withDatabaseName(pgServerUrl, `${PG_DB_PREFIX}${Date.now()}`);
const pgDatabaseUrl = process.env[PG_E2E_DATABASE_URL_ENV];

type WebServer = Extract<NonNullable<PlaywrightTestConfig['webServer']>, { command: string }>;

function server(port: number, baseURL: string, databaseUrl: string, extraEnv: Record<string, string> = {}): WebServer {
  return {
    command: 'npx tsx e2e/prepare-database.ts && npx tsx scripts/start.ts --no-build',
    cwd: root,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: process.env.E2E_SERVER_LOGS ? 'pipe' : 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      ADMIN_USERNAME,
      ADMIN_PASSWORD,
      SEED_DEMO: 'true',
      DEMO_PASSWORD,
      NEXTAUTH_SECRET: process.env.MR_E2E_NEXTAUTH_SECRET ?? '',
      NEXTAUTH_URL: baseURL,
      ...extraEnv,
    },
  };
}

const oidcProvider: WebServer = {
  command: 'npx tsx e2e/oidc/provider.ts',
  cwd: root,
  url: `${OIDC_ISSUER}/.well-known/openid-configuration`,
  reuseExistingServer: false,
  timeout: 60_000,
  stdout: 'ignore',
  stderr: 'pipe',
};

// A stand-in for a Kubernetes API server with KServe (no cluster runs here), shared by
// both app servers: deployments in environments whose apiServerUrl points at it are
// applied to it and read back from it.
const kubeStandIn: WebServer = {
  command: 'npx tsx e2e/kube/stand-in.ts',
  cwd: root,
  url: `${KUBE_STAND_IN_URL}/healthz`,
  reuseExistingServer: false,
  timeout: 60_000,
  stdout: 'ignore',
  stderr: 'pipe',
};

const oidcEnv = {
  OIDC_ISSUER,
  OIDC_CLIENT_ID,
  OIDC_CLIENT_SECRET,
  OIDC_DISPLAY_NAME,
};

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH || undefined,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'playwright-report' }],
    // scripts/test.ts reads the totals from here.
    ...(process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ? [['json'] as ['json']] : []),
  ],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  globalTeardown: './e2e/global-teardown.ts',
  webServer: [
    // First: the SQLite server discovers the provider's endpoints when it signs someone in.
    oidcProvider,
    kubeStandIn,
    server(SQLITE_PORT, SQLITE_BASE_URL, `file:${path.join(root, SQLITE_DB_FILE)}`, oidcEnv),
    ...(pgDatabaseUrl ? [server(POSTGRES_PORT, POSTGRES_BASE_URL, pgDatabaseUrl)] : []),
  ],
  projects: [
    { name: 'ui', testMatch: 'e2e/ui/**/*.spec.ts', use: { ...chromium, baseURL: SQLITE_BASE_URL } },
    { name: 'api-sqlite', testMatch: 'e2e/api/**/*.spec.ts', use: { baseURL: SQLITE_BASE_URL } },
    ...(pgDatabaseUrl
      ? [{ name: 'api-postgresql', testMatch: 'e2e/api/**/*.spec.ts', use: { baseURL: POSTGRES_BASE_URL } }]
      : []),
  ],
});
