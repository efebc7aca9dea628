import { cache } from 'react';
import { routing, type Locale } from '@/i18n/routing';
import { contentIndexFile, contentPaths } from './indexFile';
import { renderStoryBody, renderStoryMarkdown } from './load';
import type { RenderedBody } from './markdown';
import { prerenderStories } from './prerender';
import { isPublicAt } from './publicRule';
import type { ListingKind } from './listings';
import { resilientParser, surveyOnWorker, type StoryParser } from './parsePool';
import type { StoryLists } from './parseStory';
import { ContentStore, type Generation, type Listing } from './store';
import type { Survey } from './survey';
import type { Article, Author, Section } from './types';

export { contentIndexFile, contentPaths } from './indexFile';

/**
 * One content index per process. Next.js bundles route handlers and pages separately, each
 * with its own copy of this module: the store and what is read from it live on globalThis,
 * so the server opens the index once and holds one generation's small data, not one per bundle.
 */
const shared = ((globalThis as { [key: symbol]: unknown })[Symbol.for('hanbit.content')] ??= {}) as {
  store?: ContentStore;
  content?: Snapshot;
  /** The connection that writes (publishes, the background build), and the change under way. */
  writer?: ContentStore;
  writing?: Promise<void>;
  build?: IndexBuild;
};

interface IndexBuild {
  files: number;
  of: number | undefined;
  startedMs: number;
  attempt: number;
  finished?: boolean;
  failed?: { attempt: number; error: string; retryMs: number };
}

/** What every page of a generation needs whole: small, whatever the size of the archive. */
interface Snapshot {
  generation: Generation;
  sections: Section[];
  authors: Map<string, Author>;
  /** Answers worked out for this generation (a story, a listing's counts), the most recent first out. */
  memo: Map<string, unknown>;
}

/**
 * The content index as pages read it, opened once. Under `next dev` it is synced with the folder
 * on every request (below); in production the writer (`writeIndex`) keeps it current, and a
 * server that finds no index builds one in the background (`startIndexBuild`).
 */
export function contentStore(): ContentStore {
  if (!shared.store) {
    const paths = contentPaths();
    shared.store = new ContentStore(contentIndexFile(paths), paths);
    if (process.env.NODE_ENV === 'development' && shared.store.generation().n === 0) shared.store.sync();
  }
  return shared.store;
}

/**
 * Runs a change to the index on the writer's own connection, one change at a time: pages keep
 * reading the last committed generation on theirs while a large change is being written.
 */
export function writeIndex<T>(change: (writer: ContentStore) => Promise<T> | T): Promise<T> {
  // Under `next dev` pages sync the same connection per request: the writer is that one.
  const writer = () => (process.env.NODE_ENV === 'development' ? contentStore() : (shared.writer ??= new ContentStore(contentIndexFile(), contentPaths())));
  const run = (shared.writing ?? Promise.resolve()).then(() => change(writer()));
  shared.writing = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}

/** From this many public story versions, a whole-folder sync surveys the folders on a worker thread. */
const SURVEY_ON_WORKER_FROM = 2000;

/**
 * The survey of every story folder for a whole-folder sync, made on a worker thread before the
 * sync claims the writer, so the server's thread and other changes carry on meanwhile (19 s of
 * file system calls at 200,000 stories); undefined for a small archive (the sync surveys as it
 * goes: a worker costs more than a few folders) and under `next dev`. `always`: a first build.
 */
export async function folderSurvey({ always = false } = {}): Promise<Survey | undefined> {
  if (process.env.NODE_ENV === 'development') return undefined;
  if (!always && contentStore().publicVersionCount() < SURVEY_ON_WORKER_FROM) return undefined;
  return surveyOnWorker(contentPaths().contentDir, (line) => console.error(line));
}

/** What a sync reads with: worker threads for many files, this thread for a few. */
export function storyParser(lists: StoryLists, files: number): StoryParser {
  return resilientParser(contentPaths(), lists, files, (line) => console.error(line));
}

/**
 * Builds the index in the background when it has no generation yet (a server started on a
 * folder no build indexed, or an index of an older schema): pages and the proxy answer 503 with
 * Retry-After meanwhile, and /api/health says "building". Once per process; a no-op otherwise.
 */
