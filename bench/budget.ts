/**
 * `npm run test:budget`: fails (exit 1) when a page is over a budget in bench/budgets.ts, with a
 * table saying which page, which figure and which budget.
 *
 * 1. Builds the site from the end-to-end fixtures (`CONTENT_DIR=e2e/fixtures/content npm run
 *    build`, as `npm run bench` does) unless .next holds a build this script made from the same
 *    sources (a fingerprint of every input file's path, size and time); `--rebuild` forces one.
 *    Builds bench/floor the same way (`next build`, when missing or older than its sources).
 * 2. Serves both (BENCH_PORT, default 3300, and BENCH_FLOOR_PORT, default BENCH_PORT + 1).
 * 3. Measures page weight as bench/weight.ts does, on the site's pages and the floor.
 * 4. Runs Lighthouse as bench/lighthouse.ts does: mobile, simulated throttling, 3 runs per page
 *    round-robin, median of each figure. Built for a loaded 2-core machine: one slow run does
 *    not move a median, and the floor page's TBT is measured in the same minutes as the site's.
 *
 * Writes bench/results/budget.json. Exit 0: within every budget; 1: over a budget; 2: could not
 * measure (build failed, port in use, Lighthouse failed).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { budgetTable, busyMachineWarning, checkBudgets, type Measurements } from './budgetCheck';
import { BUDGETS } from './budgets';
import { ensureFloorBuild, startFloorServer } from './floor';
import { FLOOR_PAGE, LIGHTHOUSE_PAGES, lighthouseRows, measureLighthouse, printFailedAudits, printLcpElements } from './lighthouse';
import { startServer, writeResult, type RunningServer } from './server';
import { launchWeightBrowser, measurePageWeight, weightRow, type PageWeight } from './pageWeight';

const CONTENT_DIR = 'e2e/fixtures/content';
/** Lighthouse runs per page: the budgets are about medians of 3, whatever LIGHTHOUSE_RUNS says. */
const BUDGET_RUNS = 3;
const STAMP = path.join('.next', 'budget-build.json');

/**
 * Files that cannot change the built site are not inputs: benchmarks, tests other than the
 * fixtures' content, the real content folder (the build reads CONTENT_DIR), docs, CI.
 */
export function isSiteInput(file: string): boolean {
  if (file.startsWith('e2e/')) return file.startsWith(`${CONTENT_DIR}/`);
  if (/^(bench|content|\.ci|docs)\//.test(file)) return false;
  if (/\.(test|spec)\.tsx?$/.test(file) || file.endsWith('.md')) return false;
  return !['Dockerfile', '.gitignore', 'playwright.config.ts', 'vitest.config.mts', 'eslint.config.mjs'].includes(file);
}

/** A fingerprint of the site's inputs (tracked and untracked files git does not ignore), or null without git. */
function sourceFingerprint(): string | null {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (listed.status !== 0) return null;
  const hash = createHash('sha256');
  for (const file of listed.stdout.split('\0').filter(isSiteInput).sort()) {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat) hash.update(`${file}\t${stat.size}\t${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

function ensureSiteBuild(force: boolean) {
  const fingerprint = sourceFingerprint();
  let reason = force ? '--rebuild' : '';
  if (!reason) {
    const stamp = fs.existsSync(STAMP) ? (JSON.parse(fs.readFileSync(STAMP, 'utf8')) as { contentDir?: string; fingerprint?: string }) : undefined;
    if (!fs.existsSync(path.join('.next', 'standalone', 'server.js'))) reason = 'no production build';
    else if (!stamp) reason = 'the build in .next was not made by test:budget, so its content is unknown';
    else if (stamp.contentDir !== CONTENT_DIR) reason = `the build in .next is of ${stamp.contentDir}`;
    else if (!fingerprint || stamp.fingerprint !== fingerprint) reason = 'sources changed since the last build';
  }
  if (!reason) {
    console.log('site: the build in .next is up to date (npm run test:budget -- --rebuild forces one)');
    return;
  }
  console.log(`site: CONTENT_DIR=${CONTENT_DIR} npm run build (${reason})`);
  const started = Date.now();
  const build = spawnSync('npm', ['run', 'build'], {
    env: { ...process.env, CONTENT_DIR, NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.status !== 0) {
    console.error(`${build.stdout}\n${build.stderr}`.split('\n').slice(-40).join('\n'));
    throw new Error(`site: npm run build failed (exit ${build.status ?? build.signal})`);
  }
  fs.writeFileSync(STAMP, `${JSON.stringify({ contentDir: CONTENT_DIR, fingerprint, builtAt: new Date().toISOString() }, null, 2)}\n`);
  console.log(`site: built in ${Math.round((Date.now() - started) / 1000)} s`);
}

async function measureWeights(site: RunningServer, floor: RunningServer) {
  const browser = await launchWeightBrowser();
  try {
    const weights: Record<string, PageWeight> = {};
    for (const page of LIGHTHOUSE_PAGES) weights[page.name] = await measurePageWeight(browser, `${site.url}${page.path}`);
    weights[FLOOR_PAGE] = await measurePageWeight(browser, `${floor.url}/`);
    return weights;
  } finally {
    await browser.close();
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  const force = process.argv.includes('--rebuild');
  ensureSiteBuild(force);
  ensureFloorBuild({ force });
  const site = await startServer();
  try {
    const floor = await startFloorServer();
    try {
      const weights = await measureWeights(site, floor);
      console.log('\nPage weight (KB transferred, Pixel 7 emulation)');
      console.table(Object.entries(weights).map(([name, weight]) => weightRow(name, weight)));

      const lighthouse = await measureLighthouse([
        ...LIGHTHOUSE_PAGES.map((p) => ({ name: p.name, url: `${site.url}${p.path}` })),
        { name: FLOOR_PAGE, url: `${floor.url}/` },
      ], BUDGET_RUNS);
      console.log(`\nLighthouse ${lighthouse.lighthouseVersion}, ${lighthouse.preset}; median of ${lighthouse.runs} runs (benchmarkIndex ${lighthouse.benchmarkIndex})`);
      console.table(lighthouseRows(lighthouse));

      const measurements: Measurements = {};
      for (const [name, weight] of Object.entries(weights)) {
        measurements[name] = { jsBytes: weight.js, cssBytes: weight.css, fontBytes: weight.fonts };
      }
      for (const page of lighthouse.pages) measurements[page.name] = { ...measurements[page.name], ...page.median };

      const results = checkBudgets(BUDGETS, measurements, FLOOR_PAGE);
      const over = results.filter((r) => !r.pass);
      console.log('\nBudgets (bench/budgets.ts)');
      console.table(budgetTable(results));
      printFailedAudits(lighthouse);
      printLcpElements(lighthouse);
      const busy = busyMachineWarning(lighthouse.loadAverages, lighthouse.cores);
      const seconds = Math.round((Date.now() - started) / 1000);
      const file = writeResult('budget', { passed: over.length === 0, seconds, weights, lighthouse, results });
      console.log(`written: ${file}`);
      if (over.length) {
        console.log(`\ntest:budget FAILED: ${over.length} of ${results.length} budgets over (${seconds} s):`);
        console.table(budgetTable(over));
        if (busy) console.log(`warning: ${busy}`);
        return 1;
      }
      if (busy) console.log(`warning: ${busy}`);
      console.log(`\ntest:budget passed: all ${results.length} budgets met (${seconds} s)`);
      return 0;
    } finally {
      await floor.stop();
    }
  } finally {
    await site.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`test:budget could not measure: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(2);
    },
  );
}
