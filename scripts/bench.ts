// `npm run bench`: seeds a registry (10 000 models × 10 versions by default) in a fresh
// SQLite and/or PostgreSQL database, starts the real server as its own process, drives
// it with autocannon from another process and times the same reads in-process against
// the database. Prints a markdown table per database and writes bench-results/*.json.
// Options: see bench/options.ts (`npm run bench -- --smoke` checks the harness in ~2 min).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { killLoadWorkers } from '../bench/load';
import { parseOptions } from '../bench/options';
import { benchmarkDatabase, pendingCleanup, type DatabaseReport } from '../bench/run-database';
import { ROOT } from '../bench/server';

const log = (line: string) => console.log(line);

function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

/** The server runs the existing production build; build only when there is none (or --build). */
function ensureBuild(force: boolean): string {
  const buildId = path.join(ROOT, '.next', 'BUILD_ID');
  if (existsSync(buildId) && !force) {
    return `existing build ${readFileSync(buildId, 'utf8').trim()} (rebuild with --build if the sources changed)`;
  }
  log(force ? 'Building the app (--build)…' : 'No production build (.next/BUILD_ID missing): running `next build`…');
  const nextBin = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
  const result = spawnSync(process.execPath, [nextBin, 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('`next build` failed.');
  return `fresh build ${readFileSync(buildId, 'utf8').trim()}`;
}

async function main(): Promise<void> {
  const options = await parseOptions(process.argv.slice(2));
  // Every run is bounded: on time-out the cleanup runs and the process exits.
  const limitMinutes = options.smoke ? 10 : 90;
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'mr-bench-run-'));
  let cleaning = false;
  const abort = (reason: string, code: number) => {
    if (cleaning) return;
    cleaning = true;
    console.error(`\n${reason}: cleaning up…`);
    killLoadWorkers();
    void (async () => {
      while (pendingCleanup.length)
        await pendingCleanup
          .pop()?.()
          .catch(() => {});
      rmSync(workDir, { recursive: true, force: true });
      process.exit(code);
    })();
  };
  const timer = setTimeout(() => abort(`Time limit of ${limitMinutes} minutes reached`, 1), limitMinutes * 60_000);
  process.on('SIGINT', () => abort('Interrupted', 130));
  process.on('SIGTERM', () => abort('Terminated', 143));

  try {
    const build = ensureBuild(options.build);
    log(
      `Benchmark: ${options.models} models × ${options.versions} versions on ${options.databases.join(' and ')}; ` +
        `${options.connections} clients, ${options.durationSec} s per scenario; ${build}.`,
    );
    const reports: DatabaseReport[] = [];
    for (const provider of options.databases) {
      const report = await benchmarkDatabase(provider, options, workDir, log);
      if (report) reports.push(report);
    }
    if (options.seedOnly) return;

    const outDir = path.join(ROOT, 'bench-results');
    mkdirSync(outDir, { recursive: true });
    const file = path.join(outDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    const { postgresServerUrl: _server, ...settings } = options;
    writeFileSync(
      file,
      `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), build, options: settings, reports }, null, 2)}\n`,
    );
    log(`\nResults written to ${path.relative(ROOT, file)}`);
    const missed = reports.flatMap((r) => r.targets.filter((t) => !t.met).map((t) => `${r.provider}: ${t.target}`));
    log(missed.length ? `Targets missed: ${missed.length}` : 'All targets met.');
  } finally {
    clearTimeout(timer);
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(1);
  },
);