export function startIndexBuild(): void {
  // `next build` prerenders from the index content:check has just brought up to date.
  if (process.env.NODE_ENV === 'development' || process.env.NEXT_PHASE === 'phase-production-build') return;
  // One at a time; after a failure, not again before its retry time (each try reads the whole folder).
  if (shared.build && (!shared.build.failed || Date.now() < shared.build.failed.retryMs)) return;
  if (contentStore().generation().n > 0) return;
  const attempt = (shared.build?.failed?.attempt ?? 0) + 1;
  const build: IndexBuild = { files: 0, of: undefined, startedMs: Date.now(), attempt };
  shared.build = build;
  console.log('content: no content index yet: building it from the folder (pages answer 503 until it is ready)');
  // The folders are surveyed on a worker thread first: the server's thread stays free to say "building".
  void folderSurvey({ always: true })
    .then((survey) =>
      writeIndex((writer) =>
        writer.syncWith(storyParser, {
          survey,
          onProgress: (done, total) => {
            build.files = done;
            build.of = total;
          },
        }),
      ),
    )
    .then(
    (result) => {
      build.finished = true;
      // A connection opened before the build has no statistics for the query planner: a new one reads them.
      shared.store?.close();
      shared.store = undefined;
      console.log(`content: index built: ${result.changed.length} story files in ${((Date.now() - build.startedMs) / 1000).toFixed(0)} s (${result.failed.length} with errors)`);
    },
    (error) => {
      // Tried again after 30 s, then a minute, doubling up to 10 minutes; /api/health says so meanwhile.
      const waitMs = Math.min(BUILD_RETRY_MS * 2 ** (attempt - 1), BUILD_RETRY_MAX_MS);
      build.failed = { attempt, error: error instanceof Error ? error.name : 'Error', retryMs: Date.now() + waitMs };
      console.error(`content: building the index failed: ${error instanceof Error ? error.message : error}; trying again in ${waitMs / 1000} s`);
      setTimeout(() => {
        try {
          startIndexBuild();
        } catch (retryError) {
          console.error(`content: cannot open the content index (${retryError instanceof Error ? retryError.message : retryError})`);
        }
      }, waitMs).unref();
    },
  );
}

/**
 * While the index is first being built: how many of its story files are written so far; or, when
 * the last try failed, why (the error's name) and when the next one starts.
 */
export function indexBuilding(): { files: number; of?: number; startedAt: string } | { failed: string; retryAt: string } | undefined {
  const build = shared.build;
  if (!build || build.finished) return undefined;
  if (build.failed) return { failed: build.failed.error, retryAt: new Date(build.failed.retryMs).toISOString() };
  return { files: build.files, ...(build.of === undefined ? {} : { of: build.of }), startedAt: new Date(build.startedMs).toISOString() };
}

const BUILD_RETRY_MS = 30_000;
const BUILD_RETRY_MAX_MS = 600_000;

// In development, the folder is synced once per request (React's cache): a saved file shows on reload.
const syncForRequest = cache(() => contentStore().sync());

/**
 * The generation every answer is rendered from: its "now", which decides what is public, and
 * its sections and authors. Stories are asked of the index as pages need them.
 */
function current(): Snapshot {
  const store = contentStore();
  if (process.env.NODE_ENV === 'development') syncForRequest();
  const generation = store.generation();
  if (generation.n === 0) startIndexBuild();
  if (shared.content?.generation.n !== generation.n) {
    shared.content = { generation, sections: store.sections(), authors: store.authors(), memo: new Map() };
  }
  return shared.content;
}

const MEMO_SIZE = 2000;

/**
 * A value worked out once per content generation (a story looked up by a page, its metadata and
 * its share card; a listing's counts), kept while the generation lasts, the least recent dropped.
 */
function memo<T>(key: string, compute: (store: ContentStore, generation: Generation) => T): T {
  const { memo: values, generation } = current();
  if (values.has(key)) {
    const value = values.get(key) as T;
    values.delete(key);
    values.set(key, value);
    return value;
  }
  const value = compute(contentStore(), generation);
  values.set(key, value);
  if (values.size > MEMO_SIZE) values.delete(values.keys().next().value!);
  return value;
}

/** A value worked out from the whole content once per generation, such as the sitemap's counts. */
export function derivedFromContent<T>(name: string, compute: () => T): T {
  return memo(`derived:${name}`, compute);
}

/**
 * Every problem the content folder has now, as content:check reports them. Worked out again
 * whenever they may differ: a broken edit adds problems without making a new generation.
 */
