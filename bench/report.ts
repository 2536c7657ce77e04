// Turns measurements into the markdown table and the target verdicts.
import type { CpuUsage } from './cpu';
import type { LoadResult } from './load';
import type { ScenarioId } from './scenarios';
import { ms, type LatencySummary } from './stats';

export type ScenarioResult = {
  id: ScenarioId;
  title: string;
  /** Under load, with the configured number of concurrent clients. */
  api: LoadResult;
  /** One client at a time: the per-request cost without queueing (reads only). */
  apiSingle: LoadResult | null;
  /** The service call in-process, sequentially (reads only). */
  direct: LatencySummary | null;
  /** Machine CPU during the loaded run: ours (server, load generator, database) and others'. */
  cpu: CpuUsage | null;
};

export type TargetVerdict = { target: string; met: boolean; detail: string };

export const TARGETS = { readP99Ms: 50, deepOverFirst: 1.5, apiOverDirect: 3 };

export function evaluateTargets(results: ScenarioResult[]): TargetVerdict[] {
  const verdicts: TargetVerdict[] = [];
  const reads = results.filter((r) => r.direct);
  for (const r of reads) {
    const p99 = r.api.latency.p99;
    verdicts.push({
      target: `${r.title}: p99 ≤ ${TARGETS.readP99Ms} ms`,
      met: p99 <= TARGETS.readP99Ms && r.api.non2xx === 0 && r.api.errors === 0,
      detail: `p99 ${ms(p99)} ms${r.api.non2xx || r.api.errors ? `, ${r.api.non2xx} non-2xx, ${r.api.errors} errors` : ''}`,
    });
  }
  const first = results.find((r) => r.id === 'first-page');
  const deep = results.find((r) => r.id === 'deep-page');
  if (first && deep) {
    const ratio = deep.api.latency.p50 / first.api.latency.p50;
    verdicts.push({
      target: `Deep page p50 ≤ ${TARGETS.deepOverFirst}× first page p50`,
      met: ratio <= TARGETS.deepOverFirst,
      detail: `${ms(deep.api.latency.p50)} / ${ms(first.api.latency.p50)} ms = ${ratio.toFixed(2)}×`,
    });
  }
  for (const r of reads) {
    if (!r.direct) continue;
    const ratio = r.api.latency.p50 / r.direct.p50;
    verdicts.push({
      target: `${r.title}: API p50 ≤ ${TARGETS.apiOverDirect}× direct p50`,
      met: ratio <= TARGETS.apiOverDirect,
      detail:
        `${ms(r.api.latency.p50)} / ${ms(r.direct.p50)} ms = ${ratio.toFixed(1)}×` +
        (r.apiSingle ? `; with 1 client ${(r.apiSingle.latency.p50 / r.direct.p50).toFixed(1)}×` : ''),
    });
  }
  return verdicts;
}

export function markdownTable(results: ScenarioResult[], connections: number): string {
  const head = [
    'Scenario',
    `API p50`,
    `API p95`,
    `API p99`,
    'req/s',
    'non-2xx / errors',
    'API p50, 1 client',
    'Direct p50',
    'Direct p95',
    'Direct p99',
    'API ÷ direct (p50)',
    'CPU ours / others %',
  ];
  const lines = [
    `Latencies in ms; API columns with ${connections} concurrent clients unless marked.`,
    '',
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
  ];
  for (const r of results) {
    const a = r.api.latency;
    const d = r.direct;
    lines.push(
      `| ${[
        r.title,
        ms(a.p50),
        ms(a.p95),
        ms(a.p99),
        Math.round(r.api.throughput).toString(),
        `${r.api.non2xx} / ${r.api.errors}`,
        r.apiSingle ? ms(r.apiSingle.latency.p50) : '–',
        d ? ms(d.p50) : '–',
        d ? ms(d.p95) : '–',
        d ? ms(d.p99) : '–',
        d ? `${(a.p50 / d.p50).toFixed(1)}×` : '–',
        r.cpu ? `${Math.round(r.cpu.oursPct)} / ${Math.round(r.cpu.othersPct)}` : '–',
      ].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

export function verdictList(verdicts: TargetVerdict[]): string {
  return verdicts.map((v) => `- ${v.met ? 'met   ' : 'MISSED'} ${v.target} (${v.detail})`).join('\n');
}
