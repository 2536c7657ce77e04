// How busy the machine was during a measurement, and how much of that was the
// benchmark itself (server, load generator, this process, the database backends of
// the benchmark database). On a shared machine a measurement taken while other work
// used the CPUs is flagged, and each run first waits (bounded) for a quiet moment.
// Linux only (/proc); elsewhere nothing is measured and nothing waits.
import { readdirSync, readFileSync } from 'node:fs';

/** `ours`: CPU ticks used so far by each of the benchmark's processes, by pid. */
export type CpuSnapshot = { at: number; machineBusy: number; machineTotal: number; ours: Map<number, number> };
export type CpuUsage = {
  /** Share of all CPUs, 0–100. */
  machinePct: number;
  oursPct: number;
  othersPct: number;
};

/** Which processes count as the benchmark's own. */
export type Ownership = { pids: Set<number>; groups: Set<number>; cmdlineIncludes: string[] };

function read(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function machineTicks(): { busy: number; total: number } | null {
  const line = read('/proc/stat')?.split('\n')[0];
  if (!line?.startsWith('cpu ')) return null;
  const v = line.trim().split(/\s+/).slice(1, 9).map(Number);
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = v;
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

function ourTicks(own: Ownership): Map<number, number> {
  const ticks = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    if (!stat) continue;
    // Fields after the command name (which may contain spaces) start after the last ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pgid = Number(fields[2]);
    const pid = Number(name);
    let mine = own.pids.has(pid) || own.groups.has(pgid);
    if (!mine && own.cmdlineIncludes.length) {
      const cmd = read(`/proc/${name}/cmdline`) ?? '';
      mine = own.cmdlineIncludes.some((s) => cmd.includes(s));
    }
    if (mine) ticks.set(pid, Number(fields[11]) + Number(fields[12]));
  }
  return ticks;
}

export function cpuSnapshot(own: Ownership): CpuSnapshot | null {
  if (process.platform !== 'linux') return null;
  const m = machineTicks();
  if (!m) return null;
  return { at: Date.now(), machineBusy: m.busy, machineTotal: m.total, ours: ourTicks(own) };
}

export function cpuUsage(from: CpuSnapshot | null, to: CpuSnapshot | null): CpuUsage | null {
  if (!from || !to) return null;
  const total = to.machineTotal - from.machineTotal;
  if (total <= 0) return null;
  const machinePct = (100 * (to.machineBusy - from.machineBusy)) / total;
  // Processes that ended in between are not counted (their ticks are gone); ones that
  // started count in full. Per-process ticks add up to the machine's total over all CPUs.
  let ours = 0;
  for (const [pid, ticks] of to.ours) ours += Math.max(0, ticks - (from.ours.get(pid) ?? 0));
  const oursPct = Math.min(machinePct, (100 * ours) / total);
  return { machinePct, oursPct, othersPct: Math.max(0, machinePct - oursPct) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until other processes use less than `maxOthersPct` of the machine over one
 * second, for at most `maxWaitSec`. Returns what the last check saw.
 */
export async function waitForQuiet(own: Ownership, maxOthersPct: number, maxWaitSec: number): Promise<CpuUsage | null> {
  const deadline = Date.now() + maxWaitSec * 1000;
  for (;;) {
    const before = cpuSnapshot(own);
    await sleep(1000);
    const usage = cpuUsage(before, cpuSnapshot(own));
    if (!usage || usage.othersPct < maxOthersPct || Date.now() > deadline) return usage;
  }
}
