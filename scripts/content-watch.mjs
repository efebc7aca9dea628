// @ts-check
// The front server follows the content folder (docs/adr/0002-live-newsroom.md): a change to any
// file in it (a story, sections.yaml, authors/, a photo in a story's folder) asks Next.js to
// publish (POST /api/publish), which brings the content index up to date (a story whose folder's
// photos changed is read again, lib/content/store.ts); so does the moment the next
// scheduled story is due, and a rescan every minute in case the platform drops a file event.
// A change inside story folders rescans only those folders (milliseconds, whatever the size of
// the archive); anything else, the start and the minute's rescan look at the whole folder.
// Only node: built-ins.
import fs from 'node:fs';

/** How long after a publish that made a new generation every page is marked stale once more. */
export const SETTLE_MS = 2000;

/**
 * @typedef {{ newGeneration: boolean, generation: { n: number }, nextEmbargo?: string }} Report
 * @typedef {{ stories?: string[], settle?: boolean }} PublishRequest
 *   stories: only these story folders (by slug) are rescanned; absent: the whole folder.
 *   settle: mark every page stale again, for a page that was being rendered from the previous
 *   generation while the new one was committed (its render would otherwise be kept).
 * @param {{ contentDir: string, publish: (request: PublishRequest) => Promise<Report>, log?: (line: string) => void, debounceMs?: number, rescanMs?: number, settleMs?: number, watch?: boolean }} options
 *   watch: false keeps only the embargo timer (CONTENT_WATCH=off: scheduled stories still go live)
 */
export function followContent({ contentDir, publish, log = console.error, debounceMs = 150, rescanMs = 60_000, settleMs = SETTLE_MS, watch = true }) {
  /** @type {NodeJS.Timeout | undefined} */
  let soon;
  /** @type {NodeJS.Timeout | undefined} */
  let embargo;
  let running = false;
  let again = false;
  let closed = false;
  /** Story folders changed since the last publish; `whole`: something else did (or may have). */
  const changed = new Set();
  let whole = true;
  /** @type {NodeJS.Timeout | undefined} */
  let settle;

  // One publish at a time; changes that arrive meanwhile make one more afterwards.
  async function run() {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    /** @type {PublishRequest} */
    const request = whole ? {} : { stories: [...changed] };
    changed.clear();
    whole = false;
    try {
      const report = await publish(request);
      scheduleEmbargo(report.nextEmbargo);
      if (report.newGeneration) {
        clearTimeout(settle);
        settle = setTimeout(() => void publish({ stories: [], settle: true }).catch((error) => log(`content: settling failed: ${error instanceof Error ? error.message : error}`)), settleMs);
      }
    } catch (error) {
      // Tried again at the next change or rescan, with the whole folder.
      whole = true;
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

  /** A file event: its story folder is rescanned, or the whole folder when it is not in one. */
  function changedFile(/** @type {string} */ _event, /** @type {string | Buffer | null} */ filename) {
    const story = filename ? /^articles[\\/]([^\\/]+)[\\/]/.exec(`${filename}/`)?.[1] : undefined;
    // A folder named unlike a slug is the whole scan's to report (publish refuses such names).
    if (story && /^[a-z0-9-]{1,200}$/.test(story)) changed.add(story);
    else whole = true;
    schedule();
  }

  /** The whole folder, now (the minute's rescan). */
  function rescanAll() {
    whole = true;
    void run();
  }

  /** @param {string | undefined} iso */
  function scheduleEmbargo(iso) {
    clearTimeout(embargo);
    if (!iso) return;
    // Just after the instant, never before it; timers cannot wait longer than about 24.8 days.
    const wait = Math.min(Math.max(0, Date.parse(iso) - Date.now()) + 20, 2 ** 31 - 1);
    // The due story's generation needs no folder read: an empty rescan lifts the embargo.
    embargo = setTimeout(() => void run(), wait);
  }

  /** @type {fs.FSWatcher | undefined} */
  let watcher;
  /** @type {NodeJS.Timeout | undefined} */
  let rescan;
  if (watch) {
    try {
      watcher = fs.watch(contentDir, { recursive: true }, changedFile);
      watcher.on('error', (error) => log(`content: watching ${contentDir} failed (${error.message}); the minute's rescan goes on`));
    } catch (error) {
      // A folder that is not there yet (a volume mounted later): the rescan finds it when it is.
      log(`content: cannot watch ${contentDir} (${error instanceof Error ? error.message : error}); rescanning every minute instead`);
    }
    rescan = setInterval(rescanAll, rescanMs);
    rescan.unref();
  }
  // What changed between the build and this start.
  void run();

  return {
    /** Publishes the whole folder now (and again after one already under way). */
    publishNow: rescanAll,
    close() {
      closed = true;
      clearTimeout(settle);
      watcher?.close();
      clearInterval(rescan);
      clearTimeout(soon);
      clearTimeout(embargo);
    },
  };
}
