// `npm test`: every check, in order, stopping at the first failure.
//   format, lint, typecheck → Vitest on SQLite → Vitest on PostgreSQL → next build → Playwright
// PostgreSQL: TEST_DATABASE_URL, else the local server on 127.0.0.1:5432 if it answers;
// without one the PostgreSQL runs are skipped, except under CI=true where that fails.
// SKIP_BUILD=1 reuses an existing .next build. The last line is "N passed, N failed".
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '..');
const resultsDir = path.join(root, 'test-results');
const isCI = process.env.CI === 'true';
const LOCAL_PG = 'postgresql://root@127.0.0.1:5432/postgres';

type Step = { name: string; status: 'passed' | 'failed' | 'skipped'; ms: number; note?: string };
const steps: Step[] = [];
const totals = { passed: 0, failed: 0 };

function run(command: string, args: string[], env: Record<string, string | undefined> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', (err) => {
      console.error(`Could not run ${command}: ${err.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Reads pass/fail counts from a reporter's JSON file (absent when the runner crashed). */
function countsFrom(file: string, kind: 'vitest' | 'playwright'): { passed: number; failed: number } | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    if (kind === 'vitest') return { passed: json.numPassedTests, failed: json.numFailedTests };
    return { passed: json.stats.expected + json.stats.flaky, failed: json.stats.unexpected };
  } catch {
    return undefined;
  }
}

function finish(code: number): never {
  console.log('\n=== Summary ===');
  for (const s of steps) {
    const time = `${(s.ms / 1000).toFixed(1)}s`.padStart(7);
    console.log(`  ${s.status.padEnd(7)} ${time}  ${s.name}${s.note ? `  (${s.note})` : ''}`);
  }
  const total = steps.reduce((sum, s) => sum + s.ms, 0);
  console.log(`  total   ${`${(total / 1000).toFixed(1)}s`.padStart(7)}`);
  const line = `${totals.passed} passed, ${totals.failed} failed`;
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, 'summary.txt'), `${line}\n`);
  console.log(line);
  process.exit(code);
}

/**
 * Runs one step; stops everything when it fails. `report` names a JSON results file whose
 * counts go into the totals; a failed step without counts counts as one failure.
 */
async function step(
  name: string,
  command: string,
  args: string[],
  options: { env?: Record<string, string | undefined>; report?: { file: string; kind: 'vitest' | 'playwright' } } = {},
): Promise<void> {
  console.log(`\n=== ${name} ===\n$ ${[command, ...args].join(' ')}`);
  if (options.report) rmSync(options.report.file, { force: true });
  const started = Date.now();
  const code = await run(command, args, options.env);
  const counts = options.report && countsFrom(options.report.file, options.report.kind);
  if (counts) {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
  }
  const note = counts ? `${counts.passed} passed, ${counts.failed} failed` : undefined;
  steps.push({ name, status: code === 0 ? 'passed' : 'failed', ms: Date.now() - started, note });
  if (code !== 0) {
    if (!counts || counts.failed === 0) totals.failed += 1;
    console.error(`\n✗ ${name} failed (exit code ${code}). Stopping here.`);
    finish(code);
  }
}

function skip(name: string, reason: string): void {
  console.log(`\n=== ${name} ===\nSkipped: ${reason}`);
  steps.push({ name, status: 'skipped', ms: 0, note: reason });
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function postgresUrl(): Promise<string | undefined> {
  const given = process.env.TEST_DATABASE_URL?.trim();
  if (given) {
    if (await answers(given)) return given;
    console.error(`TEST_DATABASE_URL is set but does not answer: ${given.replace(/\/\/[^@/]*@/, '//***@')}`);
    return undefined;
  }
  return (await answers(LOCAL_PG)) ? LOCAL_PG : undefined;
}

/** A Chromium binary for Playwright: '' means Playwright's own download. */
async function chromiumPath(): Promise<string> {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((c): c is string => !!c && existsSync(c));
  if (found) return found;
  if (existsSync('/etc/debian_version') && process.getuid?.() === 0) {
    await step('Install Chromium (apt)', 'sh', ['-c', 'apt-get update && apt-get install -y chromium']);
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  await step('Install Chromium (Playwright)', 'npx', ['playwright', 'install', 'chromium']);
  return '';
}

async function main(): Promise<void> {
  await step('Format (prettier)', 'npm', ['run', '--silent', 'format:check']);
  await step('Lint (eslint)', 'npm', ['run', '--silent', 'lint']);
  await step('Typecheck (tsc)', 'npm', ['run', '--silent', 'typecheck']);

  const vitestJson = path.join(resultsDir, 'vitest.json');
  const vitestArgs = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`];
  const vitestReport = { file: vitestJson, kind: 'vitest' as const };
  await step('Vitest on SQLite', 'npx', vitestArgs, { env: { TEST_DB_PROVIDER: 'sqlite' }, report: vitestReport });

  const pgUrl = await postgresUrl();
  if (pgUrl) {
    await step('Vitest on PostgreSQL', 'npx', vitestArgs, {
      env: { TEST_DB_PROVIDER: 'postgresql', TEST_DATABASE_URL: pgUrl },
      report: vitestReport,
    });
  } else if (isCI) {
    steps.push({ name: 'Vitest on PostgreSQL', status: 'failed', ms: 0, note: 'PostgreSQL not reachable' });
    totals.failed += 1;
    console.error('\n✗ PostgreSQL not reachable, and CI=true requires it (set TEST_DATABASE_URL or start the server).');
    finish(1);
  } else {
    console.log('\nPostgreSQL not reachable: integration tests ran on SQLite only');
    skip('Vitest on PostgreSQL', 'PostgreSQL not reachable');
  }

  if (process.env.SKIP_BUILD === '1' && existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    skip('Build (next build)', 'SKIP_BUILD=1 and .next/BUILD_ID exists');
  } else {
    await step('Build (next build)', 'npx', ['next', 'build']);
  }

  const chromium = await chromiumPath();
  const playwrightJson = path.join(resultsDir, 'playwright.json');
  await step('Playwright', 'npx', ['playwright', 'test'], {
    env: {
      CHROMIUM_PATH: chromium,
      TEST_DATABASE_URL: pgUrl,
      PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightJson,
    },
    report: { file: playwrightJson, kind: 'playwright' },
  });
  finish(0);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  totals.failed += 1;
  finish(1);
});
