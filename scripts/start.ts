// `npm start`: prepare the database (migrate, first-start accounts and demo data),
// build the app when its sources changed, then serve it with `next start`.
//   --dev        serve with `next dev` instead
//   --no-build   never build (the test suite builds once and starts several servers)
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describeDatabase, resolveDatabaseConfig } from '../lib/server/db/config';
import { applyMigrations } from '../lib/server/db/migrate';
import { disconnectDb } from '../lib/server/db/client';
import { resolveSessionSecret } from '../lib/server/services/settings';
import { schemaFor } from './prisma-schemas.mjs';
import { bootstrap } from './bootstrap';

const root = path.resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const dev = args.has('--dev');
const port = process.env.PORT || '3000';
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

async function prepareDatabase(): Promise<string> {
  const config = resolveDatabaseConfig();
  console.log(`Database: ${describeDatabase(config)}`);
  const applied = await applyMigrations(config, { fileName: 'schema.prisma', text: schemaFor(config.provider) });
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
  await bootstrap({ log: console.log });
  const secret = await resolveSessionSecret();
  await disconnectDb();
  return secret;
}

const BUILD_INPUTS = [
  'app',
  'components',
  'lib',
  'public',
  'types',
  'next.config.js',
  'tsconfig.json',
  'package-lock.json',
  'prisma/schema.prisma',
  'proxy.ts',
];

function sourceHash(): string {
  const hash = createHash('sha256');
  const visit = (rel: string) => {
    const abs = path.join(root, rel);
    if (!existsSync(abs)) return;
    if (statSync(abs).isDirectory()) {
      for (const name of readdirSync(abs).sort()) if (!name.endsWith('.test.ts')) visit(path.join(rel, name));
    } else {
      hash.update(rel).update(readFileSync(abs));
    }
  };
  BUILD_INPUTS.forEach(visit);
  return hash.digest('hex');
}

function buildIfNeeded() {
  const stamp = path.join(root, '.next', 'source-hash');
  const current = sourceHash();
  if (existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === current)
    return;
  console.log('Building the app (first start or sources changed; this takes a minute or two)…');
  const result = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, current);
}

async function main() {
  const secret = await prepareDatabase();
  if (!dev && !args.has('--no-build')) buildIfNeeded();
  const env = {
    ...process.env,
    NEXTAUTH_SECRET: secret,
    // Without a configured public URL, trust the Host header the browser used.
    ...(process.env.NEXTAUTH_URL ? {} : { AUTH_TRUST_HOST: 'true' }),
  };
  const child = spawn(process.execPath, [nextBin, dev ? 'dev' : 'start', '-p', port], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  console.log(`Model Registry is starting on http://localhost:${port}`);
  // Ctrl-C reaches both processes; let Next finish its in-flight requests and exit first.
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

main().catch((err: unknown) => {
  console.error(`Could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
