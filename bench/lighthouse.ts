/**
 * `npm run bench:lighthouse`: Lighthouse 13 (Node API) on the article, front and section pages
 * in both languages and on the bare Next.js floor page (bench/floor), in one run: mobile preset
 * with simulated throttling (Slow 4G, 4x CPU slowdown), 3 runs per page, the median of each
 * figure. Needs a production build (`CONTENT_DIR=e2e/fixtures/content npm run build`); builds the
 * floor app itself when its build is missing or stale.
 *
 * Served over http on 127.0.0.1: Lighthouse counts localhost as secure, so `is-on-https` passes
 * and `redirects-http` is not applicable here, and browsers ignore the site's HSTS header over
 * http. Those two audits say nothing about the deployed site, which must be https.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import * as chromeLauncher from 'chrome-launcher';
import { busyMachineWarning, formatValue } from './budgetCheck';
import { ensureFloorBuild, startFloorServer } from './floor';
import { median, medianOfParts, medianOfRuns } from './median';
import { BENCH_PAGES } from './pages';
import { BENCH_PORT, startServer, writeResult } from './server';
import { startWithoutScripts } from './withoutScripts';

/** The pages Lighthouse audits, by the names the budgets use (bench/pages.ts). */
export const LIGHTHOUSE_PAGES = BENCH_PAGES;

export const FLOOR_PAGE = 'floor';
/** The floor with a story's headline, photo and paragraphs (bench/floor/app/photo): Next.js alone, with a photo as its largest paint. */
export const FLOOR_PHOTO_PAGE = 'floor with a photo';
/** Pages also measured without Next.js's script tags (bench/withoutScripts.ts): their own HTML, CSS, fonts and photo. */
const WITHOUT_SCRIPTS_PAGES: ReadonlyArray<(typeof BENCH_PAGES)[number]['name']> = ['article (en)', 'article (ko)', 'front page (ko)'];
/** Runs per page; LIGHTHOUSE_RUNS=1 gives a quick look (npm run test:budget always runs 3). */
export const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

const WORKER = path.join(import.meta.dirname, 'lighthouse-worker.mjs');

/** One run's figures: category scores 0–100, LCP and TBT in ms, CLS unitless. */
export interface LighthouseFigures {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  lcpMs: number | null;
  cls: number | null;
  tbtMs: number | null;
}

export interface LighthouseTarget {
  name: string;
  url: string;
}

export interface LighthousePageResult {
  name: string;
  url: string;
  median: LighthouseFigures;
  runs: LighthouseFigures[];
  /** Scored audits (accessibility, best practices, SEO) that failed, with in how many runs. */
  failedAudits: string[];
  /** What those audits found, by audit, from the runs that failed them. */
  findings: Record<string, string[]>;
  /**
   * Audits Lighthouse could not run; "(SCORED)" means a category score counts one. (Lighthouse
   * 12.2.3's trace engine failed on Chromium 156's traces, so the LCP element could not be named;
   * Lighthouse 13 reads them.)
   */
  erroredAudits: string[];
  /** The LCP element of each run, most frequent first, with how many runs named it. */
  lcpElements: { label: string; selector: string; snippet: string; runs: number }[];
  /** Median of each LCP part over the runs (ms, unthrottled trace): TTFB, load delay, load duration, render delay. */
  lcpSubpartsMs: Record<string, number>;
  /** Render-blocking requests, from any run. */
  renderBlocking: string[];
  warnings: string[];
}

export interface LighthouseReport {
  lighthouseVersion: string;
  browser: string;
  preset: string;
  runs: number;
  /** Lighthouse's own CPU benchmark of this machine during the runs (median; ~1000+ is a fast desktop). */
  benchmarkIndex: number;
  /** The 1-minute load average after each audit, and the machine's core count. */
  loadAverages: number[];
  cores: number;
  pages: LighthousePageResult[];
}

/**
 * Chromium through chrome-launcher: /usr/bin/chromium when it exists (Debian), else whichever
 * browser chrome-launcher finds (CHROME_PATH, then the usual install locations).
 */
