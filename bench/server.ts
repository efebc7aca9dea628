/**
 * Starts the production (standalone) server for a benchmark and stops it afterwards. It serves
 * the end-to-end fixtures (or the folder given, e.g. a synthetic archive), so figures compare
 * across runs whatever editors publish.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 3300);

export interface RunningServer {
  url: string;
  /** The processes that serve: the page cache (npm start) and Next.js, or Next.js alone. */
  pids: number[];
  stop: () => Promise<void>;
}

/** The server's resident memory in MB, from /proc (Linux). */
export function rssMb(pid: number): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round((kb / 1024) * 10) / 10 : undefined;
  } catch {
    return undefined;
  }
}

/** The resident memory of all serving processes together, in MB. */
export function totalRssMb(pids: number[]): number | undefined {
  const each = pids.map(rssMb).filter((m): m is number => m !== undefined);
  return each.length ? Math.round(each.reduce((a, b) => a + b, 0) * 10) / 10 : undefined;
}

/**
 * How the production build is served:
 * - `front`: `npm start`, the page cache in front of the standalone server (production);
 * - `standalone`: the standalone server alone (`PAGE_CACHE=off npm start`);
 * - `next-start`: `next start`, Next.js's own production server.
 */
export type ServerMode = 'front' | 'standalone' | 'next-start';

export interface StartOptions {
  /** The content folder served (CONTENT_DIR); the build must have been made from it. */
  contentDir?: string;
  /** How long the server may take to answer its health check (an archive loads its index first). */
  timeoutMs?: number;
}

export async function startServer(mode: ServerMode = 'front', port = BENCH_PORT, options: StartOptions = {}): Promise<RunningServer> {
  const { contentDir = 'e2e/fixtures/content', timeoutMs = 60_000 } = options;
  if (!fs.existsSync(path.join('.next', 'standalone', 'server.js'))) {
    throw new Error('No production build: run `CONTENT_DIR=e2e/fixtures/content npm run build` first (npm run bench does).');
  }
  await assertPortFree(port);
  const url = `http://127.0.0.1:${port}`;
  const log = serverLog(port);
  const env = { ...process.env, CONTENT_DIR: contentDir, NODE_ENV: 'production' as const };
  const stdio: ['ignore', number, number] = ['ignore', log.fd, log.fd];
  const child: ChildProcess =
    mode === 'next-start'
      ? spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '--port', String(port)], { env, stdio })
      : spawn(process.execPath, ['scripts/start.mjs', '--port', String(port)], { env: { ...env, PAGE_CACHE: mode === 'front' ? 'on' : 'off' }, stdio });
  fs.closeSync(log.fd);
  reportUnexpectedExit(child, mode, log.file);
  await waitForHttp(`${url}/api/health`, child, timeoutMs);
  return { url, pids: [child.pid!, ...descendants(child.pid!)], stop: () => stopChild(child) };
}

/**
 * Refuses a port something already listens on: a benchmark must never measure another
 * engineer's server (or an old build) by mistake.
 */
export async function assertPortFree(port: number) {
  const inUse = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
  if (inUse) throw new Error(`Port ${port} is already in use: stop that server or pick another port (BENCH_PORT=…).`);
}

/** Waits until `url` answers 2xx, failing early if the server process exits first. */
export async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 60_000) {
  let exited: string | undefined;
  child.once('exit', (code, signal) => (exited = `exited (${signal ?? code}) before answering ${url}`));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`Server ${exited}`);
    try {
      const response = await fetch(url);
      // A server building its content index answers its health check at once, saying "building":
      // it is ready when it says anything else.
      if (response.ok && !(await response.text()).includes('"status":"building"')) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGTERM');
  throw new Error(`Server did not answer ${url} within ${timeoutMs / 1000} s`);
}

/** The server's output goes to a file in the temporary folder, named for its port. */
export function serverLog(port: number) {
  const file = path.join(os.tmpdir(), `bench-server-${port}.log`);
  return { file, fd: fs.openSync(file, 'w') };
}

const stopping = new WeakSet<ChildProcess>();

/** Says so at once when a server dies while being measured: every figure after that is void. */
export function reportUnexpectedExit(child: ChildProcess, name: string, logFile: string) {
  child.once('exit', (code, signal) => {
    if (!stopping.has(child)) console.error(`bench: the ${name} server exited (${signal ?? code}) while being measured; its output: ${logFile}`);
  });
}

/** Stops a server started here (SIGTERM; it forwards the signal to its own child). */
export async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  stopping.add(child);
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/** Every process below a parent, from /proc. */
function descendants(parent: number): number[] {
  const children: number[] = [];
  for (const entry of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === parent) children.push(Number(entry));
    } catch {
      // gone
    }
  }
  return children.flatMap((pid) => [pid, ...descendants(pid)]);
}

export function writeResult(name: string, data: unknown) {
  const file = path.join('bench', 'results', `${name}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), ...((data as object) ?? {}) }, null, 2)}\n`);
  return file;
}
