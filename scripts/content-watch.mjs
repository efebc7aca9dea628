// @ts-check
// The front server follows the content folder (docs/adr/0002-live-newsroom.md): a change to any
// file in it (a story, sections.yaml, authors/, a photo in a story's folder) asks Next.js to
// publish (POST /api/publish), which brings the content index up to date (a story whose folder's
// photos changed is read again, lib/content/store.ts); so does the moment the next
// scheduled story is due, and a rescan every minute in case the platform drops a file event.
// A change inside story folders rescans only those folders (milliseconds, whatever the size of
// the archive); so does the minute's rescan, which walks the folder here (asynchronously, off
// Next.js's thread) and asks only for the story folders whose files changed. The start, a change
// to anything else, and a walk that finds no stories at all look at the whole folder.
// Only node: built-ins.
import fs from 'node:fs';
import path from 'node:path';

/** How long after a publish that made a new generation every page is marked stale once more. */
export const SETTLE_MS = 2000;

/**
 * @typedef {{ newGeneration: boolean, generation: { n: number }, nextEmbargo?: string }} Report
 * @typedef {{ stories?: string[], settle?: boolean }} PublishRequest
 *   stories: only these story folders (by slug) are rescanned; absent: the whole folder.
 *   settle: mark every page stale again, for a page that was being rendered from the previous
 *   generation while the new one was committed (its render would otherwise be kept).
 * @param {{ contentDir: string, publish: (request: PublishRequest) => Promise<Report>, log?: (line: string) => void, debounceMs?: number, rescanMs?: number, settleMs?: number, watch?: boolean, events?: boolean, maxWatched?: number, perFolder?: boolean }} options
 *   watch: false keeps only the embargo timer (CONTENT_WATCH=off: scheduled stories still go live)
 *   events: false leaves file events out and relies on the rescan alone (tests of the rescan)
 *   maxWatched: at most this many story folders watched (the most recently changed); the rest are the rescan's
 *   perFolder: a watch per folder (Linux, where a recursive watch is one anyway and fails whole at the system's limit)
 */
