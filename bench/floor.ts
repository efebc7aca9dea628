/**
 * `npm run bench:floor`: the floor, measured. bench/floor/ is a bare Next.js App Router page (a
 * layout and a heading) on the same next and react as the site, built with `next build` into
 * bench/floor/.next and served by `next start`; its JavaScript, as transferred, is what any page
 * of the site ships at the least, so the site's JS budget is "floor + 5 KB".
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { assertPortFree, BENCH_PORT, reportUnexpectedExit, serverLog, stopChild, waitForHttp, writeResult, type RunningServer } from './server';
import { kb, launchWeightBrowser, measurePageWeight, weightRow, type PageWeight } from './pageWeight';

export const FLOOR_DIR = path.join('bench', 'floor');
/** Next to the site's server: BENCH_PORT + 1 unless BENCH_FLOOR_PORT says otherwise. */
export const FLOOR_PORT = Number(process.env.BENCH_FLOOR_PORT ?? BENCH_PORT + 1);
export const FLOOR_URL = `http://127.0.0.1:${FLOOR_PORT}`;

const NEXT_BIN = path.join('node_modules', 'next', 'dist', 'bin', 'next');
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' };

/** Newest modification time of a file, or of any file under a folder (build output excluded). */
export function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p)) if (entry !== '.next' && entry !== 'node_modules') visit(path.join(p, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

/** Builds the floor app unless its build is newer than its sources and the installed next/react. */
export function ensureFloorBuild({ force = false } = {}) {
  const buildId = path.join(FLOOR_DIR, '.next', 'BUILD_ID');
  // The photo page (app/photo) prints the seed story's text, read at build time.
  const story = path.join('e2e', 'fixtures', 'content', 'articles', 'kim-train-khabarovsk', 'en.md');
  const inputs = [FLOOR_DIR, story, path.join('node_modules', 'next', 'package.json'), path.join('node_modules', 'react', 'package.json')];
  if (!force && fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs > newestMtime(inputs)) {
    console.log(`floor: the build in ${FLOOR_DIR}/.next is up to date`);
    return;
  }
  console.log(`floor: next build ${FLOOR_DIR}`);
  const result = spawnSync(process.execPath, [NEXT_BIN, 'build', FLOOR_DIR], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`floor: next build failed (exit ${result.status ?? result.signal})`);
}

/** `next start` on the floor app, on FLOOR_PORT. */
export async function startFloorServer(): Promise<RunningServer> {
  await assertPortFree(FLOOR_PORT);
  const log = serverLog(FLOOR_PORT);
  const child: ChildProcess = spawn(process.execPath, [NEXT_BIN, 'start', FLOOR_DIR, '--port', String(FLOOR_PORT), '--hostname', '127.0.0.1'], {
    env,
    stdio: ['ignore', log.fd, log.fd],
  });
  fs.closeSync(log.fd);
  reportUnexpectedExit(child, 'floor', log.file);
  await waitForHttp(`${FLOOR_URL}/`, child);
  return { url: FLOOR_URL, pids: [child.pid!], stop: () => stopChild(child) };
}

/** The floor page's weight, measured exactly as bench/weight.ts measures the site's pages. */
export async function measureFloorWeight(url: string): Promise<PageWeight> {
  const browser = await launchWeightBrowser();
  try {
    return await measurePageWeight(browser, `${url}/`);
  } finally {
    await browser.close();
  }
}

async function main() {
  ensureFloorBuild({ force: process.argv.includes('--rebuild') });
  const server = await startFloorServer();
  try {
    const weight = await measureFloorWeight(server.url);
    console.table([weightRow('floor (bare Next.js)', weight)]);
    console.log(`floor JS: ${weight.js} bytes (${kb(weight.js)} KB) transferred`);
    const file = writeResult('floor', {
      unit: 'KB transferred (compressed)',
      device: 'Pixel 7 emulation',
      next: readVersion('next'),
      react: readVersion('react'),
      jsBytes: weight.js,
      pages: [weightRow('floor (bare Next.js)', weight)],
    });
    console.log(`written: ${file}`);
  } finally {
    await server.stop();
  }
}

export function readVersion(pkg: string): string {
  return (JSON.parse(fs.readFileSync(path.join('node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) void main();
