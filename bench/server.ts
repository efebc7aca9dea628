/**
 * Starts the production (standalone) server for a benchmark and stops it afterwards. It serves
 * the end-to-end fixtures, so figures compare across runs whatever editors publish.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
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

export async function startServer(mode: ServerMode = 'front', port = BENCH_PORT): Promise<RunningServer> {
  if (!fs.existsSync(path.join('.next', 'standalone', 'server.js'))) {
    throw new Error('No production build: run `CONTENT_DIR=e2e/fixtures/content npm run build` first (npm run bench does).');
  }
  const url = `http://127.0.0.1:${port}`;
  const env = { ...process.env, CONTENT_DIR: 'e2e/fixtures/content', NODE_ENV: 'production' as const };
  const child: ChildProcess =
    mode === 'next-start'
      ? spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '--port', String(port)], { env, stdio: 'ignore' })
      : spawn(process.execPath, ['scripts/start.mjs', '--port', String(port)], { env: { ...env, PAGE_CACHE: mode === 'front' ? 'on' : 'off' }, stdio: 'ignore' });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`The ${mode} server did not start on ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    pids: [child.pid!, ...descendants(child.pid!)],
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
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