export function followContent({ contentDir, publish, log = console.error, debounceMs = 150, rescanMs = 60_000, settleMs = SETTLE_MS, watch = true, events = true, maxWatched = MAX_WATCHED, perFolder = process.platform === 'linux' }) {
  /** @type {NodeJS.Timeout | undefined} */
  let soon;
  /** @type {NodeJS.Timeout | undefined} */
  let embargo;
  /** Whether the start's whole-folder rescan waits for the watches to be set (Linux). */
  let holdWhole = false;
  /** A few story folders' publish under way; a whole-folder one. */
  let running = false;
  let runningWhole = false;
  let again = false;
  let closed = false;
  /** Story folders changed since the last publish; `whole`: something else did (or may have). */
  const changed = new Set();
  let whole = true;
  /** @type {NodeJS.Timeout | undefined} */
  let settle;
  /** What the last walk saw; undefined: the next rescan reads the whole folder. */
  /** @type {FolderStamps | undefined} */
  let stamps;
  let walking = false;
  /** While Next.js builds its first index: the publish asked again when it says to. */
  /** @type {NodeJS.Timeout | undefined} */
  let retry;
  let waiting = false;

  // One publish at a time, except that a few story folders' changes go beside a whole-folder
  // rescan under way (a minute or more at 200,000 stories): the index writes them one after
  // the other, the few folders' first. Changes that arrive meanwhile make one more afterwards.
  async function run() {
    if (closed) return;
    // Until the start's whole-folder rescan may begin (every story folder watched), a change
    // publishes its own folders: it does not wait minutes for the watches and the rescan.
    const wholeNow = whole && !holdWhole;
    if (!wholeNow && whole && changed.size === 0) return;
    if (wholeNow ? running || runningWhole : running) {
      again = true;
      return;
    }
    if (wholeNow) runningWhole = true;
    else running = true;
    /** @type {PublishRequest} */
    const request = wholeNow ? {} : { stories: [...changed] };
    changed.clear();
    if (wholeNow) whole = false;
    try {
      const report = await publish(request);
      waiting = false;
      scheduleEmbargo(report.nextEmbargo);
      if (report.newGeneration) {
        clearTimeout(settle);
        settle = setTimeout(() => void publish({ stories: [], settle: true }).catch((error) => log(`content: settling failed: ${error instanceof Error ? error.message : error}`)), settleMs);
      }
    } catch (error) {
      // Tried again at the next change or rescan, with the whole folder.
      whole = true;
      stamps = undefined;
      const retryAfterMs = /** @type {{ retryAfterMs?: number }} */ (error)?.retryAfterMs;
      if (retryAfterMs !== undefined) {
        // Next.js is building its first content index: asked again when it says to, said once.
        if (!waiting) log('content: the content index is being built; publishing once it is ready');
        waiting = true;
        clearTimeout(retry);
        retry = setTimeout(() => void run(), retryAfterMs);
      } else log(`content: publish failed: ${error instanceof Error ? error.message : error}`);
    } finally {
      if (wholeNow) runningWhole = false;
      else running = false;
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

  /** The whole folder, now. */
  function rescanAll() {
    whole = true;
    void run();
  }

  /** The minute's rescan: the story folders whose files changed since the last walk, else nothing. */
  async function rescanChanged() {
    // A walk slower than the interval (a huge folder on a slow disk) is not started twice.
    if (walking) return;
    walking = true;
    /** @type {FolderStamps} */
    let now;
    try {
      now = await stampFolder(contentDir);
    } catch {
      return rescanAll();
    } finally {
      walking = false;
    }
    const before = stamps;
    stamps = now;
    // No walk to compare with, other files changed, or no stories at all (a folder being swapped:
    // the index's own guard keeps the stories, which only a whole-folder scan applies).
    if (!before || now.other !== before.other || now.stories.size === 0) return rescanAll();
    const differ = new Set([...now.stories].filter(([slug, stamp]) => before.stories.get(slug) !== stamp).map(([slug]) => slug));
    for (const slug of before.stories.keys()) if (!now.stories.has(slug)) differ.add(slug);
    if (differ.size === 0) return;
    if (differ.size > MAX_NAMED_STORIES) return rescanAll();
    for (const slug of differ) changed.add(slug);
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

  /** @type {ReturnType<typeof watchFolder> | undefined} */
  let watcher;
  /** @type {NodeJS.Timeout | undefined} */
  let rescan;
  if (watch && events) watcher = watchFolder({ contentDir, onChange: changedFile, log, maxWatched, perFolder });
  if (watch) {
    rescan = setInterval(() => void rescanChanged(), rescanMs);
    rescan.unref();
  }
  // What changed between the build and this start: the whole folder, read once every story
  // folder is watched (the first walk says which changed most recently), so that nothing saved
  // meanwhile is missed. Where a watch covers the whole tree, at once.
  if (watcher?.perFolder) {
    holdWhole = true;
    const release = () => {
      holdWhole = false;
      void run();
    };
    void stampFolder(contentDir).then((first) => {
      stamps ??= first;
      watcher?.watchStories(
        [...first.newest].sort((a, b) => b[1] - a[1]).map(([slug]) => slug),
        release,
      );
    }, release);
  } else {
    void run();
    if (watch) void stampFolder(contentDir).then((first) => (stamps ??= first), () => {});
  }

  return {
    /** Publishes the whole folder now (and again after one already under way). */
    publishNow: rescanAll,
    close() {
      closed = true;
      clearTimeout(settle);
      clearTimeout(retry);
      watcher?.close();
      clearInterval(rescan);
      clearTimeout(soon);
      clearTimeout(embargo);
    },
  };
}

/** Story folders watched at most (each an inotify watch on Linux; the system's own limit may be lower). */
const MAX_WATCHED = 250_000;
/** Story folders given a watch per turn of the event loop after the first walk. */
const WATCH_STEP = 2000;

/**
 * Watches the content folder. On Linux (`perFolder`) a watch per folder: the folder itself,
 * authors/, articles/ and each story folder, added the most recently changed first and a step at
 * a time (an archive has hundreds of thousands), and at most `maxWatched` of them or as many as
 * the system allows (fs.inotify.max_user_watches): Node's recursive watch would stop watching
 * anything at that limit. What is not watched is caught by the minute's rescan, said once in the
 * log. Elsewhere one recursive watch (macOS and Windows watch a tree as one).
 * @param {{ contentDir: string, onChange: (event: string, filename: string) => void, log: (line: string) => void, maxWatched: number, perFolder: boolean }} options
 */
export function watchFolder({ contentDir, onChange, log, maxWatched, perFolder }) {
  /** @type {Map<string, fs.FSWatcher>} */
  const stories = new Map();
  /** @type {fs.FSWatcher[]} */
  const fixed = [];
  let full = false;
  let closed = false;
  /** @type {NodeJS.Timeout | undefined} */
  let stepping;

  /** @param {string} dir @param {(event: string, name: string | null) => void} listener */
  const open = (dir, listener) => {
    const watcher = fs.watch(dir, listener);
    watcher.on('error', () => watcher.close());
    return watcher;
  };
  /** @param {unknown} error */
  const limitReached = (error) => {
    if (full) return;
    full = true;
    const reason = /** @type {NodeJS.ErrnoException} */ (error)?.code === 'ENOSPC' ? 'the system allows no more file watches (raise fs.inotify.max_user_watches)' : `at most ${maxWatched} are watched`;
    log(`content: watching ${stories.size} story folders, the most recently changed: ${reason}; changes in the others are published by the minute's rescan`);
  };

  /** @param {string} slug */
  const watchStory = (slug) => {
    if (closed || full) return;
    stories.get(slug)?.close();
    stories.delete(slug);
    if (stories.size >= maxWatched) return limitReached(undefined);
    try {
      stories.set(slug, open(path.join(contentDir, 'articles', slug), (event, name) => onChange(event, `articles/${slug}/${name ?? ''}`)));
    } catch (error) {
      // Gone again already, or the system's limit.
      const code = /** @type {NodeJS.ErrnoException} */ (error).code;
      if (code === 'ENOSPC') limitReached(error);
    }
  };

  if (!perFolder) {
    try {
      const watcher = fs.watch(contentDir, { recursive: true }, (event, name) => onChange(event, String(name ?? '')));
      watcher.on('error', (error) => log(`content: watching ${contentDir} failed (${error.message}); the minute's rescan goes on`));
      fixed.push(watcher);
    } catch (error) {
      log(`content: cannot watch ${contentDir} (${error instanceof Error ? error.message : error}); rescanning every minute instead`);
    }
  } else {
    for (const [sub, prefix] of /** @type {const} */ ([
      ['', ''],
      ['authors', 'authors/'],
      ['articles', 'articles/'],
    ])) {
      try {
        fixed.push(
          open(path.join(contentDir, sub), (event, name) => {
            const file = `${prefix}${name ?? ''}`;
            onChange(event, prefix === 'articles/' ? `${file}/` : file);
            // A story folder added or replaced gets a watch of its own.
            if (prefix === 'articles/' && name && !name.startsWith('.') && fs.statSync(path.join(contentDir, 'articles', name), { throwIfNoEntry: false })?.isDirectory()) watchStory(name);
          }),
        );
      } catch (error) {
        // A folder that is not there yet (a volume mounted later): the rescan finds it when it is.
        if (sub === '') log(`content: cannot watch ${contentDir} (${error instanceof Error ? error.message : error}); rescanning every minute instead`);
      }
    }
  }

  return {
    /**
     * Watches these story folders (the most recently changed first), a step at a time; `done` once all are.
     * @param {string[]} slugs @param {() => void} done
     */
    watchStories(slugs, done) {
      if (!perFolder) return;
      let at = 0;
      const step = () => {
        for (const end = Math.min(at + WATCH_STEP, slugs.length); at < end && !full && !closed; at++) {
          const slug = /** @type {string} */ (slugs[at]);
          if (!stories.has(slug)) watchStory(slug);
        }
        if (closed) return;
        if (at < slugs.length && !full) stepping = setTimeout(step, 0);
        else done();
      };
      step();
    },
    /** Whether story folders are watched one by one (and so only once the first walk has listed them). */
    perFolder,
    close() {
      closed = true;
      clearTimeout(stepping);
      for (const watcher of [...fixed, ...stories.values()]) watcher.close();
      stories.clear();
    },
  };
}

/** POST /api/publish names at most this many story folders; past it, the whole folder is read. */
const MAX_NAMED_STORIES = 1000;
/** File system calls a walk keeps in flight. */
const WALK_CONCURRENCY = 32;

/**
 * @typedef {{ stories: Map<string, string>, other: string, newest: Map<string, number> }} FolderStamps
 *   stories: per story folder (by name), its files' sizes, times and inodes as one string;
 *   other: the same for everything outside articles/ (sections, authors);
 *   newest: per story folder, when its most recently modified file was (ms).
 */

/**
 * Every file's stamp in the content folder, read asynchronously a few at a time, so a walk of
 * 400,000 files keeps the front server answering.
 * @param {string} contentDir
 * @returns {Promise<FolderStamps>}
 */
export async function stampFolder(contentDir) {
  /** @type {Map<string, number>} */
  const newest = new Map();
  const stampOf = async (/** @type {string} */ dir, /** @type {string | undefined} */ slug = undefined) => {
    const names = (await fs.promises.readdir(dir).catch(() => [])).filter((n) => !n.startsWith('.')).sort();
    const parts = [];
    let latest = 0;
    for (const name of names) {
      const stat = await fs.promises.lstat(path.join(dir, name)).catch(() => undefined);
      if (stat?.isFile()) parts.push(`${name}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`);
      else if (stat) parts.push(`${name}:dir`);
      if (stat) latest = Math.max(latest, stat.mtimeMs);
    }
    if (slug !== undefined) newest.set(slug, latest);
    return parts.join('|');
  };
  const other = [await stampOf(contentDir), await stampOf(path.join(contentDir, 'authors'))].join('/');
  const articles = path.join(contentDir, 'articles');
  const slugs = (await fs.promises.readdir(articles).catch(() => [])).filter((n) => !n.startsWith('.'));
  /** @type {Map<string, string>} */
  const stories = new Map();
  let next = 0;
  const worker = async () => {
    while (next < slugs.length) {
      const slug = /** @type {string} */ (slugs[next++]);
      stories.set(slug, await stampOf(path.join(articles, slug), slug));
    }
  };
  await Promise.all(Array.from({ length: WALK_CONCURRENCY }, worker));
  return { stories, other, newest };
}
