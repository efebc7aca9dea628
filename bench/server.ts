/**
 * Starts the production (standalone) server for a benchmark and stops it afterwards. It serves
 * the end-to-end fixtures (or the folder given, e.g. a synthetic archive), so figures compare
 * across runs whatever editors publish.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 3300);
export const BENCH_URL = `http://127.0.0.1:${BENCH_PORT}`;

export interface RunningServer {
  url: string;
  pid: number;
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

export async function startServer(contentDir = 'e2e/fixtures/content', timeoutMs = 30_000): Promise<RunningServer> {
  if (!fs.existsSync(path.join('.next', 'standalone', 'server.js'))) {
    throw new Error('No production build: run `CONTENT_DIR=e2e/fixtures/content npm run build` first (npm run bench does).');
  }
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.mjs', '--port', String(BENCH_PORT)], {
    env: { ...process.env, CONTENT_DIR: contentDir, NODE_ENV: 'production' },
    stdio: 'ignore',
  });
  // scripts/start.mjs runs server.js as its child: find the real server's pid for memory figures.
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${BENCH_URL}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const serverPid = findServerPid(child.pid!) ?? child.pid!;
  return {
    url: BENCH_URL,
    pid: serverPid,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

export function findServerPid(parent: number): number | undefined {
  for (const entry of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === parent) return Number(entry);
    } catch {
      // gone
    }
  }
  return undefined;
}

export function writeResult(name: string, data: unknown) {
  const file = path.join('bench', 'results', `${name}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), ...((data as object) ?? {}) }, null, 2)}\n`);
  return file;
}
