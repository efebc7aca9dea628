// @ts-check
// For `npm run bench:lcp -- URL [URL…]` (bench/lcp.ts): why a page's simulated LCP is what it is. Runs Lighthouse's
// mobile preset once per URL (as bench/lighthouse.ts does) and opens the Lantern estimate behind
// its LCP: the simulated LCP is half its optimistic graph's time plus half its pessimistic one's,
// and each graph holds the requests and main-thread tasks that came before the LCP in the
// unthrottled load. Prints, per graph, every request with its simulated start and end, and the
// main-thread time, so a change can be judged by what it takes off the critical path.
//
// Plain Node, not tsx (see bench/lighthouse-worker.mjs); bench/lcp.ts starts Chromium and runs
// it with LIGHTHOUSE_PORT.
import lighthouse from 'lighthouse';
import { FIRST_VISIT_STORAGE } from './firstVisit.mjs';
import { LanternLargestContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js';
import { PageDependencyGraph } from 'lighthouse/core/computed/page-dependency-graph.js';
import { ProcessedNavigation } from 'lighthouse/core/computed/processed-navigation.js';

const urls = process.argv.slice(2);
if (!urls.length) {
  console.error('usage: node bench/lcp-explain.mjs URL [URL…]');
  process.exit(2);
}

/** @param {number} ms */
const fmt = (ms) => `${Math.round(ms)}`.padStart(5);

/**
 * One Lantern graph's timeline: requests (with what they are and how big) and the main thread's
 * busy time, in simulated milliseconds from the navigation.
 * @param {string} name
 * @param {{timeInMs: number, nodeTimings: Map<any, {startTime: number, endTime: number, duration: number}>}} estimate
 */
function printEstimate(name, estimate) {
  const rows = [...estimate.nodeTimings.entries()].sort((a, b) => a[1].startTime - b[1].startTime);
  let cpuMs = 0;
  let cpuTasks = 0;
  console.log(`  ${name}: ${Math.round(estimate.timeInMs)} ms`);
  for (const [node, timing] of rows) {
    if (node.type === 'network') {
      const r = node.request;
      const kb = (r.transferSize / 1024).toFixed(1);
      console.log(`    ${fmt(timing.startTime)} → ${fmt(timing.endTime)}  ${String(r.resourceType ?? '?').padEnd(10)} ${String(r.priority ?? '?').padEnd(8)} ${kb.padStart(6)} KB  ${r.url.replace(/^https?:\/\/[^/]+/, '').slice(0, 90)}`);
    } else {
      cpuMs += timing.duration;
      cpuTasks++;
      if (timing.duration >= 20) {
        const scripts = [...new Set((node.childEvents ?? []).map((e) => e.args?.data?.url).filter(Boolean))].map((u) => String(u).replace(/^https?:\/\/[^/]+/, ''));
        console.log(`    ${fmt(timing.startTime)} → ${fmt(timing.endTime)}  main thread ${Math.round(timing.duration)} ms${scripts.length ? ` (${scripts.join(', ').slice(0, 100)})` : ''}`);
      }
    }
  }
  console.log(`    main thread in all: ${Math.round(cpuMs)} ms in ${cpuTasks} tasks`);
}

// Chromium is started by bench/lcp.ts, as bench/lighthouse.ts starts it (a phone with a Korean font).
const port = Number(process.env.LIGHTHOUSE_PORT);
if (!port) {
  console.error('LIGHTHOUSE_PORT is not set: run it as npm run bench:lcp -- URL');
  process.exit(2);
}
try {
  for (const url of urls) {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      formFactor: 'mobile',
      throttlingMethod: 'simulate',
      onlyCategories: ['performance'],
      disableFullPageScreenshot: true,
      clearStorageTypes: [...FIRST_VISIT_STORAGE],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr, artifacts } = result;
    const metrics = /** @type {any} */ (lhr.audits.metrics?.details)?.items?.[0] ?? {};
    console.log(`\n${url}`);
    console.log(
      `  simulated: LCP ${Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0)} ms, FCP ${Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? 0)} ms, TBT ${Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0)} ms, performance ${Math.round((lhr.categories.performance?.score ?? 0) * 100)}`,
    );
    console.log(`  observed (unthrottled): FCP ${metrics.observedFirstContentfulPaint} ms, LCP ${metrics.observedLargestContentfulPaint} ms, DOMContentLoaded ${metrics.observedDomContentLoaded} ms, load ${metrics.observedLoad} ms`);
    const context = { computedCache: new Map(), settings: lhr.configSettings };
    const lantern = await LanternLargestContentfulPaint.request(
      {
        trace: artifacts.Trace,
        devtoolsLog: artifacts.DevtoolsLog,
        gatherContext: artifacts.GatherContext,
        settings: lhr.configSettings,
        URL: artifacts.URL,
        SourceMaps: artifacts.SourceMaps,
        HostDPR: artifacts.HostDPR,
        simulator: null,
      },
      /** @type {any} */ (context),
    );
    // The race in the unthrottled load: when each script arrived and first ran, against the
    // observed LCP. A script that arrived before the LCP and ran after it is left out of both
    // graphs; one that arrived and ran before it is in both, with its download.
    const data = { trace: artifacts.Trace, devtoolsLog: artifacts.DevtoolsLog, gatherContext: artifacts.GatherContext, settings: lhr.configSettings, URL: artifacts.URL, SourceMaps: artifacts.SourceMaps, HostDPR: artifacts.HostDPR, simulator: null };
    const graph = await PageDependencyGraph.request({ ...data, fromTrace: false }, /** @type {any} */ (context));
    const nav = await ProcessedNavigation.request(artifacts.Trace, /** @type {any} */ (context));
    const origin = nav.timestamps.timeOrigin;
    const ms = (/** @type {number} */ us) => `${Math.round((us - origin) / 1000)}`.padStart(4);
    const lcpAt = nav.timestamps.largestContentfulPaint;
    console.log(`  unthrottled: FCP at ${ms(nav.timestamps.firstContentfulPaint)} ms, ${lcpAt === undefined ? 'no LCP' : `LCP at ${ms(lcpAt)} ms`}`);
    /** @type {Map<string, number>} */
    const firstRun = new Map();
    /** @type {any[]} */
    const networkNodes = [];
    graph.traverse((/** @type {any} */ node) => {
      if (node.type === 'cpu') for (const url of node.getEvaluateScriptURLs()) firstRun.set(url, Math.min(firstRun.get(url) ?? Infinity, node.startTime));
      else networkNodes.push(node);
    });
    for (const node of networkNodes.sort((a, b) => a.startTime - b.startTime)) {
      const url = node.request.url;
      const ran = firstRun.get(url);
      console.log(`    ${ms(node.startTime)} → ${ms(node.endTime)}${ran === undefined ? '' : `, ran at ${ms(ran)}`}  ${String(node.request.resourceType ?? '?').padEnd(10)} ${url.replace(/^https?:\/\/[^/]+/, '').slice(0, 80)}`);
    }
    printEstimate('optimistic graph', /** @type {any} */ (lantern).optimisticEstimate);
    printEstimate('pessimistic graph', /** @type {any} */ (lantern).pessimisticEstimate);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
