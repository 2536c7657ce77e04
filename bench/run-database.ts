// One database's benchmark: fresh database → bulk seed → server process → sign-in →
// direct timings → load runs from a separate process → cleanup (always).
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { disconnectDb, getDb } from '../lib/server/db/client';
import { toPrincipal } from '../lib/server/services/users';
import { cpuSnapshot, cpuUsage, waitForQuiet, type Ownership } from './cpu';
import { createBenchDatabase, databaseVersion } from './databases';
import { BENCH_REGISTRY, randomSource } from './data';
import { runLoad, type LoadJob } from './load';
import type { BenchOptions, DbChoice } from './options';
import { evaluateTargets, markdownTable, verdictList, type ScenarioResult, type TargetVerdict } from './report';
import { buildScenarios, timeDirect } from './scenarios';
import { seedRegistry, type SeedResult } from './seed';
import { findFreePort, signIn, startServer } from './server';
import { ms } from './stats';

export type DatabaseReport = {
  provider: DbChoice;
  version: string;
  seed: SeedResult;
  deepIndex: number;
  results: ScenarioResult[];
  targets: TargetVerdict[];
  table: string;
};

/** A measurement waits (at most --quiet-wait seconds) until other processes use less than this share of the CPUs. */
const QUIET_OTHERS_PCT = 10;

/** Cleanup steps still to run; the caller runs them on a signal or a time-out too. */
export const pendingCleanup: (() => Promise<void>)[] = [];

async function runCleanup(): Promise<void> {
  while (pendingCleanup.length)
    await pendingCleanup
      .pop()?.()
      .catch((err: unknown) => console.error(err));
}

