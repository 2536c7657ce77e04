// The real server under test, in its own process group: `scripts/start.ts --no-build`
// (migrate check, first-start admin, `next start`), on a free loopback port, with a
// session signed in through next-auth's credentials endpoints.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export type RunningServer = {
  /** Also the id of its process group. */
  pid: number;
  baseUrl: string;
  port: number;
  logFile: string;
  stop(): Promise<void>;
};

export const ROOT = path.resolve(import.meta.dirname, '..');

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

export async function findFreePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) if (await portIsFree(port)) return port;
  throw new Error(`No free port between ${from} and ${from + 99}.`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Signals the whole process group (start.ts, tsx and next start) of a child we spawned detached. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

export type ServerEnv = { databaseUrl: string; adminUsername: string; adminPassword: string; secret: string };

export async function startServer(port: number, env: ServerEnv, logFile: string): Promise<RunningServer> {
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'start.ts'), '--no-build'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: env.databaseUrl,
      SEED_DEMO: 'false',
      ADMIN_USERNAME: env.adminUsername,
      ADMIN_PASSWORD: env.adminPassword,
      NEXTAUTH_SECRET: env.secret,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    signalGroup(child, 'SIGTERM');
    if (!(await waitForExit(child, 10_000))) {
      signalGroup(child, 'SIGKILL');
      await waitForExit(child, 5_000);
    }
    await new Promise<void>((resolve) => log.end(resolve));
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    try {
      const res = await fetch(`${baseUrl}/api/ready`);
      if (res.ok) return { pid: child.pid ?? -1, baseUrl, port, logFile, stop };
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  await stop();
  const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
  throw new Error(`The server did not become ready on port ${port}. Last lines of its log:\n${tail}`);
}

function cookiesFrom(res: Response, jar: Map<string, string>): void {
  for (const line of res.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const eq = pair.indexOf('=');
    if (eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

/** Signs in with username and password; returns the Cookie header that carries the session. */
export async function signIn(baseUrl: string, username: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  cookiesFrom(csrfRes, jar);
  const csrf: unknown = await csrfRes.json();
  const csrfToken = csrf && typeof csrf === 'object' && 'csrfToken' in csrf ? String(csrf.csrfToken) : '';
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, username, password, json: 'true' }),
  });
  cookiesFrom(res, jar);
  const session = [...jar.keys()].find((k) => k.endsWith('next-auth.session-token'));
  if (!session) throw new Error(`Sign-in failed (HTTP ${res.status}): no session cookie was set.`);
  const cookie = `${session}=${jar.get(session) ?? ''}`;
  const check = await fetch(`${baseUrl}/api/v1/registries`, { headers: { cookie } });
  if (!check.ok) throw new Error(`The session cookie was not accepted (HTTP ${check.status}).`);
  return cookie;
}
