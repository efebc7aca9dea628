import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import { isLocale, routing, type Locale } from '@/i18n/routing';
import { queryPhrases } from '@/lib/search/text';
import { PUBLIC_STORY } from './indexFile';
import { loadStoryContext, type ContentPaths, type StoryContext } from './load';
import { PAIR_MARKER } from './markdown';
import { pairBlocks, pairGroups, type PairBlock } from './pairing';
import type { StoryParser } from './parsePool';
import { parseStory, type ParsedStory, type StoryFileRef, type StoryLists } from './parseStory';
import { SLUG_PATTERN } from './schema';
import { fileStamp, isDirectory, sortedNames, surveyFolder, type FileStamp, type Survey } from './survey';
import { tagSlug } from './tags';
import type { Article, Author, ContentProblem, Section } from './types';

/**
 * The content index on disk (docs/adr/0002-live-newsroom.md): one SQLite file that follows the
 * content folder file by file. `sync()` compares every story file's size and modification time
 * with what it last read and parses only what changed; a file that fails validation keeps its
 * last good version here (a broken new file is not published) and its problems are kept with
 * it. Each sync that changes anything is one transaction and makes a new content generation,
 * whose "now" decides what is public for everything rendered from it.
 *
 * Bump SCHEMA_VERSION when the tables or what is derived from a file change: the index is then
 * built again from the folder.
 */
export const SCHEMA_VERSION = 10;

/** Search rows are keyed by publication time, so "newest first" walks the index in order. */
const SEARCH_KEY_IDS = 2 ** 21;

export interface Generation {
  /** 1, 2, 3…: a new one for every committed change and every embargo that lifts. */
  n: number;
  /** The instant that decides what is public in this generation (ms since the epoch). */
  nowMs: number;
}

export interface SyncResult {
  generation: Generation;
  /** Story files (relative to the content folder) indexed anew, and those gone from the folder. */
  changed: string[];
  removed: string[];
  /** Story files that failed and keep their last good version (or, when new, stay unpublished). */
  failed: string[];
  /** Whether sections or authors changed. */
  folderChanged: boolean;
}

export interface Listing {
  articles: Article[];
  total: number;
}

export interface SearchListing extends Listing {
  /** Whether more stories match than the search looked at (its newest `window` matches). */
  more: boolean;
}

type ListingKind = { section: string } | { tag: string } | { author: string } | Record<string, never>;

/**
 * Every section, tag and author listing's public stories per language, kept as stories are
 * written and as embargoes lift (countsTo), public as of meta 'counts-as-of': the whole-archive
 * questions (sitemaps, listing indexes, health) read this small table instead of every story.
 * `changed_ms` only grows: a story leaving a listing changes its pages too.
 */
const LISTING_COUNTS = `CREATE TABLE IF NOT EXISTS listing_counts (kind TEXT NOT NULL, locale TEXT NOT NULL, key TEXT NOT NULL, count INTEGER NOT NULL, changed_ms INTEGER NOT NULL, PRIMARY KEY (kind, locale, key)) WITHOUT ROWID;`;
/** The sitemap's walk over published versions in slug order reads this index alone. */
const SITEMAP_INDEX = `CREATE INDEX IF NOT EXISTS stories_sitemap ON stories (slug, locale, published_ms, changed_ms) WHERE status = 'published';`;

/**
 * The listing indexes: a first build of a large folder makes them once at its end (sorting its
 * rows), rather than keeping them through hundreds of thousands of inserts in random places.
 */
const DEFERRED_INDEXES = {
  stories: `CREATE INDEX IF NOT EXISTS stories_newest ON stories (locale, status, published_ms DESC, slug);
CREATE INDEX IF NOT EXISTS stories_section ON stories (locale, section, status, published_ms DESC, slug);
CREATE INDEX IF NOT EXISTS stories_state ON stories (status, published_ms, locale);
${SITEMAP_INDEX}`,
  tags: 'CREATE INDEX IF NOT EXISTS story_tags_listing ON story_tags (locale, tag, published_ms DESC);',
  authors: 'CREATE INDEX IF NOT EXISTS story_authors_listing ON story_authors (locale, author, published_ms DESC);',
};
const DEFERRED_INDEX_NAMES = ['stories_newest', 'stories_section', 'stories_state', 'stories_sitemap', 'story_tags_listing', 'story_authors_listing'];
/** Files per batch of a bulk load. */
const BULK_BATCH = 2048;
/** From this many files a first build loads in bulk (deferred indexes, search merged once at the end). */
const BULK_FROM_FILES = 4096;
/** Search index pages merged per step of a bulk load's final merge (a step, then a chance to answer). */
const MERGE_PAGES = 2000;


