// Drives one scenario against the running server from a separate process
// (bench/load-worker.ts, which runs autocannon), so the load generator shares
// neither an event loop nor a heap with the server or with the seeding process.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LatencySummary } from './stats';

export type LoadJob = {
  baseUrl: string;
  cookie: string;
  connections: number;
  durationSec: number;
  warmupSec: number;
  /** `get`: GET one of `paths` at random per request. `register`: POST a new version to one of `paths`. */
  kind: 'get' | 'register';
  paths: string[];
  /** Makes version names unique across runs and warm-ups. */
  uniquePrefix: string;
};

export type LoadResult = {
  /** Responses received in the measured run (any status). */
  responses: number;
  ok: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  errors: number;
  timeouts: number;
  durationSec: number;
  /** 2xx responses per second. */
  throughput: number;
  latency: LatencySummary;
};

const running = new Set<ChildProcess>();

/** Stops any load generator still running (on interrupt or time-out). */
export function killLoadWorkers(): void {
  for (const child of running) child.kill('SIGKILL');
}

export async function runLoad(job: LoadJob, workDir: string, name: string): Promise<LoadResult> {
  const jobFile = path.join(workDir, `${name}.job.json`);
  const resultFile = path.join(workDir, `${name}.result.json`);
  writeFileSync(jobFile, JSON.stringify(job));
  rmSync(resultFile, { force: true });
  const worker = path.join(import.meta.dirname, 'load-worker.ts');
  // Generous but bounded: warm-up + run + start-up, then the worker is killed.
  const limitMs = (job.warmupSec + job.durationSec) * 1000 + 60_000;
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', worker, jobFile, resultFile], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    running.add(child);
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
    child.on('exit', (exitCode) => {
      running.delete(child);
      clearTimeout(timer);
      resolve(exitCode ?? 1);
    });
  });
  if (code !== 0) throw new Error(`The load generator for "${name}" failed (exit code ${code}).`);
  const result: LoadResult = JSON.parse(readFileSync(resultFile, 'utf8'));
  return result;
}
