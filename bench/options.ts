// Benchmark options: flags win over environment variables, which win over defaults.
//   --db sqlite|postgresql|both   BENCH_DB          default: both when PostgreSQL answers, else sqlite
//   --models N                    BENCH_MODELS      default 10000
//   --versions N                  BENCH_VERSIONS    default 10 (per model)
//   --duration S                  BENCH_DURATION    seconds of load per scenario, default 10
//   --connections N               BENCH_CONNECTIONS concurrent clients, default 16
//   --direct-iterations N         BENCH_DIRECT      sequential in-process calls per read, default 300
//   --port N                      BENCH_PORT        first port to try for the server, default 3200
//   --smoke                       BENCH_SMOKE=1     200 models × 3 versions, 2 s runs (checks the harness)
//   --build                       BENCH_BUILD=1     run `next build` first even when a build exists
//   --quiet-wait S                BENCH_QUIET_WAIT  wait up to S seconds before each measurement for other
//                                                   processes to leave the CPUs alone; default 120 (smoke 0)
//   --keep                        BENCH_KEEP=1      keep the databases afterwards (to EXPLAIN queries on them)
//   --seed-only                                     create, seed and keep the databases; no server, no load
import pg from 'pg';

export type DbChoice = 'sqlite' | 'postgresql';

export type BenchOptions = {
  databases: DbChoice[];
  models: number;
  versions: number;
  durationSec: number;
  warmupSec: number;
  connections: number;
  directIterations: number;
  port: number;
  quietWaitSec: number;
  smoke: boolean;
  build: boolean;
  keep: boolean;
  seedOnly: boolean;
  /** Any database on the PostgreSQL server; benchmark databases are created beside it. */
  postgresServerUrl: string;
};

const LOCAL_PG = 'postgresql://root@127.0.0.1:5432/postgres';

function flagValues(argv: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument "${arg}" (flags look like --models 1000).`);
    const [name = '', inline] = arg.slice(2).split('=', 2);
    if (inline !== undefined) out.set(name, inline);
    else if (['smoke', 'build', 'keep', 'seed-only'].includes(name)) out.set(name, 'true');
    else {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new Error(`--${name} needs a value.`);
      out.set(name, next);
      i++;
    }
  }
  return out;
}

function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number, not "${raw}".`);
  return n;
}

function nonNegativeInt(name: string, raw: string | undefined, fallback: number): number {
  return raw === '0' ? 0 : positiveInt(name, raw, fallback);
}

const truthy = (v: string | undefined) => v !== undefined && ['1', 'true', 'yes'].includes(v.toLowerCase());

export async function postgresAnswers(url: string): Promise<boolean> {
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

export async function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<BenchOptions> {
  const flags = flagValues(argv);
  const known = [
    'db',
    'models',
    'versions',
    'duration',
    'connections',
    'direct-iterations',
    'port',
    'quiet-wait',
    'smoke',
    'build',
    'keep',
    'seed-only',
  ];
  const unknown = [...flags.keys()].filter((k) => !known.includes(k));
  if (unknown.length) throw new Error(`Unknown option(s): ${unknown.map((k) => `--${k}`).join(', ')}.`);
  const get = (flag: string, envName: string) => flags.get(flag) ?? env[envName];

  const smoke = truthy(get('smoke', 'BENCH_SMOKE'));
  const postgresServerUrl = env.TEST_DATABASE_URL?.trim() || LOCAL_PG;
  const dbChoice = (get('db', 'BENCH_DB') ?? '').toLowerCase();
  let databases: DbChoice[];
  if (dbChoice === 'sqlite') databases = ['sqlite'];
  else if (dbChoice === 'postgresql' || dbChoice === 'postgres') databases = ['postgresql'];
  else if (dbChoice === 'both') databases = ['sqlite', 'postgresql'];
  else if (dbChoice === '')
    databases = (await postgresAnswers(postgresServerUrl)) ? ['sqlite', 'postgresql'] : ['sqlite'];
  else throw new Error(`--db must be sqlite, postgresql or both, not "${dbChoice}".`);

  return {
    databases,
    models: positiveInt('--models', get('models', 'BENCH_MODELS'), smoke ? 200 : 10_000),
    versions: positiveInt('--versions', get('versions', 'BENCH_VERSIONS'), smoke ? 3 : 10),
    durationSec: positiveInt('--duration', get('duration', 'BENCH_DURATION'), smoke ? 2 : 10),
    warmupSec: smoke ? 1 : 2,
    connections: positiveInt('--connections', get('connections', 'BENCH_CONNECTIONS'), 16),
    directIterations: positiveInt('--direct-iterations', get('direct-iterations', 'BENCH_DIRECT'), smoke ? 30 : 300),
    port: positiveInt('--port', get('port', 'BENCH_PORT'), 3200),
    quietWaitSec: nonNegativeInt('--quiet-wait', get('quiet-wait', 'BENCH_QUIET_WAIT'), smoke ? 0 : 120),
    smoke,
    build: truthy(get('build', 'BENCH_BUILD')),
    keep: truthy(get('keep', 'BENCH_KEEP')) || flags.has('seed-only'),
    seedOnly: flags.has('seed-only'),
    postgresServerUrl,
  };
}