const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, mtime_ms REAL NOT NULL, ctime_ms REAL NOT NULL, ino INTEGER NOT NULL, size INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS photo_stamps (slug TEXT PRIMARY KEY, stamp TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS stories (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL,
  locale TEXT NOT NULL,
  status TEXT NOT NULL,
  published_ms INTEGER NOT NULL,
  -- updatedAt, else publishedAt: a sitemap's lastmod.
  changed_ms INTEGER NOT NULL,
  has_hero INTEGER NOT NULL,
  section TEXT NOT NULL,
  search_key INTEGER NOT NULL,
  article TEXT NOT NULL,
  UNIQUE (slug, locale)
);
${DEFERRED_INDEXES.stories}
CREATE UNIQUE INDEX IF NOT EXISTS stories_search_key ON stories (search_key) WHERE search_key <> 0;
CREATE TABLE IF NOT EXISTS story_tags (story INTEGER NOT NULL, locale TEXT NOT NULL, tag TEXT NOT NULL, label TEXT NOT NULL, published_ms INTEGER NOT NULL, PRIMARY KEY (story, tag));
${DEFERRED_INDEXES.tags}
CREATE TABLE IF NOT EXISTS story_authors (story INTEGER NOT NULL, locale TEXT NOT NULL, author TEXT NOT NULL, published_ms INTEGER NOT NULL, PRIMARY KEY (story, author));
${DEFERRED_INDEXES.authors}
CREATE TABLE IF NOT EXISTS story_translators (story INTEGER NOT NULL, author TEXT NOT NULL, PRIMARY KEY (story, author));
CREATE TABLE IF NOT EXISTS texts (story INTEGER PRIMARY KEY, text TEXT NOT NULL, markdown TEXT NOT NULL, blocks TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS problems (path TEXT NOT NULL, scope TEXT NOT NULL, severity TEXT NOT NULL, line INTEGER, field TEXT NOT NULL, message TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS problems_path ON problems (path);
CREATE TABLE IF NOT EXISTS generations (n INTEGER PRIMARY KEY, now_ms INTEGER NOT NULL, made_ms INTEGER NOT NULL);
${LISTING_COUNTS}
${routing.locales.map((l) => `CREATE VIRTUAL TABLE IF NOT EXISTS search_${l} USING fts5(title, dek, tags, body, content='', contentless_delete=1);`).join('\n')}
`;

/** How much the headline, standfirst and tags count against the body in "best match" order. */
const SEARCH_WEIGHTS = [3, 2, 2, 1];

/**
 * "Best match" for a row of a search table: BM25 of each field on its own, weighted and summed
 * (a word in the headline counts three times one in the body, however often the body repeats it).
 * BM25 in SQLite is negative: lower is better.
 */
function bestMatchScore(table: string): string {
  return SEARCH_WEIGHTS.map((weight, field) => `${weight} * bm25(${table}, ${SEARCH_WEIGHTS.map((_, other) => (other === field ? 1 : 0)).join(', ')})`).join(' + ');
}

/** Best-match order ranks the newest this many matches: a common word never ranks the whole archive. */
export const SEARCH_RANKED = 1000;
/** Newest-first search looks this far back: the newest 10,000 matches, pages of them. */
export const SEARCH_NEWEST_LIMIT = 10_000;

/** A public story of one language at a generation: `?` the locale, `?` the generation's now. */
const PUBLIC_IN_LOCALE = `s.locale = ? AND ${PUBLIC_STORY}`;
/** How many of a tag's newest stories "related stories" weighs. */
const RELATED_PER_TAG = 500;

/** Files a sync reads per batch (syncWith): each batch is written while the next is read. */
const SYNC_BATCH = 512;
/** From this many story folders a scan reads the index's stamps of them all at once (scan). */
const PRELOAD_FROM_FOLDERS = 2000;
/** Story folders a scan looks at between chances for the thread to do something else (syncWith). */
const SCAN_STEP = 200;
/** SQLite's page cache (KiB, negative as PRAGMA cache_size takes it) while a large sync writes, and otherwise. */
const BUILD_CACHE_KIB = -262_144;
const SERVING_CACHE_KIB = -16_384;

/** A story file a sync reads and writes: new, changed, or to be checked again. */
interface PendingFile extends StoryFileRef {
  key: string;
  publishable: boolean;
  stat: { mtimeMs: number; ctimeMs: number; ino: number; size: number };
  /** Its folder's photo stamp now, kept once the file is written. */
  photoStamp: string;
}

interface SyncPlan {
  result: SyncResult;
  pending: PendingFile[];
  context: StoryContext;
  lists: StoryLists;
  /** The first build of this index: nothing is public until it finishes. */
  cold: boolean;
  /** Whether a broken edit took a story down (withdrawnBy): readers must see it gone. */
  withdrew?: boolean;
}

interface StoryRow {
  id: number;
  article: string;
}

export class ContentStore {
  private db: DatabaseSync;
  private readonly statements = new Map<string, StatementSync>();
  private writing = false;

  /**
   * @param file the index file (created when missing; rebuilt when its schema is older)
   * @param paths the content folder and where problems' paths are relative to
   */
  constructor(
    file: string,
    private readonly paths: ContentPaths,
  ) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = openIndex(file);
    if (this.tableExists('meta') && this.meta('schema') !== String(SCHEMA_VERSION)) {
      // An index from another version of this code: built again from the folder.
      this.db.close();
      this.statements.clear();
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
      this.db = openIndex(file);
    }
    // Opening an index that is already current writes nothing: many readers open it at once.
    if (!this.tableExists('meta')) {
      this.db.exec(SCHEMA);
      this.setMeta('schema', String(SCHEMA_VERSION));
    }
  }

  close() {
    this.db.close();
  }

  /** A prepared statement, made once per SQL text: a sync runs the same few thousands of times. */
  private sql(text: string) {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  /** The newest generation, or generation 0 (nothing public yet) before the first sync. */
  generation(): Generation {
    const row = this.sql('SELECT n, now_ms FROM generations ORDER BY n DESC LIMIT 1').get() as { n: number; now_ms: number } | undefined;
    return row ? { n: row.n, nowMs: row.now_ms } : { n: 0, nowMs: 0 };
  }

  /**
   * Reads what changed in the content folder since the last sync and commits it as one new
   * generation (none when nothing changed and `nowMs` lifts no embargo). `only` limits the story
   * files looked at to some story folders (a watcher's events); sections and authors are always
   * checked. A file that fails validation keeps its last good version. Parses on this thread:
   * `syncWith` parses many files on worker threads.
   */
  sync({ nowMs = Date.now(), only }: { nowMs?: number; only?: string[] } = {}): SyncResult {
    this.claim();
    try {
      const steps = this.scan(only);
      let step = steps.next();
      while (!step.done) step = steps.next();
      const plan = step.value;
      try {
        this.write(plan, plan.pending.map((file) => parseStory(this.paths, file, plan.context)), plan.pending);
        // A bulk load stopped half way (the process killed) is finished by whichever sync comes next.
        const ending = this.endBulkLoad();
        while (!ending.next().done);
        return this.finish(plan, nowMs);
      } catch (error) {
        this.rollback();
        throw error;
      }
    } finally {
      this.writing = false;
    }
  }

  /**
   * `sync`, with the changed files read by `parser` (worker threads: parsePool.ts) in batches
   * while this thread writes, so it stays free to answer between batches. An index that has no
   * generation yet (a first, cold build) commits each batch as it goes, still invisible to
   * readers (nothing is public before the first generation): a build killed half way resumes
   * where it stopped. Otherwise everything is one transaction, like `sync`.
   */
  async syncWith(
    parser: (lists: StoryLists, files: number) => StoryParser,
    {
      nowMs,
      only,
      batch: batchSize,
      bulkFrom = BULK_FROM_FILES,
      onProgress,
      survey,
      preloadFrom = PRELOAD_FROM_FOLDERS,
    }: { nowMs?: number; only?: string[]; batch?: number; bulkFrom?: number; onProgress?: (done: number, total: number) => void; survey?: Survey; preloadFrom?: number } = {},
  ): Promise<SyncResult> {
    this.claim();
    let plan: SyncPlan | undefined;
    let reader: StoryParser | undefined;
    try {
      // The scan of a large folder lets the thread answer requests every few hundred stories.
      // `survey`: the whole folder's, made beforehand (survey.ts), for a scan that reads no files.
      const steps = this.scan(only, survey, preloadFrom);
      let step = steps.next();
      while (!step.done) {
        await new Promise((resolve) => setImmediate(resolve));
        step = steps.next();
      }
      plan = step.value;
      const { pending } = plan;
      onProgress?.(0, pending.length);
      if (pending.length > 0) {
        reader = parser(plan.lists, pending.length);
        // A large build keeps more of the index in memory while it writes (dropped afterwards).
        if (pending.length > SYNC_BATCH) this.db.exec(`PRAGMA cache_size = ${BUILD_CACHE_KIB}`);
        const bulk = plan.cold && pending.length >= bulkFrom;
        if (bulk) this.beginBulkLoad();
        // A bulk load writes larger batches: fewer commits, fewer and larger search segments.
        const batch = batchSize ?? (bulk ? BULK_BATCH : SYNC_BATCH);
        // The next batch is parsed while this one is written.
        const parseBatch = (at: number) => (at < pending.length ? reader!.parse(pending.slice(at, at + batch)) : undefined);
        let next = parseBatch(0);
        for (let at = 0; at < pending.length; at += batch) {
          const parsed = await next!;
          next = parseBatch(at + batch);
          // A rejection of the batch parsed ahead is seen when it is awaited, not before.
          next?.catch(() => {});
          this.write(plan, parsed, pending.slice(at, at + batch));
          if (plan.cold) this.db.exec('COMMIT; BEGIN IMMEDIATE');
          onProgress?.(Math.min(at + batch, pending.length), pending.length);
          // A parser on this thread (the workers' fallback) resolves at once, and awaiting it lets
          // no request in: without this, the whole build would block the server.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
      const ending = this.endBulkLoad();
      for (let step = ending.next(); !step.done; step = ending.next()) await new Promise((resolve) => setImmediate(resolve));
      return this.finish(plan, nowMs ?? Date.now());
    } catch (error) {
      if (plan) this.rollback();
      throw error;
    } finally {
      this.writing = false;
      if (reader) {
        this.db.exec(`PRAGMA cache_size = ${SERVING_CACHE_KIB}`);
        await reader.close();
      }
    }
  }

  /**
   * A first build of many files (in the open transaction, committed with its first batch): the
   * listing indexes are dropped until its end, and the search tables keep each batch as a segment
   * of its own instead of merging as they go. Nothing reads them meanwhile (nothing is public).
   */
  private beginBulkLoad() {
    for (const name of DEFERRED_INDEX_NAMES) this.db.exec(`DROP INDEX IF EXISTS ${name}`);
    for (const locale of routing.locales) {
      this.db.exec(`INSERT INTO search_${locale} (search_${locale}, rank) VALUES ('automerge', 0)`);
      this.db.exec(`INSERT INTO search_${locale} (search_${locale}, rank) VALUES ('crisismerge', 64)`);
    }
    this.setMeta('bulk-load', '1');
  }

  /**
   * The end of a bulk load, if one is under way (or was stopped): the listing indexes made, each
   * search table merged into one segment a step at a time (yielding between steps, each committed
   * while the index has no generation), and merging as it goes again from then on.
   */
  private *endBulkLoad(): Generator<void, void> {
    if (this.meta('bulk-load') === undefined) return;
    for (const statements of Object.values(DEFERRED_INDEXES)) {
      this.db.exec(statements);
      yield;
    }
    const changes = () => (this.sql('SELECT total_changes() AS n').get() as { n: number }).n;
    for (const locale of routing.locales) {
      const table = `search_${locale}`;
      // A negative page count merges as 'optimize' does, in steps: fewer than two changes, done.
      for (;;) {
        const before = changes();
        this.db.exec(`INSERT INTO ${table} (${table}, rank) VALUES ('merge', -${MERGE_PAGES})`);
        if (changes() - before < 2) break;
        if (this.generation().n === 0) this.db.exec('COMMIT; BEGIN IMMEDIATE');
        yield;
      }
      this.db.exec(`INSERT INTO ${table} (${table}, rank) VALUES ('automerge', 4)`);
      this.db.exec(`INSERT INTO ${table} (${table}, rank) VALUES ('crisismerge', 16)`);
    }
    this.sql('DELETE FROM meta WHERE key = ?').run('bulk-load');
  }

  /**
   * Undoes the sync's open transaction, if any: an error after its commit (ANALYZE) or between a
   * cold batch's COMMIT and the next BEGIN has none, and "no transaction is active" would hide it.
   */
  private rollback() {
    if (this.db.isTransaction) this.db.exec('ROLLBACK');
  }

  /** One writer at a time: a sync holds the index's write transaction from its scan to its commit. */
  private claim() {
    if (this.writing) throw new Error('the content index is being written by another sync');
    this.writing = true;
  }

  /**
   * A sync's first step, in a new write transaction: sections and authors, the folder's story
   * files against what was last read (the files to read again are returned, not read), removals,
   * photo stamps and the scan's own problems.
   */
  private *scan(wanted: string[] | undefined, surveyed?: Survey, preloadFrom = PRELOAD_FROM_FOLDERS): Generator<void, SyncPlan> {
    const articlesDir = path.join(/*turbopackIgnore: true*/ this.paths.contentDir, 'articles');
    const result: SyncResult = { generation: this.generation(), changed: [], removed: [], failed: [], folderChanged: false };
    // An index with no generation yet (a first build stopped or failed half way) is only made
    // public whole: a publish of a few folders reaching it first reads the whole folder.
    const only = result.generation.n === 0 ? undefined : wanted;
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const folder = this.syncFolderData();
      result.folderChanged = folder.changed;
      const seen = new Set<string>();
      const scanProblems: ContentProblem[] = [];
      const pending: PendingFile[] = [];
      // A survey made for the whole folder (on a worker thread, before this sync began) serves a
      // whole-folder scan; otherwise each folder is surveyed here, as the scan reaches it.
      const survey = surveyed && !only ? surveyed : undefined;
      const slugs = survey ? survey.folders.map((f) => f.slug) : (only ?? (isDirectory(articlesDir) ? sortedNames(articlesDir) : []));
      // A scan of many folders reads what the index knows of them once, in two statements, not
      // a lookup per file (600,000 at 200,000 stories: seconds holding the writer).
      const stored = slugs.length >= preloadFrom ? this.storedStamps() : undefined;

      for (const [n, slug] of slugs.entries()) {
        if (n % SCAN_STEP === SCAN_STEP - 1) yield;
        const dir = path.join(/*turbopackIgnore: true*/ articlesDir, slug);
        const entry = survey ? survey.folders[n]! : surveyFolder(articlesDir, slug);
        if (entry.kind === 'missing') {
          this.setPhotoStamp(slug, '');
          continue;
        }
        if (entry.kind === 'file') {
          scanProblems.push({ severity: 'error', file: this.rel(dir), field: 'file', message: 'expected a story folder: articles/<slug>/en.md and/or articles/<slug>/ko.md' });
          continue;
        }
        // A folder with a bad name is reported, and its files are still checked, but never published.
        const publishable = SLUG_PATTERN.test(slug);
        if (!publishable) {
          scanProblems.push({ severity: 'error', file: this.rel(dir), field: 'slug', message: `"${slug}" is not a valid slug: expected lowercase letters, digits and single hyphens, e.g. "kim-train-khabarovsk"` });
        }
        // A photo added, replaced or removed in the folder reads its stories again: their photo
        // URLs and sizes come from the files (photos.ts).
        const { photoStamp } = entry;
        const photosChanged = photoStamp !== (stored ? (stored.photos.get(slug) ?? '') : this.photoStamp(slug));
        const pendingBefore = pending.length;
        for (const { name, stamp } of entry.markdown) {
          const locale = name.slice(0, -'.md'.length);
          // Joined by hand (a folder's and a file's names hold no separator): path.join and
          // path.relative for 400,000 files were a fifth of a whole rescan's time.
          const file = dir + path.sep + name;
          const key = 'articles' + path.sep + slug + path.sep + name;
          if (!isLocale(locale)) {
            scanProblems.push({ severity: 'error', file: this.rel(file), field: 'file', message: `unknown language "${locale}": expected ${routing.locales.map((l) => `${l}.md`).join(' or ')}` });
            continue;
          }
          seen.add(key);
          const same = (now: FileStamp) => (stored ? sameStamp(stored.files.get(key), now) : this.isUnchanged(key, now));
          const unchanged = (now: FileStamp) => same(now) && !photosChanged && !(folder.changed && this.failedOnReference(key));
          if (!stamp || unchanged(stamp)) continue;
          // A survey's stamp is from before other syncs ran (a watcher's may have read or taken
          // down the file since): a file it shows changed is looked at again, now.
          let current: FileStamp | undefined = stamp;
          if (survey && result.generation.n > 0) {
            current = fileStamp(file);
            if (!current) {
              seen.delete(key);
              continue;
            }
            if (unchanged(current)) continue;
          }
          // The stamp was taken before the file is read: a change made while it is read is seen next time.
          pending.push({ key, slug, locale, publishable, stat: current, photoStamp });
        }
        // The folder's new photo stamp is kept with its stories when they are written (a build
        // stopped before that reads them again); a folder with none to write keeps it now.
        if (photosChanged && pending.length === pendingBefore) this.setPhotoStamp(slug, photoStamp);
      }
      // A missing or empty articles folder while the index holds stories is a folder being
      // swapped or a volume not mounted yet, not a newsroom taking everything down: nothing is
      // removed then (a takedown is a file at a time).
      const vanished = !only && slugs.length === 0 && (this.sql("SELECT COUNT(*) AS n FROM files WHERE path LIKE 'articles%'").get() as { n: number }).n > 0;
      if (vanished) scanProblems.push({ severity: 'error', file: this.rel(articlesDir), field: 'file', message: 'the articles folder is missing or empty: the index keeps the stories it has' });
      // Files gone from the folder (or, with `only`, from the folders looked at: read by their
      // key range, so a one-story sync costs the same on any archive).
      const known = only
        ? only.flatMap((slug) => {
            const prefix = ['articles', slug, ''].join(path.sep);
            return this.sql('SELECT path FROM files WHERE path >= ? AND path < ?').all(prefix, `${prefix}\uffff`) as { path: string }[];
          })
        : stored
          ? [...stored.files.keys()].map((key) => ({ path: key }))
          : (this.sql("SELECT path FROM files WHERE path LIKE 'articles%'").all() as { path: string }[]);
      for (const { path: key } of known) {
        // Not seen, and still not there: a file back since the survey (a later sync read it) stays.
        if (!vanished && !seen.has(key) && !fs.existsSync(path.join(/*turbopackIgnore: true*/ this.paths.contentDir, key))) {
          this.removeStory(key);
          result.removed.push(key);
        }
      }
      if (!only && !vanished) {
        const scanned = new Set(slugs);
        for (const { slug } of this.sql('SELECT slug FROM photo_stamps').all() as { slug: string }[]) if (!scanned.has(slug)) this.setPhotoStamp(slug, '');
      }
      if (!only) {
        this.sql("DELETE FROM problems WHERE scope = 'scan'").run();
        this.insertProblems(scanProblems, 'scan');
      }
      const { context } = folder;
      const lists: StoryLists = { sections: context.sections, authors: [...context.authors.values()], checkReferences: context.checkReferences };
      return { result, pending, context, lists, cold: result.generation.n === 0 };
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }

  /** Writes a batch of files read for a sync: each a new version, or a problem that keeps the last good one. */
  private write(plan: SyncPlan, parsed: ParsedStory[], files: PendingFile[]) {
    // In publication order: the search tables take rows in key order far faster (search keys
    // follow publication time), which is most of a cold build's writing.
    const order = files.map((_, i) => i).sort((a, b) => publishedMs(parsed[a]!) - publishedMs(parsed[b]!));
    for (const i of order) {
      const file = files[i]!;
      const indexed = this.indexStory(file, parsed[i]!);
      if (indexed === true) plan.result.changed.push(file.key);
      else plan.result.failed.push(file.key);
      if (indexed === 'withdrawn') plan.withdrew = true;
      const { mtimeMs, ctimeMs, ino, size } = file.stat;
      this.sql('INSERT OR REPLACE INTO files (path, mtime_ms, ctime_ms, ino, size) VALUES (?, ?, ?, ?, ?)').run(file.key, mtimeMs, ctimeMs, ino, size);
      this.setPhotoStamp(file.slug, file.photoStamp);
    }
  }

  /** A sync's last step: the new generation, when anything changed or an embargo lifted, committed. */
  private finish(plan: SyncPlan, nowMs: number): SyncResult {
    const { result } = plan;
    const lifted = this.embargoLifted(nowMs);
    if (result.changed.length || result.removed.length || result.folderChanged || lifted || plan.withdrew || result.generation.n === 0) {
      this.sql('INSERT INTO generations (now_ms, made_ms) VALUES (?, ?)').run(nowMs, Date.now());
      this.countsTo(nowMs);
    }
    const touched = new Set([...plan.pending.map((file) => file.slug), ...result.removed.map((key) => key.split(path.sep)[1] ?? '')]);
    this.refreshDerivedProblems(plan.cold ? undefined : touched, plan.cold || result.folderChanged);
    // Every sync may have written problems (problemsStamp).
    this.setMeta('problems-written', String(Number(this.meta('problems-written') ?? 0) + 1));
    this.db.exec('COMMIT');
    this.analyzeWhenGrown();
    result.generation = this.generation();
    return result;
  }

  /**
   * A new generation with the same content and a later "now", when a story due by then becomes
   * public (the embargo timer's tick); undefined when none does.
   */
  advance(nowMs = Date.now()): Generation | undefined {
    if (!this.embargoLifted(nowMs)) return undefined;
    this.db.exec('BEGIN IMMEDIATE');
    try {
      this.sql('INSERT INTO generations (now_ms, made_ms) VALUES (?, ?)').run(nowMs, Date.now());
      this.countsTo(nowMs);
      this.db.exec('COMMIT');
    } catch (error) {
      this.rollback();
      throw error;
    }
    return this.generation();
  }

  /** When the next published story's embargo lifts, after this generation's now (ms), if any. */
  nextEmbargoMs(after = this.generation().nowMs): number | undefined {
    const row = this.sql("SELECT MIN(published_ms) AS next FROM stories WHERE status = 'published' AND published_ms > ?").get(after) as { next: number | null };
    return row.next ?? undefined;
  }

  sections(): Section[] {
    return JSON.parse(this.meta('sections') ?? '[]') as Section[];
  }

  authors(): Map<string, Author> {
    return new Map((JSON.parse(this.meta('authors') ?? '[]') as Author[]).map((a) => [a.id, a]));
  }

  /** A story version in any state (drafts and scheduled ones included), as last indexed. */
  getStory(slug: string, locale: Locale): Article | undefined {
    const row = this.sql('SELECT article FROM stories WHERE slug = ? AND locale = ?').get(slug, locale) as { article: string } | undefined;
    return row && (JSON.parse(row.article) as Article);
  }

  /** A public story version at this generation, or undefined. */
  getPublicStory(slug: string, locale: Locale, generation = this.generation()): Article | undefined {
    const row = this
      .sql("SELECT article FROM stories WHERE slug = ? AND locale = ? AND status = 'published' AND published_ms <= ?")
      .get(slug, locale, generation.nowMs) as { article: string } | undefined;
    return row && (JSON.parse(row.article) as Article);
  }

  /** The body's Markdown of a story version's last good version, as indexed. */
  storyMarkdown(slug: string, locale: Locale): string | undefined {
    const row = this.sql('SELECT t.markdown FROM texts t JOIN stories s ON s.id = t.story WHERE s.slug = ? AND s.locale = ?').get(slug, locale) as { markdown: string } | undefined;
    return row?.markdown;
  }

  /** The body's plain text of a story version, as indexed. */
  storyText(slug: string, locale: Locale): string | undefined {
    const row = this.sql('SELECT t.text FROM texts t JOIN stories s ON s.id = t.story WHERE s.slug = ? AND s.locale = ?').get(slug, locale) as { text: string } | undefined;
    return row?.text;
  }

  /**
   * Public stories of a language at this generation, newest first: all of them, or a section's,
   * a tag's (by its URL segment) or an author's; `offset`/`limit` give a page, `total` the count
   * (counted only when `count`: a front page or a feed needs none).
   */
  listPublic(locale: Locale, kind: ListingKind, { offset = 0, limit = 20, count = true, generation = this.generation() } = {}): Listing {
    const { join, where, params } = listingQuery(kind);
    const base = `FROM stories s ${join} WHERE s.locale = ? AND s.status = 'published' AND s.published_ms <= ? ${where}`;
    const args: SQLInputValue[] = [locale, generation.nowMs, ...params];
    const rows = this.sql(`SELECT s.article ${base} ORDER BY s.published_ms DESC, s.slug LIMIT ? OFFSET ?`).all(...args, Number.isFinite(limit) ? limit : -1, offset) as { article: string }[];
    const total = count ? (this.sql(`SELECT COUNT(*) AS n ${base}`).get(...args) as { n: number }).n : offset + rows.length;
    return { articles: rows.map((r) => JSON.parse(r.article) as Article), total };
  }

  /** A tag's label as this language writes it, when a public story has it. */
  tagLabel(locale: Locale, tag: string, generation = this.generation()): string | undefined {
    const row = this
      .sql(`SELECT t.label FROM story_tags t JOIN stories s ON s.id = t.story WHERE t.locale = ? AND t.tag = ? AND s.status = 'published' AND s.published_ms <= ? ORDER BY t.published_ms DESC LIMIT 1`)
      .get(locale, tag, generation.nowMs) as { label: string } | undefined;
    return row?.label;
  }

  /** The newest public story of a language with a lead photo (a front page's lead), if any. */
  newestWithPhoto(locale: Locale, generation = this.generation()): Article | undefined {
    const row = this.sql(`SELECT article FROM stories s WHERE ${PUBLIC_IN_LOCALE} AND has_hero = 1 ORDER BY published_ms DESC, slug LIMIT 1`).get(locale, generation.nowMs) as
      | { article: string }
      | undefined;
    return row && (JSON.parse(row.article) as Article);
  }

  /**
   * Stories to read next, in the story's language: those sharing the most tags first, then the
   * rest of its section, newest first within each; never the story itself. Each tag adds its
   * newest RELATED_PER_TAG stories, so a tag on half the archive costs no more than a rare one.
   */
  related(article: Pick<Article, 'slug' | 'locale' | 'section' | 'tags'>, limit: number, generation = this.generation()): Article[] {
    const tags = [...new Set(article.tags.map(tagSlug))];
    const now = generation.nowMs;
    const found: Article[] = [];
    if (tags.length > 0) {
      const perTag = tags.map(() => `SELECT * FROM (SELECT story FROM story_tags WHERE locale = ? AND tag = ? AND published_ms <= ? ORDER BY published_ms DESC LIMIT ${RELATED_PER_TAG})`).join(' UNION ALL ');
      const rows = this.sql(
        `SELECT s.article FROM (SELECT story, COUNT(*) AS shared FROM (${perTag}) GROUP BY story) c JOIN stories s ON s.id = c.story
         WHERE s.status = 'published' AND s.published_ms <= ? AND s.slug <> ?
         ORDER BY c.shared DESC, s.section = ? DESC, s.published_ms DESC, s.slug LIMIT ?`,
      ).all(...tags.flatMap((tag) => [article.locale, tag, now]), now, article.slug, article.section, limit) as { article: string }[];
      found.push(...rows.map((r) => JSON.parse(r.article) as Article));
    }
    if (found.length < limit) {
      const skip = new Set([article.slug, ...found.map((a) => a.slug)]);
      const more = this.sql(`SELECT article, slug FROM stories s WHERE ${PUBLIC_IN_LOCALE} AND section = ? ORDER BY published_ms DESC, slug LIMIT ?`).all(
        article.locale,
        now,
        article.section,
        limit + skip.size,
      ) as { article: string; slug: string }[];
      for (const row of more) {
        if (found.length >= limit) break;
        if (!skip.has(row.slug)) found.push(JSON.parse(row.article) as Article);
      }
    }
    return found;
  }

  /** The section's public story published just before this one, else its newest (never the story itself). */
  nextInSection(article: Pick<Article, 'slug' | 'locale' | 'section' | 'publishedAt'>, generation = this.generation()): Article | undefined {
    const published = Date.parse(article.publishedAt);
    const inSection = `SELECT article, slug FROM stories s WHERE ${PUBLIC_IN_LOCALE} AND section = ?`;
    const args = [article.locale, generation.nowMs, article.section];
    const row = (this.sql(`${inSection} AND (published_ms < ? OR (published_ms = ? AND slug > ?)) ORDER BY published_ms DESC, slug LIMIT 1`).get(...args, published, published, article.slug) ??
      this.sql(`${inSection} ORDER BY published_ms DESC, slug LIMIT 1`).get(...args)) as { article: string; slug: string } | undefined;
    return row && row.slug !== article.slug ? (JSON.parse(row.article) as Article) : undefined;
  }

  /**
   * Every section, tag or author with public stories in a language: its key, how many, and when
   * the newest of them last changed (every page of a listing shifts when a story joins it). As of
   * the newest generation, from the counts kept as the index is written.
   */
  listingCounts(kind: 'section' | 'tag' | 'author', locale: Locale): { key: string; count: number; changedMs: number }[] {
    return this.sql('SELECT key, count, changed_ms AS changedMs FROM listing_counts WHERE kind = ? AND locale = ? ORDER BY count DESC, key').all(kind, locale) as {
      key: string;
      count: number;
      changedMs: number;
    }[];
  }

  /** Slugs with a public version, newest first (by their newest public version); `limit` of them. */
  publicSlugs(limit: number, generation = this.generation()): string[] {
    const rows = this.sql("SELECT slug, MAX(published_ms) AS newest FROM stories WHERE status = 'published' AND published_ms <= ? GROUP BY slug ORDER BY newest DESC, slug LIMIT ?").all(
      generation.nowMs,
      Number.isFinite(limit) ? limit : -1,
    ) as { slug: string }[];
    return rows.map((r) => r.slug);
  }

  /** Whether a slug has a public version; with `anyState`, whether it has a version at all. */
  hasStory(slug: string, { anyState = false, generation = this.generation() }: { anyState?: boolean; generation?: Generation } = {}): boolean {
    const row = anyState
      ? this.sql('SELECT 1 FROM stories WHERE slug = ? LIMIT 1').get(slug)
      : this.sql("SELECT 1 FROM stories WHERE slug = ? AND status = 'published' AND published_ms <= ? LIMIT 1").get(slug, generation.nowMs);
    return row !== undefined;
  }

  /** How many public story versions there are at the newest generation, all languages together. */
  publicVersionCount(): number {
    return Object.values(this.counts()).reduce((a, b) => a + b, 0);
  }

  /**
   * Public story versions in a stable order (slug, language), a window of them: each with when it
   * last changed and which languages its story is public in. For sitemaps, part by part: walked in
   * the sitemap's own covering index (the planner would take the publication-state index, and
   * read a row of every story for it: 1.3 s a part at 200,000 stories instead of 0.09 s).
   */
  publicVersions(offset: number, limit: number, generation = this.generation()): { slug: string; locale: Locale; changedMs: number; locales: Locale[] }[] {
    const rows = this.sql(
      `SELECT slug, locale, changed_ms AS changedMs,
         (SELECT group_concat(o.locale) FROM stories o INDEXED BY stories_sitemap WHERE o.slug = s.slug AND o.status = 'published' AND o.published_ms <= ?1) AS locales
       FROM stories s INDEXED BY stories_sitemap WHERE status = 'published' AND published_ms <= ?1 ORDER BY slug, locale LIMIT ?2 OFFSET ?3`,
    ).all(generation.nowMs, limit, offset) as { slug: string; locale: Locale; changedMs: number; locales: string }[];
    return rows.map((r) => ({ ...r, locales: routing.locales.filter((l) => r.locales.split(',').includes(l)) }));
  }

  /** When the newest of a window of publicVersions() last changed (ms). */
  publicVersionsChangedMs(offset: number, limit: number, generation = this.generation()): number | undefined {
    const row = this.sql(
      "SELECT MAX(changed_ms) AS ms FROM (SELECT changed_ms FROM stories INDEXED BY stories_sitemap WHERE status = 'published' AND published_ms <= ? ORDER BY slug, locale LIMIT ? OFFSET ?)",
    ).get(generation.nowMs, limit, offset) as { ms: number | null };
    return row.ms ?? undefined;
  }

  /** Public stories (every language) published at or after `sinceMs`, newest first, at most `limit`. */
  publishedSince(sinceMs: number, limit: number, generation = this.generation()): Article[] {
    const rows = this.sql("SELECT article FROM stories WHERE status = 'published' AND published_ms >= ? AND published_ms <= ? ORDER BY published_ms DESC, slug, locale LIMIT ?").all(
      sinceMs,
      generation.nowMs,
      limit,
    ) as { article: string }[];
    return rows.map((r) => JSON.parse(r.article) as Article);
  }

  /** Every version readers cannot see at this generation: drafts and scheduled ones. */
  unpublished(generation = this.generation()): Article[] {
    const rows = this.sql("SELECT article FROM stories WHERE status <> 'published' OR published_ms > ?").all(generation.nowMs) as { article: string }[];
    return rows.map((r) => JSON.parse(r.article) as Article);
  }

  /**
   * What the editors' desk shows of translations: every version of the stories whose languages
   * need work (one missing, or one written before another was updated; at most `needWork`), and
   * of the `newest` stories. Found in SQL over the whole index; only those rows are read.
   */
  deskStories(needWork: number, newest: number): Article[] {
    const rows = this.sql(
      `WITH chosen AS (
         SELECT slug FROM (SELECT slug FROM stories GROUP BY slug
           HAVING COUNT(*) < ?1 OR MAX(CASE WHEN json_extract(article, '$.updatedAt') IS NOT NULL THEN changed_ms END) > MIN(changed_ms)
           ORDER BY slug LIMIT ?2)
         UNION
         SELECT slug FROM (SELECT slug FROM stories GROUP BY slug ORDER BY MAX(published_ms) DESC LIMIT ?3)
       )
       SELECT article FROM stories WHERE slug IN chosen ORDER BY slug, locale`,
    ).all(routing.locales.length, needWork, newest) as { article: string }[];
    return rows.map((r) => JSON.parse(r.article) as Article);
  }

  /**
   * Public stories matching every word of a query at this generation, a page at a time. The
   * search table is walked from the newest match back (its rowids are publication order), and
   * only so far: `best` ranks the newest `window` (SEARCH_RANKED) matches by BM25, headline,
   * standfirst and tags counting more than the body, so a common word never ranks the whole
   * archive; `newest` pages through the newest `window` (SEARCH_NEWEST_LIMIT) matches. `total`
   * counts the matches within the window, `more` says older ones exist beyond it.
   */
  search(
    locale: Locale,
    query: string,
    { order = 'best', offset = 0, limit = 20, window = order === 'best' ? SEARCH_RANKED : SEARCH_NEWEST_LIMIT, generation = this.generation() }: { order?: 'best' | 'newest'; offset?: number; limit?: number; window?: number; generation?: Generation } = {},
  ): SearchListing {
    const phrases = queryPhrases(query);
    if (phrases.length === 0) return { articles: [], total: 0, more: false };
    // Every word quoted, a longer Korean word as a phrase of its pieces: terms are letters and
    // digits only, so a query never carries FTS5 syntax (NEAR, OR, *, column filters).
    const match = phrases.map((phrase) => `"${phrase.join(' ').replaceAll('"', '""')}"`).join(' ');
    const table = `search_${locale}`;
    // The FTS table drives (CROSS JOIN keeps SQLite from starting at stories), newest rowid
    // first, and stops after `window` public matches. Rowids past this generation's second are
    // stories scheduled for later: skipped by the FTS index itself. `s.search_key <> 0` lets
    // SQLite use the partial index stories_search_key.
    const newest = (columns: string) => `
      SELECT ${columns} FROM ${table} f CROSS JOIN stories s
      WHERE ${table} MATCH ? AND f.rowid < ? AND s.search_key = f.rowid AND s.search_key <> 0 AND s.status = 'published' AND s.published_ms <= ?
      ORDER BY f.rowid DESC LIMIT ?`;
    const args = [match, searchKeyBound(generation.nowMs), generation.nowMs];
    const found = (this.sql(`SELECT COUNT(*) AS n FROM (${newest('1')})`).get(...args, window + 1) as { n: number }).n;
    const total = Math.min(found, window);
    const more = found > window;
    const size = Math.max(0, Math.min(limit, total - offset));
    if (size === 0) return { articles: [], total, more };
    const rows =
      order === 'best'
        ? // Ties keep newest first.
          this.sql(
            `SELECT s.article FROM (${newest(`f.rowid AS key, ${bestMatchScore(table)} AS score`)}) r
             CROSS JOIN stories s ON s.search_key = r.key AND s.search_key <> 0
             ORDER BY r.score, r.key DESC LIMIT ? OFFSET ?`,
          ).all(...args, window, size, offset)
        : this.sql(`${newest('s.article')} OFFSET ?`).all(...args, size, offset);
    return { articles: (rows as { article: string }[]).map((r) => JSON.parse(r.article) as Article), total, more };
  }

  /** Every problem the folder has now: stored per file, and references checked against the current sections and authors. */
  problems(): ContentProblem[] {
    const stored = (this.sql('SELECT path, severity, line, field, message FROM problems ORDER BY path, line').all() as {
      path: string;
      severity: 'error' | 'warning';
      line: number | null;
      field: string;
      message: string;
    }[]).map((p) => ({ file: p.path, severity: p.severity, ...(p.line === null ? {} : { line: p.line }), field: p.field, message: p.message }));
    return stored;
  }

  /**
   * Changes whenever problems() may answer differently within a generation (a broken edit makes
   * no new generation but stores problems; a new broken file adds a file): cheap to read.
   */
  problemsStamp(): string {
    const row = this.sql('SELECT (SELECT COUNT(*) FROM problems) AS p, (SELECT MAX(rowid) FROM problems) AS r, (SELECT COUNT(*) FROM files) AS f').get() as { p: number; r: number | null; f: number };
    // 'problems-written': a problem replaced by another can take its rowid, leaving the rest the same.
    return `${this.generation().n}:${row.p}:${row.r ?? 0}:${row.f}:${this.meta('problems-written') ?? 0}`;
  }

  /** How many story files (`articles/<slug>/<locale>.md`) the last sync read, valid or not. */
  storyFileCount(): number {
    return (this.sql("SELECT COUNT(*) AS n FROM files WHERE path LIKE 'articles%'").get() as { n: number }).n;
  }

  /** How many story versions are public per language at the newest generation (each is in one section). */
  counts(): Record<Locale, number> {
    const rows = this.sql("SELECT locale, SUM(count) AS n FROM listing_counts WHERE kind = 'section' GROUP BY locale").all() as { locale: Locale; n: number }[];
    return Object.fromEntries(routing.locales.map((l) => [l, rows.find((r) => r.locale === l)?.n ?? 0])) as Record<Locale, number>;
  }

  /**
   * Gives SQLite's planner the index's statistics (ANALYZE) once it holds a few hundred stories
   * and again each time it doubles: without them it may pick the publication-state index for a
   * lookup by slug, which at 10,000 stories made a sitemap part take minutes instead of 0.2 s.
   */
  private analyzeWhenGrown() {
    // The highest row id stands for the count (rows are rarely deleted) and costs nothing to read.
    const rows = (this.sql('SELECT COALESCE(MAX(id), 0) AS n FROM stories').get() as { n: number }).n;
    const last = Number(this.meta('analyzed-rows') ?? 0);
    if (rows < 500 || (last > 0 && rows < last * 2)) return;
    this.db.exec('PRAGMA analysis_limit = 1000; ANALYZE;');
    this.setMeta('analyzed-rows', String(rows));
  }

  private embargoLifted(nowMs: number): boolean {
    const { nowMs: before, n } = this.generation();
    if (n === 0) return false;
    const row = this.sql("SELECT 1 FROM stories WHERE status = 'published' AND published_ms > ? AND published_ms <= ? LIMIT 1").get(before, nowMs);
    return row !== undefined;
  }

  /**
   * Brings the problems derived from the index as a whole up to date: the one-language warnings
   * of these story folders (every folder when undefined), and the unknown section or author of
   * their stories (every story when `allReferences`: the lists changed). Kept in the problems
   * table, so reading problems costs the same on any archive.
   */
  private refreshDerivedProblems(slugs: Set<string> | undefined, allReferences: boolean) {
    const storyPaths = (slug: string) => routing.locales.map((l) => this.rel(path.join(/*turbopackIgnore: true*/ this.paths.contentDir, 'articles', slug, `${l}.md`)));
    const clear = (scope: string, slug: string) => {
      for (const file of storyPaths(slug)) this.sql('DELETE FROM problems WHERE scope = ? AND path = ?').run(scope, file);
    };
    if (slugs === undefined) {
      this.sql("DELETE FROM problems WHERE scope IN ('lang', 'pair')").run();
      this.insertProblems(this.oneLanguageWarnings(), 'lang');
      this.insertProblems(this.pairingWarnings(), 'pair');
    } else {
      for (const slug of slugs) {
        clear('lang', slug);
        clear('pair', slug);
        this.insertProblems(this.oneLanguageWarnings(slug), 'lang');
        this.insertProblems(this.pairingWarnings(slug), 'pair');
      }
    }
    if (allReferences) {
      this.sql("DELETE FROM problems WHERE scope = 'ref'").run();
      this.insertProblems(this.referenceProblems(), 'ref');
    } else {
      for (const slug of slugs ?? []) {
        clear('ref', slug);
        this.insertProblems(this.referenceProblems(slug), 'ref');
      }
    }
  }

  /**
   * Stories whose two versions do not pair paragraph by paragraph for the parallel view
   * (pairing.ts), of one folder or all: named in the version with more paragraphs, where the
   * marker that pairs them would go, at the paragraph where the two seem to part.
   */
  private pairingWarnings(slug?: string): ContentProblem[] {
    const rows = (
      slug === undefined
        ? this.sql('SELECT s.slug, s.locale, t.blocks FROM stories s JOIN texts t ON t.story = s.id ORDER BY s.slug').all()
        : this.sql('SELECT s.slug, s.locale, t.blocks FROM stories s JOIN texts t ON t.story = s.id WHERE s.slug = ?').all(slug)
    ) as { slug: string; locale: Locale; blocks: string }[];
    const [first, second] = routing.locales;
    const warnings: ContentProblem[] = [];
    const check = (story: string, versions: Map<Locale, PairBlock[]>) => {
      const a = versions.get(first!);
      const b = versions.get(second!);
      if (!a || !b) return;
      const pairing = pairBlocks(a, b);
      if (pairing.paired) return;
      const [more, fewer] = pairing.groups[0] > pairing.groups[1] ? [first!, second!] : [second!, first!];
      const moreGroups = pairGroups(versions.get(more)!);
      const line = versions.get(more)![moreGroups[pairing.partsAt]?.[0] ?? -1]?.line;
      warnings.push({
        severity: 'warning',
        file: this.rel(path.join(/*turbopackIgnore: true*/ this.paths.contentDir, 'articles', story, `${more}.md`)),
        ...(line === undefined ? {} : { line }),
        field: 'body',
        message: `${first}.md has ${pairing.groups[0]} paragraphs and ${second}.md ${pairing.groups[1]}, so they do not pair paragraph by paragraph in the parallel view; they part at paragraph ${pairing.partsAt + 1}: where ${fewer}.md joins two paragraphs of ${more}.md into one (or ${more}.md splits one), put a line ${PAIR_MARKER} between those two in ${more}.md`,
      });
    };
    let current: string | undefined;
    let versions = new Map<Locale, PairBlock[]>();
    for (const row of rows) {
      if (row.slug !== current) {
        if (current !== undefined) check(current, versions);
        current = row.slug;
        versions = new Map();
      }
      versions.set(row.locale, JSON.parse(row.blocks) as PairBlock[]);
    }
    if (current !== undefined) check(current, versions);
    return warnings;
  }

  /** Stories with one language file: of one folder, or of all of them. */
  private oneLanguageWarnings(slug?: string): ContentProblem[] {
    const prefix = slug === undefined ? '' : ['articles', slug, ''].join(path.sep);
    const rows = (
      slug === undefined ? this.sql("SELECT path FROM files WHERE path LIKE 'articles%'").all() : this.sql('SELECT path FROM files WHERE path >= ? AND path < ?').all(prefix, `${prefix}\uffff`)
    ) as { path: string }[];
    const bySlug = new Map<string, Locale[]>();
    for (const { path: key } of rows) {
      const [, slug, name] = key.split(path.sep);
      const locale = name?.slice(0, -'.md'.length);
      if (slug && locale && isLocale(locale)) bySlug.set(slug, [...(bySlug.get(slug) ?? []), locale]);
    }
    return [...bySlug]
      .filter(([, locales]) => locales.length === 1)
      .map(([slug, [only]]) => {
        const missing = routing.locales.filter((l) => l !== only);
        return {
          severity: 'warning' as const,
          file: this.rel(path.join(/*turbopackIgnore: true*/ this.paths.contentDir, 'articles', slug, `${only}.md`)),
          field: 'file',
          message: `the story is in one language only: add ${missing.map((l) => `${l}.md`).join(' and ')} (until then its readers get a "not available in this language" page)`,
        };
      });
  }

  /**
   * Sections and authors: read again when any of their files changed. Broken ones keep the last
   * good list (their problems are reported); a change to a good list re-checks every story.
   */
  private syncFolderData() {
    const files = folderDataFiles(this.paths.contentDir);
    const stamp = JSON.stringify(files.map((f) => [f, statStamp(f)]));
    const problems: ContentProblem[] = [];
    const loaded = loadStoryContext(this.paths, problems);
    if (this.meta('folder-stamp') === stamp && this.meta('sections') !== undefined) {
      return { changed: false, context: { ...loaded, sections: this.sections(), authors: this.authors() } };
    }
    const sections = loaded.checkReferences.sections ? loaded.sections : this.sections();
    const authors = loaded.checkReferences.authors ? loaded.authors : this.authors();
    const changed = JSON.stringify(sections) !== (this.meta('sections') ?? '') || JSON.stringify([...authors.values()]) !== (this.meta('authors') ?? '');
    this.setMeta('sections', JSON.stringify(sections));
    this.setMeta('authors', JSON.stringify([...authors.values()]));
    this.setMeta('folder-stamp', stamp);
    this.sql("DELETE FROM problems WHERE scope = 'folder'").run();
    this.insertProblems(problems, 'folder');
    // With no good list at all yet, stories are not checked against one.
    const checkReferences = { sections: sections.length > 0, authors: authors.size > 0 };
    return { changed, context: { ...loaded, sections, authors, checkReferences } };
  }

  /** Whether a story file's problems name a section or author (a change to those lists may mend it). */
  private failedOnReference(key: string): boolean {
    const file = this.rel(path.join(/*turbopackIgnore: true*/ this.paths.contentDir, key));
    return this.sql("SELECT 1 FROM problems WHERE path = ? AND (field = 'section' OR field LIKE 'authors.%' OR field LIKE 'translatedBy.%') LIMIT 1").get(file) !== undefined;
  }

  /**
   * Stories in the index whose section, authors or translators the current lists no longer have: each keeps
   * its last good version, and the problem is reported against its file until it is mended.
   */
  private referenceProblems(slug?: string): ContentProblem[] {
    const sections = this.sections().map((section) => section.id);
    const authors = [...this.authors().keys()];
    if (sections.length === 0 || authors.length === 0) return [];
    const list = (values: string[]) => values.map(() => '?').join(', ');
    const problems: ContentProblem[] = [];
    const file = (slug: string, locale: string) => this.rel(path.join(/*turbopackIgnore: true*/ this.paths.contentDir, 'articles', slug, `${locale}.md`));
    const ofSlug = slug === undefined ? '' : 'AND s.slug = ?';
    const bySlug = slug === undefined ? [] : [slug];
    const unknownSection = this.sql(`SELECT slug, locale, section FROM stories s WHERE section NOT IN (${list(sections)}) ${ofSlug}`).all(...sections, ...bySlug) as {
      slug: string;
      locale: string;
      section: string;
    }[];
    for (const row of unknownSection) {
      problems.push({ severity: 'error', file: file(row.slug, row.locale), field: 'section', message: `unknown section "${row.section}": expected one of ${sections.join(', ')} (see sections.yaml)` });
    }
    const orphaned = this
      .sql(`SELECT s.slug, s.locale, a.author FROM story_authors a JOIN stories s ON s.id = a.story WHERE a.author NOT IN (${list(authors)}) ${ofSlug}`)
      .all(...authors, ...bySlug) as { slug: string; locale: string; author: string }[];
    for (const row of orphaned) {
      problems.push({ severity: 'error', file: file(row.slug, row.locale), field: 'authors', message: `unknown author "${row.author}": expected a file authors/${row.author}.yaml` });
    }
    // Translators are checked like authors (a version keeps its last good row either way).
    const untraced = this
      .sql(`SELECT s.slug, s.locale, t.author FROM story_translators t JOIN stories s ON s.id = t.story WHERE t.author NOT IN (${list(authors)}) ${ofSlug}`)
      .all(...authors, ...bySlug) as { slug: string; locale: string; author: string }[];
    for (const row of untraced) {
      problems.push({ severity: 'error', file: file(row.slug, row.locale), field: 'translatedBy', message: `unknown author "${row.author}": expected a file authors/${row.author}.yaml` });
    }
    return problems;
  }

  /** Every story file's stamp and every folder's photo stamp, as the index has them. */
  private storedStamps(): { files: Map<string, FileStamp>; photos: Map<string, string> } {
    const files = new Map<string, FileStamp>();
    const rows = this.sql("SELECT path, mtime_ms, ctime_ms, ino, size FROM files WHERE path LIKE 'articles%'").all() as { path: string; mtime_ms: number; ctime_ms: number; ino: number; size: number }[];
    for (const row of rows) files.set(row.path, { mtimeMs: row.mtime_ms, ctimeMs: row.ctime_ms, ino: row.ino, size: row.size });
    const photos = new Map((this.sql('SELECT slug, stamp FROM photo_stamps').all() as { slug: string; stamp: string }[]).map((r) => [r.slug, r.stamp]));
    return { files, photos };
  }

  private isUnchanged(key: string, stat: FileStamp): boolean {
    // ctime and inode too: a copy that keeps the modification time (rsync -a, cp -p) or a rename
    // over the file still changes them.
    const row = this.sql('SELECT mtime_ms, ctime_ms, ino, size FROM files WHERE path = ?').get(key) as { mtime_ms: number; ctime_ms: number; ino: number; size: number } | undefined;
    return sameStamp(row && { mtimeMs: row.mtime_ms, ctimeMs: row.ctime_ms, ino: row.ino, size: row.size }, stat);
  }

  /**
   * Writes one story file as read: a good one replaces its row (true), a bad one leaves the last
   * good row (false), or takes it down ('withdrawn').
   */
  private indexStory({ key, slug, locale, publishable }: PendingFile, { article, problems, text, markdown, frontmatter, terms, blocks }: ParsedStory): boolean | 'withdrawn' {
    this.sql("DELETE FROM problems WHERE path = ? AND scope = 'file'").run(this.rel(path.join(/*turbopackIgnore: true*/ this.paths.contentDir, key)));
    this.insertProblems(problems, 'file');
    if (!article || !terms || !publishable) {
      // A broken edit keeps the last good version, unless what can be read of it takes the story
      // down: `status: draft`, or a publication time later than the version readers have.
      return this.withdrawnBy(frontmatter, slug, locale) && this.removeStoryRow(slug, locale) ? 'withdrawn' : false;
    }
    const old = this.sql('SELECT id, article FROM stories WHERE slug = ? AND locale = ?').get(slug, locale) as StoryRow | undefined;
    if (old) this.deleteRows(old.id);
    const published = Date.parse(article.publishedAt);
    const inserted = this
      .sql('INSERT INTO stories (id, slug, locale, status, published_ms, changed_ms, has_hero, section, search_key, article) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)')
      .run(old?.id ?? null, slug, locale, article.status, published, Date.parse(article.updatedAt ?? article.publishedAt), article.hero ? 1 : 0, article.section, JSON.stringify(article));
    const id = Number(inserted.lastInsertRowid);
    // Seconds kept within 2^32, so the key stays an exact integer (under 2^53) for any date.
    const seconds = Math.min(Math.max(0, Math.floor(published / 1000)), 2 ** 32 - 1);
    let searchKey = seconds * SEARCH_KEY_IDS + (id % SEARCH_KEY_IDS);
    // Two versions in the same second whose ids agree modulo SEARCH_KEY_IDS: the next free key.
    // (`<> 0` lets SQLite use the partial index stories_search_key: without it, every story
    // indexed scans the whole table.)
    for (let tries = 0; this.sql('SELECT 1 FROM stories WHERE search_key = ? AND search_key <> 0').get(searchKey); tries++) {
      if (tries >= 1000) throw new Error(`no free search key near ${searchKey}`);
      searchKey = searchKey > 0 ? searchKey - 1 : searchKey + 1;
    }
    this.sql('UPDATE stories SET search_key = ? WHERE id = ?').run(searchKey, id);
    const seenTags = new Set<string>();
    for (const label of article.tags) {
      const tag = tagSlug(label);
      if (seenTags.has(tag)) continue;
      seenTags.add(tag);
      this.sql('INSERT INTO story_tags (story, locale, tag, label, published_ms) VALUES (?, ?, ?, ?, ?)').run(id, locale, tag, label, published);
    }
    for (const author of new Set(article.authors)) {
      this.sql('INSERT INTO story_authors (story, locale, author, published_ms) VALUES (?, ?, ?, ?)').run(id, locale, author, published);
    }
    for (const translator of new Set(article.translatedBy ?? [])) this.sql('INSERT INTO story_translators (story, author) VALUES (?, ?)').run(id, translator);
    const body = text ?? '';
    this.sql('INSERT INTO texts (story, text, markdown, blocks) VALUES (?, ?, ?, ?)').run(id, body, markdown ?? '', JSON.stringify(blocks ?? []));
    this.sql(`INSERT INTO search_${locale} (rowid, title, dek, tags, body) VALUES (?, ?, ?, ?, ?)`).run(searchKey, ...terms);
    this.countStory(id, 1);
    return true;
  }

  /** Whether a broken version's readable frontmatter says it must not stay public as it was. */
  private withdrawnBy(frontmatter: unknown, slug: string, locale: Locale): boolean {
    if (typeof frontmatter !== 'object' || frontmatter === null) return false;
    const { status, publishedAt } = frontmatter as { status?: unknown; publishedAt?: unknown };
    if (status === 'draft') return true;
    const current = this.getStory(slug, locale);
    const later = typeof publishedAt === 'string' ? Date.parse(publishedAt) : Number.NaN;
    return current !== undefined && !Number.isNaN(later) && later > Date.parse(current.publishedAt);
  }

  /** Whether there was a row to remove. */
  private removeStoryRow(slug: string, locale: Locale): boolean {
    const row = this.sql('SELECT id FROM stories WHERE slug = ? AND locale = ?').get(slug, locale) as { id: number } | undefined;
    if (row) this.deleteRows(row.id);
    return row !== undefined;
  }

  private removeStory(key: string) {
    const [, slug, name] = key.split(path.sep);
    const locale = name?.slice(0, -'.md'.length);
    const row = this.sql('SELECT id FROM stories WHERE slug = ? AND locale = ?').get(slug ?? '', locale ?? '') as { id: number } | undefined;
    if (row) {
      this.deleteRows(row.id);
      this.sql('DELETE FROM stories WHERE id = ?').run(row.id);
    }
    this.sql('DELETE FROM files WHERE path = ?').run(key);
    this.sql('DELETE FROM problems WHERE path = ?').run(this.rel(path.join(/*turbopackIgnore: true*/ this.paths.contentDir, key)));
  }

  /**
   * Adds a story to its listings' counts (or takes it out, `by` -1) when it is public as of the
   * counts' instant: called with its tags and authors written, and before they are deleted.
   */
  private countStory(id: number, by: 1 | -1) {
    const asOf = this.countsAsOf();
    const row = this.sql("SELECT locale, section, changed_ms FROM stories WHERE id = ? AND status = 'published' AND published_ms <= ?").get(id, asOf) as
      | { locale: Locale; section: string; changed_ms: number }
      | undefined;
    if (!row) return;
    this.addCount('section', row.locale, row.section, by, row.changed_ms);
    for (const { tag } of this.sql('SELECT tag FROM story_tags WHERE story = ?').all(id) as { tag: string }[]) this.addCount('tag', row.locale, tag, by, row.changed_ms);
    for (const { author } of this.sql('SELECT author FROM story_authors WHERE story = ?').all(id) as { author: string }[]) this.addCount('author', row.locale, author, by, row.changed_ms);
  }

  /**
   * Moves the listing counts to a new instant: the stories whose publication time lies between
   * the counts' instant and this one join them (or, for an earlier instant, leave them). A first
   * build counts the whole archive here, in one pass.
   */
  private countsTo(nowMs: number) {
    const asOf = this.countsAsOf();
    if (nowMs === asOf) return;
    const [from, to, by] = nowMs > asOf ? [asOf, nowMs, 1] : [nowMs, asOf, -1];
    const range = "s.status = 'published' AND s.published_ms > ? AND s.published_ms <= ?";
    const groups = {
      section: `SELECT s.locale, s.section AS key, COUNT(*) AS n, MAX(s.changed_ms) AS changed FROM stories s WHERE ${range} GROUP BY s.locale, s.section`,
      tag: `SELECT s.locale, t.tag AS key, COUNT(*) AS n, MAX(s.changed_ms) AS changed FROM stories s JOIN story_tags t ON t.story = s.id WHERE ${range} GROUP BY s.locale, t.tag`,
      author: `SELECT s.locale, a.author AS key, COUNT(*) AS n, MAX(s.changed_ms) AS changed FROM stories s JOIN story_authors a ON a.story = s.id WHERE ${range} GROUP BY s.locale, a.author`,
    };
    for (const [kind, query] of Object.entries(groups)) {
      for (const row of this.sql(query).all(from, to) as { locale: Locale; key: string; n: number; changed: number }[]) this.addCount(kind, row.locale, row.key, by * row.n, row.changed);
    }
    this.setMeta('counts-as-of', String(nowMs));
  }

  /** The instant the listing counts are public as of: before any publication time until the first generation. */
  private countsAsOf(): number {
    return Number(this.meta('counts-as-of') ?? Number.MIN_SAFE_INTEGER);
  }

  /** Adds `by` stories to a listing's count (a negative `by` takes them away; an empty listing goes). */
  private addCount(kind: string, locale: Locale, key: string, by: number, changedMs: number) {
    this
      .sql(
        `INSERT INTO listing_counts (kind, locale, key, count, changed_ms) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (kind, locale, key) DO UPDATE SET count = count + excluded.count, changed_ms = MAX(changed_ms, excluded.changed_ms)`,
      )
      .run(kind, locale, key, by, by > 0 ? changedMs : 0);
    if (by < 0) this.sql('DELETE FROM listing_counts WHERE kind = ? AND locale = ? AND key = ? AND count <= 0').run(kind, locale, key);
  }

  /** A story's derived rows (tags, authors, text, search), before it is replaced or removed. */
  private deleteRows(id: number) {
    this.countStory(id, -1);
    const row = this.sql('SELECT locale, search_key FROM stories WHERE id = ?').get(id) as { locale: Locale; search_key: number };
    this.sql(`DELETE FROM search_${row.locale} WHERE rowid = ?`).run(row.search_key);
    for (const table of ['story_tags', 'story_authors', 'story_translators', 'texts']) this.sql(`DELETE FROM ${table} WHERE story = ?`).run(id);
    this.sql('DELETE FROM stories WHERE id = ?').run(id);
  }

  private insertProblems(problems: ContentProblem[], scope: 'file' | 'scan' | 'folder' | 'lang' | 'ref' | 'pair') {
    const insert = this.sql('INSERT INTO problems (path, scope, severity, line, field, message) VALUES (?, ?, ?, ?, ?, ?)');
    for (const p of problems) insert.run(p.file, scope, p.severity, p.line ?? null, p.field, p.message);
  }

  /** A path as problems name it (content:check's contract): relative to the working folder. */
  private rel(abs: string) {
    return path.relative(this.paths.cwd, abs) || abs;
  }

  private tableExists(name: string): boolean {
    return this.sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
  }

  private meta(key: string): string | undefined {
    return (this.sql('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  }

  private setMeta(key: string, value: string) {
    this.sql('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value);
  }

  /** The photo files of a story folder as the last sync saw them ('' for none). */
  private photoStamp(slug: string): string {
    return (this.sql('SELECT stamp FROM photo_stamps WHERE slug = ?').get(slug) as { stamp: string } | undefined)?.stamp ?? '';
  }

  private setPhotoStamp(slug: string, stamp: string) {
    if (stamp) this.sql('INSERT OR REPLACE INTO photo_stamps (slug, stamp) VALUES (?, ?)').run(slug, stamp);
    else this.sql('DELETE FROM photo_stamps WHERE slug = ?').run(slug);
  }

}

/**
 * WAL: readers (the server's pages) never wait for the writer, and a killed writer leaves the
 * last committed state. NORMAL is durable at each checkpoint, which is enough here: the folder,
 * not the index, is the source of truth, and a lost commit is read again on the next sync.
 */
function openIndex(file: string): DatabaseSync {
  const db = new DatabaseSync(file);
  db.exec(`PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA cache_size = ${SERVING_CACHE_KIB};`);
  return db;
}

/** Whether a file is as the index last read it. */
function sameStamp(known: FileStamp | undefined, now: FileStamp): boolean {
  return known !== undefined && known.mtimeMs === now.mtimeMs && known.ctimeMs === now.ctimeMs && known.ino === now.ino && known.size === now.size;
}

/** Search keys of stories published by `nowMs` are below this (see indexStory). */
function searchKeyBound(nowMs: number): number {
  return (Math.min(Math.max(0, Math.floor(nowMs / 1000)), 2 ** 32 - 1) + 1) * SEARCH_KEY_IDS;
}

/** A file's publication time for write order (a file that failed: first, it writes no search row). */
function publishedMs(parsed: ParsedStory): number {
  return parsed.article ? Date.parse(parsed.article.publishedAt) : 0;
}

function listingQuery(kind: ListingKind): { join: string; where: string; params: SQLInputValue[] } {
  if ('section' in kind) return { join: '', where: 'AND s.section = ?', params: [kind.section] };
  if ('tag' in kind) return { join: 'JOIN story_tags t ON t.story = s.id', where: 'AND t.tag = ?', params: [kind.tag] };
  if ('author' in kind) return { join: 'JOIN story_authors a ON a.story = s.id', where: 'AND a.author = ?', params: [kind.author] };
  return { join: '', where: '', params: [] };
}

/** sections.yaml (or .yml, .json) and authors/*: what every story is checked against. */
function folderDataFiles(contentDir: string): string[] {
  const authorsDir = path.join(/*turbopackIgnore: true*/ contentDir, 'authors');
  const authors = isDirectory(authorsDir) ? sortedNames(authorsDir).map((n) => path.join(/*turbopackIgnore: true*/ authorsDir, n)) : [];
  return [...['sections.yaml', 'sections.yml', 'sections.json'].map((n) => path.join(/*turbopackIgnore: true*/ contentDir, n)), ...authors];
}

function statStamp(file: string) {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat ? [stat.mtimeMs, stat.size] : null;
}
