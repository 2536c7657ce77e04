// The load-generating process: `node --import tsx bench/load-worker.ts <job.json> <result.json>`.
// Warms the route up, then runs autocannon for the measured duration and records
// every response time, so p50/p95/p99 are exact rather than histogram buckets.
import { readFileSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import type { LoadJob, LoadResult } from './load';
import { summarize } from './stats';

const [jobFile = '', resultFile = ''] = process.argv.slice(2);
if (!jobFile || !resultFile) throw new Error('usage: load-worker.ts <job.json> <result.json>');
const job: LoadJob = JSON.parse(readFileSync(jobFile, 'utf8'));

let sequence = 0;
const pickPath = () => job.paths[Math.floor(Math.random() * job.paths.length)] ?? '/';

function versionBody(path: string): { path: string; body: string } {
  sequence += 1;
  const name = `${job.uniquePrefix}-${sequence}`;
  const model = decodeURIComponent(path.split('/').at(-2) ?? 'model');
  return {
    path,
    body: JSON.stringify({
      name,
      description: 'Retrained nightly on the latest transactions; calibrated ensemble.',
      labels: ['candidate'],
      properties: { accuracy: Math.round((0.8 + Math.random() * 0.19) * 1e4) / 1e4, epochs: 20 },
      artifact: {
        name: 'model',
        uri: `s3://ml-models/${model}/${name}/model.onnx`,
        modelFormatName: 'onnx',
        modelFormatVersion: '1.15',
      },
    }),
  };
}

function run(durationSec: number, record: number[] | null): Promise<autocannon.Result> {
  const headers = { cookie: job.cookie, accept: 'application/json', 'content-type': 'application/json' };
  const request: autocannon.Request =
    job.kind === 'get'
      ? { method: 'GET', setupRequest: (req) => ({ ...req, path: pickPath() }) }
      : { method: 'POST', setupRequest: (req) => ({ ...req, ...versionBody(pickPath()) }) };
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: job.baseUrl,
        connections: job.connections,
        duration: durationSec,
        timeout: 30,
        headers,
        requests: [request],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    if (record) instance.on('response', (_client, _status, _bytes, responseTime) => record.push(responseTime));
  });
}

async function main() {
  if (job.warmupSec > 0) await run(job.warmupSec, null);
  const samples: number[] = [];
  const result = await run(job.durationSec, samples);
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = stat.count ?? 0;
  const ok = result['2xx'];
  const out: LoadResult = {
    responses: samples.length,
    ok,
    non2xx: result.non2xx,
    statusCodes,
    errors: result.errors,
    timeouts: result.timeouts,
    durationSec: result.duration,
    throughput: result.duration > 0 ? ok / result.duration : 0,
    latency: summarize(samples),
  };
  writeFileSync(resultFile, JSON.stringify(out));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
