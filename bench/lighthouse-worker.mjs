// @ts-check
// Runs Lighthouse for bench/lighthouse.ts, in plain Node outside tsx: tsx compiles every module
// with esbuild's keepNames, which wraps Lighthouse's page functions in a `__name()` helper that
// does not exist in the page they are sent to ("ReferenceError: __name is not defined").
//
// Usage: node bench/lighthouse-worker.mjs '{"port":9222,"urls":["http://127.0.0.1:3500/en"]}'
// Audits the URLs in order against the Chrome on `port` and prints one JSON line per URL.
import lighthouse from 'lighthouse';
import { FIRST_VISIT_STORAGE } from './firstVisit.mjs';

const CATEGORIES = { performance: 'performance', accessibility: 'accessibility', bestPractices: 'best-practices', seo: 'seo' };

/** @param {unknown} details @returns {string[]} */
function describeItems(details) {
  const items = details && typeof details === 'object' && 'items' in details && Array.isArray(details.items) ? details.items : [];
  return items.slice(0, 3).map((item) => {
    const text = item.description ?? item.node?.snippet ?? item.url ?? item.source?.url ?? JSON.stringify(item);
    return String(typeof text === 'object' ? JSON.stringify(text) : text).slice(0, 200);
  });
}

/**
 * The LCP element and the four parts of its time, from Lighthouse 13's LCP breakdown insight
 * (its details: a subparts table, then the element's node). Read off the observed (unthrottled)
 * trace: the element is the one the simulated LCP is about, the milliseconds are not simulated.
 * @param {import('lighthouse').Result} lhr
 */
function lcpElement(lhr) {
  const details = /** @type {any} */ (lhr.audits['lcp-breakdown-insight']?.details);
  const items = details?.type === 'list' && Array.isArray(details.items) ? details.items : [];
  const node = items.find((/** @type {any} */ item) => item?.type === 'node');
  const table = items.find((/** @type {any} */ item) => item?.type === 'table');
  if (!node) return null;
  /** @type {Record<string, number>} */
  const subpartsMs = {};
  for (const row of table?.items ?? []) if (typeof row.subpart === 'string') subpartsMs[row.subpart] = Math.round(Number(row.duration));
  return {
    // The element as a reader would name it: its tag and the start of its text or alt.
    label: String(node.nodeLabel ?? '').slice(0, 80),
    selector: String(node.selector ?? ''),
    snippet: String(node.snippet ?? '').slice(0, 200),
    subpartsMs,
  };
}

/** @param {import('lighthouse').Result} lhr */
function summarize(lhr) {
  /** @param {string} id */
  const score = (id) => {
    const s = lhr.categories[id]?.score;
    return s === null || s === undefined ? null : Math.round(s * 100);
  };
  /** @param {string} id */
  const numeric = (id) => lhr.audits[id]?.numericValue ?? null;
  return {
    figures: {
      performance: score(CATEGORIES.performance),
      accessibility: score(CATEGORIES.accessibility),
      bestPractices: score(CATEGORIES.bestPractices),
      seo: score(CATEGORIES.seo),
      lcpMs: numeric('largest-contentful-paint'),
      cls: numeric('cumulative-layout-shift'),
      tbtMs: numeric('total-blocking-time'),
    },
    // Scored audits that did not pass, so a score under 100 says why.
    failedAudits: [CATEGORIES.accessibility, CATEGORIES.bestPractices, CATEGORIES.seo].flatMap((id) =>
      (lhr.categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${id}: ${ref.id}`),
    ),
    // What those audits found (a console error's text, an element's HTML), a few of each.
    findings: Object.fromEntries(
      [CATEGORIES.accessibility, CATEGORIES.bestPractices, CATEGORIES.seo].flatMap((id) =>
        (lhr.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => [ref.id, describeItems(lhr.audits[ref.id]?.details)]),
      ),
    ),
    // Audits Lighthouse could not run, and whether a category score counts them.
    erroredAudits: Object.values(lhr.audits)
      .filter((audit) => audit.scoreDisplayMode === 'error')
      .map((audit) => {
        const scored = Object.values(lhr.categories).some((category) => category.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0));
        return `${audit.id}${scored ? ' (SCORED)' : ''}: ${String(audit.errorMessage ?? '').slice(0, 140)}`;
      }),
    lcpElement: lcpElement(lhr),
    // Render-blocking requests Lighthouse names (the insight that replaced render-blocking-resources).
    renderBlocking: describeItems(lhr.audits['render-blocking-insight']?.details),
    warnings: lhr.runWarnings.map(String),
    lighthouseVersion: lhr.lighthouseVersion,
    browser: lhr.environment.hostUserAgent,
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

/** Audits one URL; a failed trace under heavy load ("NO_NAVSTART", "Please run Lighthouse again") gets two more tries. */
async function audit(/** @type {number} */ port, /** @type {string} */ url) {
  let lastError = '';
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      // The default config is the mobile preset: Moto G Power screen, Slow 4G (150 ms RTT,
      // 1.6 Mbit/s) and a 4x CPU slowdown, simulated (Lantern) from one unthrottled load.
      const result = await lighthouse(url, {
        port,
        output: 'json',
        logLevel: 'error',
        formFactor: 'mobile',
        throttlingMethod: 'simulate',
        onlyCategories: Object.values(CATEGORIES),
        // Only the report's picture of the page: saves seconds a run, changes no figure.
        disableFullPageScreenshot: true,
        clearStorageTypes: [...FIRST_VISIT_STORAGE],
      });
      if (!result) throw new Error('Lighthouse returned no result');
      const { runtimeError } = result.lhr;
      if (runtimeError) throw new Error(`${runtimeError.code}: ${runtimeError.message}`);
      return { url, attempts: attempt, ...summarize(result.lhr) };
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
  }
  return { url, error: `${lastError} (3 attempts)` };
}

const { port, urls } = JSON.parse(process.argv[2] ?? '{}');
for (const url of urls) process.stdout.write(`${JSON.stringify(await audit(port, url))}\n`);