export function launchChrome() {
  const chromePath = process.env.CHROME_PATH ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const chromeFlags = [
    '--headless',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-gpu',
    '--no-first-run',
    // Chromium's sandbox refuses to start as root (CI and these machines run as root).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
  return chromeLauncher.launch({ chromePath, chromeFlags, logLevel: 'error', envVars: { ...process.env, ...koreanFontConfig() } as Record<string, string> });
}

/**
 * Readers' phones have a Korean font; this machine and CI have none, and a page there waits for
 * the web font's slices before it shows (docs/adr/0005). Measure as a reader's phone: fontconfig
 * also reads Pretendard's OpenType files from its package, which Chromium then finds as a system
 * font (a machine with a CJK font of its own has one more). FONTCONFIG_FILE set by the caller wins.
 */
function koreanFontConfig(): Record<string, string> {
  const fonts = path.resolve('node_modules/pretendard/dist/public/static');
  if (process.env.FONTCONFIG_FILE || !fs.existsSync(fonts) || !fs.existsSync('/etc/fonts/fonts.conf')) return {};
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-fonts-'));
  const file = path.join(dir, 'fonts.conf');
  fs.writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${fonts}</dir><cachedir>${path.join(dir, 'cache')}</cachedir></fontconfig>\n`,
  );
  return { FONTCONFIG_FILE: file };
}

/** What the worker (bench/lighthouse-worker.mjs) prints for one audit. */
interface WorkerLine {
  url: string;
  error?: string;
  attempts: number;
  figures: LighthouseFigures;
  failedAudits: string[];
  findings: Record<string, string[]>;
  erroredAudits: string[];
  lcpElement: { label: string; selector: string; snippet: string; subpartsMs: Record<string, number> } | null;
  renderBlocking: string[];
  warnings: string[];
  lighthouseVersion: string;
  browser: string;
  benchmarkIndex: number;
}

/**
 * Audits every target `runs` times and takes each figure's median. Runs go round-robin (every
 * page once, then again), so a burst of load from other work on a shared 2-core machine lands
 * on one run of each page, floor included, instead of on all runs of one page. One Chromium
 * serves every run; Lighthouse clears the cache and storage before each.
 */
export async function measureLighthouse(targets: LighthouseTarget[], runs = LIGHTHOUSE_RUNS): Promise<LighthouseReport> {
  // Warm the servers: the first request to a page loads its code and content from disk, and
  // Lantern would count that server time in every metric. The same for its preloaded photo: the
  // first request for a size makes it (seconds), later ones read it from the optimizer's cache,
  // as a reader's request does from a CDN.
  for (const { url } of targets) {
    const html = await fetch(url).then((r) => r.text());
    const photos = preloadedPhotos(html, url);
    if (!photos.length && /<link[^>]*rel="preload"[^>]*as="image"/i.test(html)) console.warn(`warning: ${url} preloads a photo this bench could not read, so it is not warmed`);
    for (const photo of photos) await fetch(photo, { headers: { accept: 'image/avif,image/webp,*/*' } }).then((r) => r.arrayBuffer());
  }
  const jobs = Array.from({ length: runs }, (_, run) => targets.map((target, index) => ({ run: run + 1, index, target }))).flat();
  const perTarget = targets.map(() => ({
    runs: [] as LighthouseFigures[],
    failed: new Map<string, number>(),
    findings: {} as Record<string, string[]>,
    erroredAudits: new Set<string>(),
    lcpElements: new Map<string, { label: string; selector: string; snippet: string; runs: number }>(),
    lcpSubparts: [] as Record<string, number>[],
    renderBlocking: new Set<string>(),
    warnings: new Set<string>(),
  }));
  let lighthouseVersion = '';
  let browser = '';
  const benchmarkIndexes: number[] = [];
  const loadAverages: number[] = [];
  const chrome = await launchChrome();
  try {
    const worker = spawn(process.execPath, [WORKER, JSON.stringify({ port: chrome.port, urls: jobs.map((j) => j.target.url) })], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((resolve) => worker.once('exit', (code) => resolve(code)));
    let done = 0;
    let started = Date.now();
    try {
      for await (const line of readline.createInterface({ input: worker.stdout })) {
        const job = jobs[done++];
        if (!job) break;
        const result = JSON.parse(line) as WorkerLine;
        if (result.error) throw new Error(`Lighthouse failed on ${result.url}: ${result.error}`);
        const slot = perTarget[job.index]!;
        slot.runs.push(result.figures);
        for (const audit of result.failedAudits) slot.failed.set(audit, (slot.failed.get(audit) ?? 0) + 1);
        for (const [audit, found] of Object.entries(result.findings)) slot.findings[audit] = [...new Set([...(slot.findings[audit] ?? []), ...found])];
        for (const audit of result.erroredAudits) slot.erroredAudits.add(audit);
        for (const warning of result.warnings) slot.warnings.add(warning);
        for (const url of result.renderBlocking) slot.renderBlocking.add(url);
        if (result.lcpElement) {
          const { subpartsMs, ...element } = result.lcpElement;
          const seen = slot.lcpElements.get(element.selector) ?? { ...element, runs: 0 };
          seen.runs++;
          slot.lcpElements.set(element.selector, seen);
          slot.lcpSubparts.push(subpartsMs);
        }
        lighthouseVersion = result.lighthouseVersion;
        browser = result.browser;
        benchmarkIndexes.push(result.benchmarkIndex);
        loadAverages.push(Math.round(os.loadavg()[0]! * 10) / 10);
        const f = result.figures;
        console.log(
          `lighthouse run ${job.run}/${runs} ${job.target.name}: perf ${f.performance} a11y ${f.accessibility} bp ${f.bestPractices} seo ${f.seo} ` +
            `LCP ${f.lcpMs?.toFixed(0)} ms CLS ${formatValue(f.cls, 'unitless')} TBT ${f.tbtMs?.toFixed(0)} ms (${((Date.now() - started) / 1000).toFixed(1)} s` +
            `${result.attempts > 1 ? `; attempt ${result.attempts}, the earlier ones failed` : ''})`,
        );
        started = Date.now();
      }
    } finally {
      if (worker.exitCode === null) worker.kill('SIGTERM');
    }
    const code = await exited;
    if (done < jobs.length) throw new Error(`Lighthouse worker exited (${code}) after ${done} of ${jobs.length} audits`);
  } finally {
    chrome.kill();
  }
  return {
    lighthouseVersion,
    browser,
    preset: 'mobile (Moto G Power screen), simulated throttling: Slow 4G (150 ms RTT, 1.6 Mbit/s), 4x CPU slowdown',
    runs,
    benchmarkIndex: Math.round(median(benchmarkIndexes)),
    loadAverages,
    cores: os.availableParallelism(),
    pages: targets.map((target, i) => {
      const slot = perTarget[i]!;
      return {
        name: target.name,
        url: target.url,
        median: medianOfRuns(slot.runs),
        runs: slot.runs,
        failedAudits: [...slot.failed].map(([audit, count]) => `${audit} (${count}/${runs})`),
        findings: slot.findings,
        erroredAudits: [...slot.erroredAudits],
        lcpElements: [...slot.lcpElements.values()].sort((a, b) => b.runs - a.runs),
        lcpSubpartsMs: medianOfParts(slot.lcpSubparts),
        renderBlocking: [...slot.renderBlocking],
        warnings: [...slot.warnings],
      };
    }),
  };
}

/** The preloaded photo's sizes a phone asks for (up to 1080 px wide), from a page's HTML. */
export function preloadedPhotos(html: string, pageUrl: string): string[] {
  const srcset = /<link\b(?=[^>]*\brel="preload")(?=[^>]*\bas="image")[^>]*\bimageSrcSet="([^"]*)"/i.exec(html)?.[1];
  if (!srcset) return [];
  return srcset
    .replaceAll('&amp;', '&')
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/))
    .filter(([, width]) => Number.parseInt(width ?? '', 10) <= 1080)
    .map(([address]) => new URL(address!, pageUrl).href);
}

/** "img.hero (3/3)": the LCP element most runs named, and how many did. */
export function describeLcpElement(page: LighthousePageResult, runs: number) {
  const [top] = page.lcpElements;
  if (!top) return 'not named';
  return `${top.label || top.selector} [${top.selector}] (${top.runs}/${runs})`;
}

const fixed = (value: number | null, digits: number) => (value === null ? 'n/a' : Number(value.toFixed(digits)));

/** The printed table: one row per page, medians. */
export function lighthouseRows(report: LighthouseReport) {
  return report.pages.map(({ name, median: m }) => ({
    page: name,
    performance: m.performance ?? 'n/a',
    accessibility: m.accessibility ?? 'n/a',
    'best practices': m.bestPractices ?? 'n/a',
    SEO: m.seo ?? 'n/a',
    'LCP s': m.lcpMs === null ? 'n/a' : fixed(m.lcpMs / 1000, 2),
    CLS: formatValue(m.cls, 'unitless'),
    'TBT ms': fixed(m.tbtMs, 0),
  }));
}

/** Audits that did not pass in some run and what they found; audits that could not run. */
export function printFailedAudits(report: LighthouseReport) {
  for (const page of report.pages) {
    if (!page.failedAudits.length) continue;
    console.log(`${page.name}: audits not passed: ${page.failedAudits.join(', ')}`);
    for (const [audit, found] of Object.entries(page.findings)) for (const item of found) console.log(`  ${audit}: ${item}`);
  }
  const errored = new Map(report.pages.flatMap((page) => page.erroredAudits.map((line) => [line.split(':')[0]!, line] as const)));
  if (errored.size) {
    const scored = [...errored.values()].filter((line) => line.includes('(SCORED)'));
    console.log(`audits Lighthouse could not run: ${[...errored.keys()].join(', ')} (${scored.length ? `SCORED: ${scored.join('; ')}` : 'no score counts them'})`);
  }
}

/** Per page: which element is the LCP, and where its time goes. */
export function printLcpElements(report: LighthouseReport) {
  for (const page of report.pages) {
    const parts = Object.entries(page.lcpSubpartsMs).map(([name, ms]) => `${name} ${ms} ms`).join(', ');
    console.log(`${page.name}: LCP element ${describeLcpElement(page, report.runs)}${parts ? `; ${parts}` : ''}`);
    if (page.renderBlocking.length) console.log(`  render-blocking: ${page.renderBlocking.join(', ')}`);
  }
}

async function main() {
  ensureFloorBuild();
  const server = await startServer();
  try {
    const floor = await startFloorServer();
    const withoutScripts = await startWithoutScripts(server.url, BENCH_PORT + 2).catch(async (error: unknown) => {
      await floor.stop();
      throw error;
    });
    try {
      const targets = [
        ...LIGHTHOUSE_PAGES.map((p) => ({ name: p.name, url: `${server.url}${p.path}` })),
        ...LIGHTHOUSE_PAGES.filter((p) => WITHOUT_SCRIPTS_PAGES.includes(p.name)).map((p) => ({
          name: `${p.name} without Next.js's scripts`,
          url: `${withoutScripts.url}${p.path}`,
        })),
        { name: FLOOR_PAGE, url: `${floor.url}/` },
        { name: FLOOR_PHOTO_PAGE, url: `${floor.url}/photo` },
      ];
      const report = await measureLighthouse(targets);
      console.log(`\nLighthouse ${report.lighthouseVersion}, ${report.preset}; median of ${report.runs} runs (benchmarkIndex ${report.benchmarkIndex})`);
      console.table(lighthouseRows(report));
      printFailedAudits(report);
      printLcpElements(report);
      const busy = busyMachineWarning(report.loadAverages, report.cores);
      if (busy) console.log(`warning: ${busy}`);
      console.log(`written: ${writeResult('lighthouse', report)}`);
    } finally {
      await withoutScripts.stop();
      await floor.stop();
    }
  } finally {
    await server.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) void main();