/** Walks the list by cursor, 100 at a time, to about item `target`; returns that cursor. */
async function cursorAt(baseUrl: string, cookie: string, target: number): Promise<{ cursor: string; index: number }> {
  let cursor: string | null = null;
  let index = 0;
  while (index < target) {
    const size = Math.min(100, target - index);
    const qs = new URLSearchParams({ pageSize: String(size), ...(cursor ? { cursor } : {}) });
    const res = await fetch(`${baseUrl}/api/v1/registries/${BENCH_REGISTRY}/models?${qs}`, { headers: { cookie } });
    if (!res.ok) throw new Error(`Walking the model list failed (HTTP ${res.status}).`);
    const page = (await res.json()) as { items: unknown[]; nextCursor: string | null };
    index += page.items.length;
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  if (!cursor) throw new Error('The model list has a single page: seed more models for a deep page.');
  return { cursor, index };
}

/** `count` LIVE models picked at random (the same ones on every database), and how many are LIVE. */
async function sampleLiveModels(count: number): Promise<{ sample: string[]; live: number }> {
  const live = await getDb().registeredModel.findMany({ where: { state: 'LIVE' }, select: { name: true } });
  const r = randomSource(7);
  const names = live.map((m) => m.name).sort();
  const sample = Array.from({ length: Math.min(count, names.length) }, () => names[Math.floor(r() * names.length)]);
  return { sample: sample.filter((n): n is string => n !== undefined), live: names.length };
}

export async function benchmarkDatabase(
  provider: DbChoice,
  options: BenchOptions,
  workDir: string,
  log: (line: string) => void,
): Promise<DatabaseReport | null> {
  const previousUrl = process.env.DATABASE_URL;
  try {
    log(`\n## ${provider}: creating a fresh database`);
    const db = await createBenchDatabase(provider, options.postgresServerUrl);
    pendingCleanup.push(async () => {
      if (options.keep) log(`Kept ${db.description} (DATABASE_URL=${db.url})`);
      else await db.drop();
    });
    process.env.DATABASE_URL = db.url;
    pendingCleanup.push(() => disconnectDb());
    const version = await databaseVersion(db);
    log(`${db.description} (${version})`);

    log(`Seeding ${options.models} models × ${options.versions} versions…`);
    const seed = await seedRegistry(provider, db.url, options.models, options.versions, log);
    log(`Seeded ${seed.rows} rows in ${seed.seconds.toFixed(1)} s`);
    if (options.seedOnly) return null;
    const { sample: sampleModels, live } = await sampleLiveModels(200);

    // The server's start-up migration check wants the SQLite file to itself.
    await disconnectDb();
    const admin = { username: 'bench-admin', password: randomBytes(18).toString('base64url') };
    const port = await findFreePort(options.port);
    log(`Starting the server on 127.0.0.1:${port}…`);
    const server = await startServer(
      port,
      {
        databaseUrl: db.url,
        adminUsername: admin.username,
        adminPassword: admin.password,
        secret: randomBytes(32).toString('base64url'),
      },
      path.join(workDir, `server-${provider}.log`),
    );
    pendingCleanup.push(() => server.stop());
    const own: Ownership = {
      pids: new Set([process.pid]),
      groups: new Set([server.pid]),
      cmdlineIncludes: [workDir, ...(db.name ? [db.name] : [])],
    };
    const quiet = async (what: string) => {
      const usage = await waitForQuiet(own, QUIET_OTHERS_PCT, options.quietWaitSec);
      if (usage && usage.othersPct >= QUIET_OTHERS_PCT) {
        log(`  (other processes use ${Math.round(usage.othersPct)}% of the CPUs; measuring ${what} anyway)`);
      }
    };
    const cookie = await signIn(server.baseUrl, admin.username, admin.password);
    const deep = await cursorAt(server.baseUrl, cookie, Math.min(5000, Math.floor(live / 2)));

    const user = await getDb().user.findUniqueOrThrow({ where: { username: admin.username } });
    const scenarios = buildScenarios({
      registry: BENCH_REGISTRY,
      principal: toPrincipal(user),
      sampleModels,
      deepCursor: deep.cursor,
      deepIndex: deep.index,
    });

    const direct = new Map<string, ScenarioResult['direct']>();
    for (const s of scenarios) {
      if (!s.direct) continue;
      await quiet(`${s.title} directly`);
      const summary = await timeDirect(s.direct, options.directIterations);
      direct.set(s.id, summary);
      log(`  direct   ${s.title}: p50 ${ms(summary.p50)} ms, p99 ${ms(summary.p99)} ms`);
    }

    const results: ScenarioResult[] = [];
    const runId = `bench-${Date.now().toString(36)}`;
    for (const s of scenarios) {
      const job = (connections: number, durationSec: number, suffix: string): LoadJob => ({
        baseUrl: server.baseUrl,
        cookie,
        connections,
        durationSec,
        warmupSec: options.warmupSec,
        kind: s.kind,
        paths: s.paths,
        uniquePrefix: `${runId}-${suffix}`,
      });
      await quiet(s.title);
      const before = cpuSnapshot(own);
      const api = await runLoad(job(options.connections, options.durationSec, 'load'), workDir, `${provider}-${s.id}`);
      const cpu = cpuUsage(before, cpuSnapshot(own));
      log(
        `  api ×${options.connections} ${s.title}: p50 ${ms(api.latency.p50)} ms, p99 ${ms(api.latency.p99)} ms, ` +
          `${Math.round(api.throughput)} req/s${api.non2xx || api.errors ? `, ${api.non2xx} non-2xx, ${api.errors} errors` : ''}` +
          (cpu ? `; CPU ours ${Math.round(cpu.oursPct)}%, others ${Math.round(cpu.othersPct)}%` : ''),
      );
      let apiSingle = null;
      if (s.kind === 'get') {
        const singleSec = Math.max(2, Math.round(options.durationSec / 2));
        await quiet(`${s.title} (1 client)`);
        apiSingle = await runLoad(job(1, singleSec, 'single'), workDir, `${provider}-${s.id}-single`);
        log(`  api ×1  ${s.title}: p50 ${ms(apiSingle.latency.p50)} ms`);
      }
      results.push({ id: s.id, title: s.title, api, apiSingle, direct: direct.get(s.id) ?? null, cpu });
    }
    const targets = evaluateTargets(results);
    const table = markdownTable(results, options.connections);
    log(`\n### ${version}\n\n${table}\n\n${verdictList(targets)}`);
    return { provider, version, seed, deepIndex: deep.index, results, targets, table };
  } finally {
    await runCleanup();
    if (previousUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previousUrl;
  }
}