export function listContentProblems() {
  return memo(`problems:${contentStore().problemsStamp()}`, (store) => store.problems());
}

/** The current content generation: its number and its "now" (ISO 8601). */
export function contentGeneration(): { n: number; now: string } {
  const { n, nowMs } = current().generation;
  return { n, now: new Date(nowMs).toISOString() };
}

/** The instant that decides what is public: the current generation's "now". */
export function contentNow(): Date {
  return new Date(current().generation.nowMs);
}

/** Public means published and not scheduled for later (than the generation's "now"). */
export function isPublic(article: Article, now: Date = contentNow()): boolean {
  return isPublicAt(article, now);
}

/** The newest public stories of a language. */
export function latestArticles(locale: Locale, limit: number): Article[] {
  return listingPage('all', locale, '', { limit, count: false }).articles;
}

/** Which stories a listing shows: a language's all, or a section's, a tag's or an author's. */
export type ListingScope = ListingKind | 'all';

/** A window of a listing's public stories, newest first, and (with `count`) how many it has in all. */
export function listingPage(kind: ListingScope, locale: Locale, key: string, { offset = 0, limit = 20, count = true }: { offset?: number; limit?: number; count?: boolean } = {}): Listing {
  return memo(`listing:${kind}:${locale}:${key}:${offset}:${limit}:${count}`, (store, generation) =>
    store.listPublic(locale, kind === 'all' ? {} : ({ [kind]: key } as { section: string }), { offset, limit, count, generation }),
  );
}

/** Every section, tag or author with public stories in a language: key, count, last change. */
export function listingCounts(kind: ListingKind, locale: Locale): { key: string; count: number; changedMs: number }[] {
  return memo(`counts:${kind}:${locale}`, (store) => store.listingCounts(kind, locale));
}

/** A tag by its URL segment, with its label as this language writes it, when a public story has it. */
export function getTag(locale: Locale, slug: string): { slug: string; label: string } | undefined {
  const label = memo(`tag:${locale}:${slug}`, (store, generation) => store.tagLabel(locale, slug, generation));
  return label === undefined ? undefined : { slug, label };
}

/** The front page's stories: its lead (the newest with a photo), the newest, and each section's newest. */
export function frontPageArticles(locale: Locale, perSection: number): Article[] {
  return memo(`front:${locale}:${perSection}`, (store, generation) => {
    const chosen = new Map<string, Article>();
    const add = (article: Article | undefined) => article && chosen.set(article.slug, article);
    add(store.newestWithPhoto(locale, generation));
    for (const article of store.listPublic(locale, {}, { limit: perSection, count: false, generation }).articles) add(article);
    for (const section of current().sections) {
      for (const article of store.listPublic(locale, { section: section.id }, { limit: perSection, count: false, generation }).articles) add(article);
    }
    return [...chosen.values()].sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.slug.localeCompare(b.slug));
  });
}

/**
 * Stories to read next, in the reader's language: those sharing the most tags first, then the
 * rest of the section, newest first within each; never the story itself.
 */
export function relatedArticles(article: Article, limit = 4): Article[] {
  return memo(`related:${article.locale}:${article.slug}:${limit}`, (store, generation) => store.related(article, limit, generation));
}

/** The section's story published just before this one (or the newest, for the oldest story). */
export function nextInSection(article: Article): Article | undefined {
  return memo(`next:${article.locale}:${article.slug}`, (store, generation) => store.nextInSection(article, generation));
}

export function getPublishedArticle(locale: Locale, slug: string): Article | undefined {
  return memo(`story:${locale}:${slug}`, (store, generation) => store.getPublicStory(slug, locale, generation));
}

/** The public language versions of one story, by locale. */
export function getPublishedVersions(slug: string): Partial<Record<Locale, Article>> {
  const versions: Partial<Record<Locale, Article>> = {};
  for (const locale of routing.locales) {
    const article = getPublishedArticle(locale, slug);
    if (article) versions[locale] = article;
  }
  return versions;
}

/** Slugs of the stories readers can open (in at least one language), newest first; `limit` of them. */
export function listPublishedSlugs(limit = Number.POSITIVE_INFINITY): string[] {
  return memo(`slugs:${limit}`, (store, generation) => store.publicSlugs(limit, generation));
}

/** How many story versions are public, all languages together (the sitemap's stories). */
export function publicVersionCount(): number {
  return memo('versions', (store) => store.publicVersionCount());
}

