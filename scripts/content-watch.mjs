// @ts-check
// The front server follows the content folder (docs/adr/0002-live-newsroom.md): a change to any
// file in it (a story, sections.yaml, authors/, a photo) asks Next.js to publish
// (POST /api/publish), which brings the content index up to date; so does the moment the next
// scheduled story is due, and a rescan every minute in case the platform drops a file event.
// Only node: built-ins.
import fs from 'node:fs';

/**
 * @typedef {{ newGeneration: boolean, generation: { n: number }, nextEmbargo?: string }} Report
 * @param {{ contentDir: string, publish: () => Promise<Report>, log?: (line: string) => void, debounceMs?: number, rescanMs?: number, watch?: boolean }} options
 *   watch: false keeps only the embargo timer (CONTENT_WATCH=off: scheduled stories still go live)
 */
export function followContent({ contentDir, publish, log = console.error, debounceMs = 150, rescanMs = 60_000, watch = true }) {
  /** @type {NodeJS.Timeout | undefined} */
  let soon;
  /** @type {NodeJS.Timeout | undefined} */
  let embargo;
  let running = false;
  let again = false;
  let closed = false;

  // One publish at a time; changes that arrive meanwhile make one more afterwards.
  async function run() {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const report = await publish();
      scheduleEmbargo(report.nextEmbargo);
    } catch (error) {
      log(`content: publish failed: ${error instanceof Error ? error.message : error}`);
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  }

  // An editor's save is several events (write, rename, attributes): one publish for all of them.
  function schedule() {
    clearTimeout(soon);
    soon = setTimeout(run, debounceMs);
  }

  /** @param {string | undefined} iso */
  function scheduleEmbargo(iso) {
    clearTimeout(embargo);
    if (!iso) return;
    // Just after the instant, never before it; timers cannot wait longer than about 24.8 days.
    const wait = Math.min(Math.max(0, Date.parse(iso) - Date.now()) + 20, 2 ** 31 - 1);
    embargo = setTimeout(run, wait);
  }

  /** @type {fs.FSWatcher | undefined} */
  let watcher;
  /** @type {NodeJS.Timeout | undefined} */
  let rescan;
  if (watch) {
    try {
      watcher = fs.watch(contentDir, { recursive: true }, schedule);
      watcher.on('error', (error) => log(`content: watching ${contentDir} failed (${error.message}); the minute's rescan goes on`));
    } catch (error) {
      // A folder that is not there yet (a volume mounted later): the rescan finds it when it is.
      log(`content: cannot watch ${contentDir} (${error instanceof Error ? error.message : error}); rescanning every minute instead`);
    }
    rescan = setInterval(run, rescanMs);
    rescan.unref();
  }
  // What changed between the build and this start.
  void run();

  return {
    /** Publishes now (and again after one already under way). */
    publishNow: run,
    close() {
      closed = true;
      watcher?.close();
      clearInterval(rescan);
      clearTimeout(soon);
      clearTimeout(embargo);
    },
  };
}
