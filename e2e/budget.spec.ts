import fs from 'node:fs';
import { budgetTable, checkBudgets, type Measurements } from '../bench/budgetCheck';
import { BUDGETS } from '../bench/budgets';
import { BENCH_PAGES } from '../bench/pages';
import { measurePageWeight } from '../bench/pageWeight';
import { expect, test } from './support/test';

/**
 * The byte budgets of bench/budgets.ts (JavaScript over the framework's floor, CSS, a Korean
 * story's fonts) on the suite's own build, weighed as bench/weight.ts weighs them (Pixel 7,
 * bytes as transferred). Bytes do not depend on how busy the machine is, so they may fail a test
 * run; Lighthouse's timings are benchmarks (`npm run test:budget`), never tests.
 *
 * The floor is the bare Next.js page measured by `npm run bench:floor`
 * (bench/results/floor.json, committed). It changes only with Next.js or React: measure it again
 * when they change, and this test says so.
 */
const floor = JSON.parse(fs.readFileSync('bench/results/floor.json', 'utf8')) as { next: string; react: string; jsBytes: number };
const installed = (name: string) => (JSON.parse(fs.readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;

test('every page type stays within its byte budget', { tag: '@perf' }, async ({ browser, baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'weighed once, with Pixel 7 emulation whatever the project');
  test.skip(!!process.env.BASE_URL, "the budgets are this build's, served by npm start (a CDN compresses differently)");
  test.setTimeout(120_000);
  expect(
    { next: installed('next'), react: installed('react') },
    'bench/results/floor.json was measured with other versions: run `npm run bench:floor`',
  ).toEqual({ next: floor.next, react: floor.react });

  const byteBudgets = BUDGETS.filter((b) => b.unit === 'bytes');
  const measurements: Measurements = { floor: { jsBytes: floor.jsBytes } };
  for (const { name, path } of BENCH_PAGES) {
    if (!byteBudgets.some((b) => b.pages.includes(name))) continue;
    const weight = await measurePageWeight(browser, `${baseURL}${path}`);
    // A weighing that saw nothing would pass every budget: every page has HTML, CSS and at least the framework's JS.
    expect(weight.html, `${name}: HTML weighed`).toBeGreaterThan(1024);
    expect(weight.css, `${name}: CSS weighed`).toBeGreaterThan(1024);
    expect(weight.js, `${name}: JS weighed`).toBeGreaterThanOrEqual(floor.jsBytes);
    measurements[name] = { jsBytes: weight.js, cssBytes: weight.css, fontBytes: weight.fonts };
  }
  const results = checkBudgets(byteBudgets, measurements, 'floor');
  const over = results.filter((r) => !r.pass);
  expect(over.length, `over budget:\n${JSON.stringify(budgetTable(over), null, 2)}`).toBe(0);
  // The Korean story's fonts were weighed at all (a returning reader's view included).
  expect(measurements['article (ko)']?.fontBytes).toBeGreaterThan(50 * 1024);
});

test('the parallel view ships at most 3 KB of JavaScript beyond its story’s', { tag: '@perf' }, async ({ browser, baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'weighed once, with Pixel 7 emulation whatever the project');
  test.skip(!!process.env.BASE_URL, "the budgets are this build's, served by npm start (a CDN compresses differently)");
  test.setTimeout(120_000);
  for (const locale of ['en', 'ko']) {
    const story = await measurePageWeight(browser, `${baseURL}/${locale}/article/kim-train-khabarovsk`);
    const parallel = await measurePageWeight(browser, `${baseURL}/${locale}/article/kim-train-khabarovsk/bilingual`);
    expect(story.js, `${locale}: the story's JS weighed`).toBeGreaterThanOrEqual(floor.jsBytes);
    expect(parallel.js - story.js, `${locale}: JS beyond the story's (bytes, gzip)`).toBeLessThanOrEqual(3 * 1024);
  }
});