/** A window of the public story versions, in a stable order, for a sitemap part. */
export function publicVersions(offset: number, limit: number) {
  return memo(`versions:${offset}:${limit}`, (store, generation) => store.publicVersions(offset, limit, generation));
}

/** When the newest of a window of publicVersions() last changed (ms). */
export function publicVersionsChangedMs(offset: number, limit: number): number | undefined {
  return memo(`versions-changed:${offset}:${limit}`, (store, generation) => store.publicVersionsChangedMs(offset, limit, generation));
}

/** How many story versions are public in each language. */
export function publicCounts(): Record<Locale, number> {
  return memo('counts', (store) => store.counts());
}

/** Public stories of every language published at or after `since`, newest first (the news sitemap). */
export function articlesSince(since: Date, limit: number): Article[] {
  return memo(`since:${since.getTime()}:${limit}`, (store, generation) => store.publishedSince(since.getTime(), limit, generation));
}

/**
 * The article URLs the build prerenders: the newest `PRERENDER_STORIES` public stories in every
 * locale (a locale without a version gets the "not available in this language" page). Older
 * stories render on their first request and are cached from then on; drafts and scheduled
 * stories are not prerendered at all, so the build holds nothing of them (README: Architecture).
 */
export function prerenderedArticleParams(limit = prerenderStories()): { locale: Locale; slug: string }[] {
  return listPublishedSlugs(limit).flatMap((slug) => routing.locales.map((locale) => ({ locale, slug })));
}

// Rendered bodies of the stories most recently shown: a page, its metadata and a feed may each ask.
const BODY_CACHE_SIZE = 64;
const bodies = new Map<string, RenderedBody>();

/**
 * A story's body (sanitized tree, plain text), rendered on demand from the Markdown of its last
 * good version in the content index (never from a newer, broken file), per content generation.
 */
export function getArticleBody(article: Pick<Article, 'slug' | 'locale' | 'photos'>): RenderedBody {
  const key = `${current().generation.n}/${article.locale}/${article.slug}`;
  const hit = bodies.get(key);
  if (hit && process.env.NODE_ENV !== 'development') {
    bodies.delete(key);
    bodies.set(key, hit);
    return hit;
  }
  const markdown = contentStore().storyMarkdown(article.slug, article.locale);
  const body =
    markdown === undefined ? renderStoryBody(contentPaths(), article.slug, article.locale, article.photos) : renderStoryMarkdown(contentPaths(), markdown, article.locale, article.photos);
  bodies.set(key, body);
  if (bodies.size > BODY_CACHE_SIZE) bodies.delete(bodies.keys().next().value!);
  return body;
}

/** A story's body as plain text (search), as indexed. */
export function getArticleText(article: Pick<Article, 'slug' | 'locale'>): string {
  return contentStore().storyText(article.slug, article.locale) ?? '';
}

/** Where a story version stands for readers. */
export type PublicationState = 'public' | 'draft' | 'scheduled';

export function publicationState(article: Article, now: Date = contentNow()): PublicationState {
  if (article.status === 'draft') return 'draft';
  return isPublic(article, now) ? 'public' : 'scheduled';
}

/** One language version of a story in any state. For preview (Draft Mode) only, never for readers. */
export function getArticleForPreview(locale: Locale, slug: string): Article | undefined {
  return contentStore().getStory(slug, locale);
}

/** The editors' desk lists this many stories whose translations need work, and the newest this many besides. */
const DESK_NEED_WORK = 1000;
const DESK_NEWEST = 100;

/**
 * What the editors' desk shows: every version readers cannot see yet (drafts, scheduled), and
 * every version of the stories whose languages need work and of the newest stories.
 */
export function listDeskArticles(): { unpublished: Article[]; translations: Article[] } {
  const store = contentStore();
  const { generation } = current();
  return { unpublished: store.unpublished(generation), translations: store.deskStories(DESK_NEED_WORK, DESK_NEWEST) };
}

export function listAuthors(): Author[] {
  return [...current().authors.values()];
}

export function listSections(): Section[] {
  return current().sections;
}

export function getSection(id: string): Section | undefined {
  return current().sections.find((s) => s.id === id);
}

export function getAuthor(id: string): Author | undefined {
  return current().authors.get(id);
}

/** Authors of a story in byline order; ids were validated at load. */
export function getAuthors(ids: readonly string[]): Author[] {
  return ids.map((id) => getAuthor(id)).filter((a): a is Author => a !== undefined);
}
