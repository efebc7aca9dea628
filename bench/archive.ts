/**
 * `npm run bench:archive -- [--sizes 1000,10000,50000] [--seed 7] [--no-build]`
 * (or BENCH_ARCHIVE_SIZES=1000,10000): how the site scales with the size of its archive.
 *
 * For each size it writes (or reuses) a synthetic archive (bench/corpus.ts) and measures:
 * - `npm run build` on it from no content index: content:check (which builds the index of the
 *   whole folder) and next build, time per phase, prerendered pages, and the peak memory of the
 *   whole process tree (RSS sampled);
 * - the content index's size (index.sqlite in the content cache, search included);
 * - the production server (`npm start`): time until /api/health answers "ok", the latency of a
 *   prerendered story, of archive stories (not prerendered) on first request and again from the
 *   cache, of a deep listing page, and the memory of all its processes afterwards.
 *
 * Writes bench/results/archive.json and bench/results/archive.svg and prints a table. Leaves .next
 * built from the largest archive: build again (npm run build) before `npm start`.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contentCacheDir } from '@/lib/content/indexFile';
import { DEFAULT_PRERENDER_LISTING_PAGES, DEFAULT_PRERENDER_STORIES } from '@/lib/content/prerender';
import { pageCount } from '@/lib/pagination';
import { listingKeys } from '@/lib/content/listings';
import { listPublishedSlugs } from '@/lib/content/queries';
import { corpusOptions, defaultCorpusDir, isCorpus, parseArgs, readManifest, writeCorpus } from './corpus';
import { BENCH_PORT, rssMb, startServer, totalRssMb, writeResult } from './server';

/** The archive sizes to measure: `--sizes`, else BENCH_ARCHIVE_SIZES, else 1k, 10k and 50k. */
export function parseSizes(value: string | undefined): number[] {
  const sizes = (value ?? '1000,10000,50000').split(',').map((s) => Number(s.trim().replaceAll('_', '').replace(/k$/i, '000')));
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes must be whole numbers separated by commas, got "${value}"`);
  return [...new Set(sizes)].sort((a, b) => a - b);
}

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s`;
const log = (message: string) => console.log(`[${elapsed()}] ${message}`);
const round = (n: number, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Every process below `root` (inclusive), from /proc. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

interface CommandRun {
  ms: number;
  code: number | null;
  /** Peak of the summed resident memory of the process tree, MB. */
  peakTreeMb: number;
  /** Peak resident memory of its largest single process, MB. */
  peakProcessMb: number;
  /** When each watched line first appeared, ms after the start. */
  marks: Record<string, number>;
  /** User + system CPU time of the whole process tree (from /usr/bin/time), when available. */
  cpuMs?: number;
  /** The machine's 1-minute load average at the start and the end (2 cores: above 2 is contention). */
  loadAverage: [number, number];
  output: string;
}

const TIME = '/usr/bin/time';
const loadNow = () => round(os.loadavg()[0] ?? 0, 1);

/** Runs a command, sampling its process tree's memory twice a second and echoing progress lines. */
function runMeasured(command: string, args: string[], env: NodeJS.ProcessEnv, watch: Record<string, RegExp>): Promise<CommandRun> {
  return new Promise((resolve) => {
    const begin = Date.now();
    const loadBefore = loadNow();
    // /usr/bin/time adds the CPU time of every process the command waited for.
    const timed = fs.existsSync(TIME);
    const child = timed
      ? spawn(TIME, ['-f', '__CPU__ %U %S', command, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let peakTreeMb = 0;
    let peakProcessMb = 0;
    const marks: Record<string, number> = {};
    let output = '';
    const sample = () => {
      let total = 0;
      for (const pid of processTree(child.pid!)) {
        const mb = rssMb(pid) ?? 0;
        total += mb;
        peakProcessMb = Math.max(peakProcessMb, mb);
      }
      peakTreeMb = Math.max(peakTreeMb, total);
    };
    const sampler = setInterval(sample, 500);
    const heartbeat = setInterval(() => log(`  still running (${round((Date.now() - begin) / 1000)} s, peak ${round(peakTreeMb)} MB)`), 30_000);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      for (const line of text.split('\n')) {
        for (const [name, pattern] of Object.entries(watch)) {
          if (pattern.test(line) && marks[name] === undefined) marks[name] = Date.now() - begin;
        }
        if (/Generating static pages|Compiled|content:check|route catalog|Error|error TS|FATAL|heap/.test(line)) log(`  ${line.trim()}`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearInterval(sampler);
      clearInterval(heartbeat);
      const cpu = /__CPU__ ([\d.]+) ([\d.]+)/.exec(output);
      const cpuMs = cpu ? Math.round((Number(cpu[1]) + Number(cpu[2])) * 1000) : undefined;
      output = output.replace(/^.*__CPU__.*$/m, '');
      resolve({ ms: Date.now() - begin, code, peakTreeMb: round(peakTreeMb), peakProcessMb: round(peakProcessMb), marks, cpuMs, loadAverage: [loadBefore, loadNow()], output });
    });
  });
}

interface Timed {
  status: number;
  ms: number;
  cache?: string;
  front?: string;
}

/**
 * A page once it is cached: Next.js answers the second request from the copy it kept, and the
 * page cache in front (scripts/page-cache.mjs) keeps that answer; from the third on, readers get
 * it from memory, as they get a prerendered page. That steady state is what is timed.
 */
async function cachedGet(url: string): Promise<Timed> {
  await timedGet(url);
  // Wait (at most 2 s) until the page cache answers it.
  for (let tries = 0; tries < 40; tries++) {
    if ((await fetch(url, { method: 'HEAD' })).headers.get('x-cache') === 'HIT') break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return timedGet(url);
}

async function timedGet(url: string): Promise<Timed> {
  const begin = performance.now();
  const response = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
  await response.arrayBuffer();
  return {
    status: response.status,
    ms: round(performance.now() - begin, 1),
    cache: response.headers.get('x-nextjs-cache') ?? undefined,
    // HIT when the page cache in front answered (scripts/page-cache.mjs).
    front: response.headers.get('x-cache') ?? undefined,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : undefined;
};

export interface SizeResult {
  stories: number;
  storyFiles: number;
  build?: {
    ms: number;
    contentCheckMs?: number;
    nextBuildMs?: number;
    buildDataMs?: number;
    staticPages?: number;
    peakTreeMb: number;
    peakProcessMb: number;
    cpuMs?: number;
    loadAverage?: [number, number];
  };
  contentIndexMb?: number;
  server?: {
    readyMs: number;
    rssAfterMb?: number;
    prerendered: { slug: string; first: Timed; again: Timed };
    archive: { slugs: string[]; first: Timed[]; again: Timed[]; medianFirstMs?: number; medianAgainMs?: number };
    deepListing?: { path: string; first: Timed; again: Timed };
  };
}

export async function measureServer(contentDir: string): Promise<SizeResult['server']> {
  // What is public, from the index the build left (the same folder the server reads).
  process.env.CONTENT_DIR = contentDir;
  const stories = listPublishedSlugs();
  const sections = listingKeys('section', 'en');
  const begin = Date.now();
  const server = await startServer('front', BENCH_PORT, { contentDir, timeoutMs: 600_000 });
  const readyMs = Date.now() - begin;
  try {
    const url = (p: string) => `${server.url}${p}`;
    const recent = stories[0]!;
    const prerendered = { slug: recent, first: await timedGet(url(`/en/article/${recent}`)), again: await timedGet(url(`/en/article/${recent}`)) };
    // Archive stories: outside the prerender window, spread over the years.
    const archive = stories.slice(DEFAULT_PRERENDER_STORIES);
    const picks = archive.length ? [0.02, 0.25, 0.5, 0.75, 0.999].map((f) => archive[Math.floor(f * (archive.length - 1))]!) : [];
    const slugs = [...new Set(picks)];
    const first: Timed[] = [];
    const again: Timed[] = [];
    for (const slug of slugs) first.push(await timedGet(url(`/en/article/${slug}`)));
    for (const slug of slugs) again.push(await cachedGet(url(`/en/article/${slug}`)));
    // The biggest section's last page: deeper than the build prerenders.
    const [biggest] = [...sections].sort((a, b) => b.count - a.count);
    const count = biggest ? pageCount(biggest.count) : 0;
    const deep = biggest && count > DEFAULT_PRERENDER_LISTING_PAGES ? `/en/section/${biggest.key}/page/${count}` : undefined;
    const deepListing = deep ? { path: deep, first: await timedGet(url(deep)), again: await cachedGet(url(deep)) } : undefined;
    return {
      readyMs,
      rssAfterMb: totalRssMb(server.pids),
      prerendered,
      archive: { slugs, first, again, medianFirstMs: median(first.map((t) => t.ms)), medianAgainMs: median(again.map((t) => t.ms)) },
      deepListing,
    };
  } finally {
    await server.stop();
  }
}

async function measureSize(stories: number, seed: number, build: boolean): Promise<SizeResult> {
  const options = corpusOptions(new Map([['stories', String(stories)], ['seed', String(seed)]]));
  const dir = defaultCorpusDir(options);
  if (isCorpus(dir, options)) log(`${stories} stories: reusing ${dir}`);
  else {
    log(`${stories} stories: writing ${dir}`);
    writeCorpus(dir, options, (done, total) => {
      if (done % Math.max(1, Math.floor(total / 5)) === 0) log(`  ${done}/${total} stories written`);
    });
  }
  const storyFiles = readManifest(dir)?.files ?? 0;

  const cwd = process.cwd();
  const cacheDir = contentCacheDir(cwd, dir);
  // The build starts from no index: content:check builds the whole folder's.
  fs.rmSync(cacheDir, { recursive: true, force: true });
  const result: SizeResult = { stories, storyFiles };
  if (!build) return result;

  log(`${stories} stories: npm run build`);
  const env = { ...process.env, CONTENT_DIR: dir, SITE_URL: `http://localhost:${BENCH_PORT}`, NEXT_TELEMETRY_DISABLED: '1' };
  const run = await runMeasured('npm', ['run', 'build'], env, {
    checked: /content:check passed/,
    nextDone: /Generating static pages using \d+ workers? \(\d+\/\d+\) in/,
  });
  if (run.code !== 0) throw new Error(`build failed (${run.code}):\n${run.output.slice(-3000)}`);
  const pages = [...run.output.matchAll(/Generating static pages using \d+ workers? \((\d+)\/(\d+)\)/g)].at(-1)?.[2];
  result.build = {
    ms: run.ms,
    contentCheckMs: run.marks.checked,
    nextBuildMs: run.marks.nextDone !== undefined && run.marks.checked !== undefined ? run.marks.nextDone - run.marks.checked : undefined,
    buildDataMs: run.marks.nextDone !== undefined ? run.ms - run.marks.nextDone : undefined,
    staticPages: pages === undefined ? undefined : Number(pages),
    peakTreeMb: run.peakTreeMb,
    peakProcessMb: run.peakProcessMb,
    cpuMs: run.cpuMs,
    loadAverage: run.loadAverage,
  };
  log(`  build ${round(run.ms / 1000)} s (CPU ${seconds(run.cpuMs)} s, load ${run.loadAverage.join(' to ')}), peak ${run.peakTreeMb} MB (largest process ${run.peakProcessMb} MB), ${pages} static pages`);
  const indexFiles = fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir).filter((f) => f.startsWith('index.sqlite')) : [];
  result.contentIndexMb = round(indexFiles.reduce((sum, f) => sum + fs.statSync(path.join(cacheDir, f)).size, 0) / 1024 / 1024, 1);
  log(`  content index: ${result.contentIndexMb} MB`);
  log(`${stories} stories: server latency`);
  result.server = await measureServer(dir);
  log(`  ready in ${result.server?.readyMs} ms; archive first ${result.server?.archive.medianFirstMs} ms, cached ${result.server?.archive.medianAgainMs} ms`);
  return result;
}

const seconds = (ms: number | undefined) => (ms === undefined ? '' : round(ms / 1000, 1));

/** One row per size, for the console and BENCHMARKS.md. */
export function tableRows(results: readonly SizeResult[]): Record<string, string | number>[] {
  return results.map((r) => ({
    stories: r.stories,
    'build s': seconds(r.build?.ms),
    'index s': seconds(r.build?.contentCheckMs),
    'build CPU s': seconds(r.build?.cpuMs),
    'build MB': r.build?.peakTreeMb ?? '',
    pages: r.build?.staticPages ?? '',
    'index MB': r.contentIndexMb ?? '',
    'archive 1st ms': r.server?.archive.medianFirstMs ?? 'n/a',
    'archive again ms': r.server?.archive.medianAgainMs ?? 'n/a',
    'prerendered ms': r.server ? `${r.server.prerendered.first.ms} / ${r.server.prerendered.again.ms}` : '',
    'ready s': seconds(r.server?.readyMs),
    'serving MB': r.server?.rssAfterMb ?? '',
  }));
}

const escapeXml = (text: string) => text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

interface Series {
  label: string;
  color: string;
  points: [number, number | undefined][];
  dashed?: boolean;
}

/** One line chart: log-scale archive size across, linear value up, a target line if given. */
function panel(x0: number, title: string, unit: string, series: Series[], target?: { value: number; label: string }): string {
  const width = 420;
  const height = 260;
  const left = x0 + 56;
  const right = x0 + width - 16;
  const top = 40;
  const bottom = height - 40;
  const sizes = [...new Set(series.flatMap((s) => s.points.map(([x]) => x)))].sort((a, b) => a - b);
  const values = series.flatMap((s) => s.points.map(([, y]) => y ?? 0));
  const max = Math.max(...values, target?.value ?? 0, 1) * 1.1;
  const [minX, maxX] = [Math.log10(sizes[0] ?? 1), Math.log10(sizes.at(-1) ?? 10)];
  const sx = (x: number) => (maxX === minX ? (left + right) / 2 : left + ((Math.log10(x) - minX) / (maxX - minX)) * (right - left));
  const sy = (y: number) => bottom - (y / max) * (bottom - top);
  const parts = [`<text x="${x0 + width / 2}" y="20" text-anchor="middle" font-weight="bold">${escapeXml(title)}</text>`];
  parts.push(`<line x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}" stroke="#333"/><line x1="${left}" y1="${top}" x2="${left}" y2="${bottom}" stroke="#333"/>`);
  for (let i = 0; i <= 4; i++) {
    const y = (max / 1.1) * (i / 4);
    parts.push(`<text x="${left - 6}" y="${sy(y) + 4}" text-anchor="end" font-size="11">${round(y, y < 10 ? 1 : 0)}</text>`);
    parts.push(`<line x1="${left}" y1="${sy(y)}" x2="${right}" y2="${sy(y)}" stroke="#ddd"/>`);
  }
  parts.push(`<text x="${x0 + 14}" y="${(top + bottom) / 2}" font-size="11" transform="rotate(-90 ${x0 + 14} ${(top + bottom) / 2})" text-anchor="middle">${escapeXml(unit)}</text>`);
  for (const size of sizes) parts.push(`<text x="${sx(size)}" y="${bottom + 16}" text-anchor="middle" font-size="11">${size.toLocaleString('en-US')}</text>`);
  parts.push(`<text x="${(left + right) / 2}" y="${bottom + 32}" text-anchor="middle" font-size="11">stories in the archive</text>`);
  if (target) {
    parts.push(`<line x1="${left}" y1="${sy(target.value)}" x2="${right}" y2="${sy(target.value)}" stroke="#c00" stroke-dasharray="2 3"/>`);
    parts.push(`<text x="${right}" y="${sy(target.value) - 4}" text-anchor="end" font-size="10" fill="#c00">${escapeXml(target.label)}</text>`);
  }
  series.forEach((s, i) => {
    const points = s.points.filter((p): p is [number, number] => p[1] !== undefined);
    if (points.length) {
      parts.push(
        `<polyline fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 3"' : ''} points="${points.map(([x, y]) => `${round(sx(x), 1)},${round(sy(y), 1)}`).join(' ')}"/>`,
      );
      for (const [x, y] of points) parts.push(`<circle cx="${round(sx(x), 1)}" cy="${round(sy(y), 1)}" r="3" fill="${s.color}"/>`);
    }
    const y = top + 6 + i * 15;
    parts.push(
      `<line x1="${left + 6}" y1="${y}" x2="${left + 22}" y2="${y}" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="4 2"' : ''}/><text x="${left + 26}" y="${y + 4}" font-size="11">${escapeXml(s.label)}</text>`,
    );
  });
  return parts.join('\n');
}

/** Time and memory against archive size, as a standalone SVG. */
export function renderChart(results: readonly SizeResult[]): string {
  const at = <T,>(pick: (r: SizeResult) => T | undefined) => results.map((r) => [r.stories, pick(r)] as [number, T | undefined]);
  const time = panel(0, 'Time', 'seconds', [
    { label: 'content index (content:check)', color: '#1f77b4', points: at((r) => r.build?.contentCheckMs && r.build.contentCheckMs / 1000), dashed: true },
    { label: 'npm run build', color: '#d62728', points: at((r) => r.build && r.build.ms / 1000) },
  ], { value: 600, label: 'build target 10 min' });
  const memory = panel(440, 'Peak memory', 'MB', [
    { label: 'build (process tree)', color: '#d62728', points: at((r) => r.build?.peakTreeMb) },
    { label: 'serving (all processes)', color: '#1f77b4', points: at((r) => r.server?.rssAfterMb) },
  ], { value: 1536, label: 'serving target 1.5 GB' });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="880" height="270" viewBox="0 0 880 270" font-family="sans-serif">\n<rect width="880" height="270" fill="#fff"/>\n${time}\n${memory}\n</svg>\n`;
}

async function main() {
  const args = parseArgs(process.argv.slice(2).filter((a) => a !== '--no-build'));
  const build = !process.argv.includes('--no-build');
  const sizes = parseSizes(args.get('sizes') ?? process.env.BENCH_ARCHIVE_SIZES);
  const seed = Number(args.get('seed') ?? 7);
  log(`archive sizes: ${sizes.join(', ')}${build ? '' : ' (no build)'}`);
  const results: SizeResult[] = [];
  for (const size of sizes) {
    results.push(await measureSize(size, seed, build));
    // Written after each size, so a long run that is stopped keeps what it measured.
    writeResult('archive', { machine: 'see BENCHMARKS.md', prerenderStories: DEFAULT_PRERENDER_STORIES, prerenderListingPages: DEFAULT_PRERENDER_LISTING_PAGES, results });
    fs.writeFileSync(path.join('bench', 'results', 'archive.svg'), renderChart(results));
  }
  console.table(tableRows(results));
  log('written: bench/results/archive.json, bench/results/archive.svg');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error) => {
    console.error(`bench:archive: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
