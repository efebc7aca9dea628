import path from 'node:path';
import { cache } from 'react';
import { routing, type Locale } from '@/i18n/routing';
import { contentCacheDir } from './cache';
import { renderStoryBody, renderStoryMarkdown } from './load';
import type { RenderedBody } from './markdown';
import { prerenderStories } from './prerender';
import { ContentStore } from './store';
import { tagSlug } from './tags';
import type { Article, Author, ContentIndex, Section } from './types';

/**
 * The content folder, resolved once from CONTENT_DIR (default `content`) so that request input
 * is never joined onto a path.
 */
export function contentPaths() {
  const cwd = process.cwd();
  return {
    cwd,
    // turbopackIgnore: content is read at build time; the server bundle need not trace it.
    contentDir: path.resolve(/*turbopackIgnore: true*/ cwd, process.env.CONTENT_DIR || 'content'),
    publicDir: path.resolve(/*turbopackIgnore: true*/ cwd, 'public'),
  };
}

/** The content index on disk for the content folder (store.ts), in `.next/cache/content/<key>/`. */
export function contentIndexFile(paths = contentPaths()): string {
  return path.join(contentCacheDir(paths.cwd, paths.contentDir), 'index.sqlite');
}

/**
 * One content index per process. Next.js bundles route handlers and pages separately, each
 * with its own copy of this module: the store and the content read from it live on globalThis,
 * so the server opens the index once and holds one generation's content, not one per bundle.
 */
const shared = ((globalThis as { [key: symbol]: unknown })[Symbol.for('hanbit.content')] ??= {}) as {
  store?: ContentStore;
  content?: { n: number; index: ContentIndex; nowMs: number };
};

/** The content index, opened once; synced with the folder first if it has never been. */
export function contentStore(): ContentStore {
  if (!shared.store) {
    const paths = contentPaths();
    shared.store = new ContentStore(contentIndexFile(paths), paths);
    // A server started on a folder `npm run build` did not index (another CONTENT_DIR) reads it now.
    if (shared.store.generation().n === 0) shared.store.sync();
  }
  return shared.store;
}

// In development, the folder is synced once per request (React's cache): a saved file shows on reload.
const syncForRequest = cache(() => contentStore().sync());

/**
 * The generation every answer is rendered from: its content, and the "now" that decides what is
 * public. The index holds the newest generation's content only, so that is the one read.
 */
function current(): { n: number; index: ContentIndex; nowMs: number } {
  const store = contentStore();
  if (process.env.NODE_ENV === 'development') syncForRequest();
  const generation = store.generation();
  if (shared.content?.n !== generation.n) {
    shared.content = { n: generation.n, nowMs: generation.nowMs, index: { sections: store.sections(), authors: store.authors(), articles: store.allStories() } };
  }
  return shared.content;
}

/**
 * The content of the current generation. A story whose latest edit is broken stays in its last
 * good version (the problems are in listContentProblems()); a broken new story is not in it.
 */
export function getContent(): ContentIndex {
  return current().index;
}

/**
 * Every problem the content folder has now, as content:check reports them. Read each time: a
 * broken edit adds problems without making a new generation.
 */
export function listContentProblems() {
  return contentStore().problems();
}

/** The current content generation: its number and its "now" (ISO 8601). */
export function contentGeneration(): { n: number; now: string } {
  const { n, nowMs } = current();
  return { n, now: new Date(nowMs).toISOString() };
}

/** The instant that decides what is public: the current generation's "now". */
export function contentNow(): Date {
  return new Date(current().nowMs);
}

/** Public means published and not scheduled for later (than the generation's "now"). */
export function isPublic(article: Article, now: Date = contentNow()): boolean {
  return article.status === 'published' && Date.parse(article.publishedAt) <= now.getTime();
}

const newestFirst = (a: Article, b: Article) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.slug.localeCompare(b.slug);

interface LocaleIndex {
  /** Public stories, newest first. */
  articles: Article[];
  /** Each story's place in `articles` (newest first) and in its section's list. */
  position: Map<Article, number>;
  sectionPosition: Map<Article, number>;
  bySection: Map<string, Article[]>;
  byAuthor: Map<string, Article[]>;
  /** By tag slug: the tag as written in this language, and its stories. */
  byTag: Map<string, { label: string; articles: Article[] }>;
}

// Derived once per content index (per build in production), not per request or per page.
const localeIndexes = new WeakMap<ContentIndex, Map<Locale, LocaleIndex>>();

function localeIndex(locale: Locale): LocaleIndex {
  const content = getContent();
  let perLocale = localeIndexes.get(content);
  if (!perLocale) {
    perLocale = new Map();
    localeIndexes.set(content, perLocale);
  }
  let index = perLocale.get(locale);
  if (!index) {
    const articles = content.articles.filter((a) => a.locale === locale && isPublic(a)).sort(newestFirst);
    index = { articles, position: new Map(), sectionPosition: new Map(), bySection: new Map(), byAuthor: new Map(), byTag: new Map() };
    for (const [i, article] of articles.entries()) {
      index.position.set(article, i);
      index.sectionPosition.set(article, index.bySection.get(article.section)?.length ?? 0);
      push(index.bySection, article.section, article);
      for (const author of article.authors) push(index.byAuthor, author, article);
      // The schema rejects two spellings of one tag in a story; skipping repeats keeps counts right anyway.
      const seen = new Set<string>();
      for (const tag of article.tags) {
        const slug = tagSlug(tag);
        if (seen.has(slug)) continue;
        seen.add(slug);
        const entry = index.byTag.get(slug) ?? { label: tag, articles: [] };
        entry.articles.push(article);
        index.byTag.set(slug, entry);
      }
    }
    perLocale.set(locale, index);
  }
  return index;
}

const derived = new WeakMap<ContentIndex, Map<string, unknown>>();

/**
 * A value worked out from the whole content once per content index (once per build process in
 * production), such as the sitemap's list of pages, which several routes ask for.
 */
export function derivedFromContent<T>(name: string, compute: () => T): T {
  const content = getContent();
  let values = derived.get(content);
  if (!values) {
    values = new Map();
    derived.set(content, values);
  }
  if (!values.has(name)) values.set(name, compute());
  return values.get(name) as T;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function listPublishedArticles(locale: Locale): Article[] {
  return localeIndex(locale).articles;
}

export function listSectionArticles(locale: Locale, section: string): Article[] {
  return localeIndex(locale).bySection.get(section) ?? [];
}

export function listAuthorArticles(locale: Locale, author: string): Article[] {
  return localeIndex(locale).byAuthor.get(author) ?? [];
}

/** A tag by its URL segment, with its stories in this language. */
export function getTag(locale: Locale, slug: string): { slug: string; label: string; articles: Article[] } | undefined {
  const entry = localeIndex(locale).byTag.get(slug);
  return entry && { slug, ...entry };
}

export function listTags(locale: Locale): { slug: string; label: string; count: number }[] {
  return [...localeIndex(locale).byTag].map(([slug, { label, articles }]) => ({ slug, label, count: articles.length }));
}

/**
 * Stories to read next, in the reader's language: those sharing the most tags first, then the
 * rest of the section, newest first within each; never the story itself.
 */
export function relatedArticles(article: Article, limit = 4): Article[] {
  const index = localeIndex(article.locale);
  // Only stories sharing a tag are scored (the tag lists), not the whole archive.
  const shared = new Map<Article, number>();
  for (const slug of new Set(article.tags.map(tagSlug))) {
    for (const other of index.byTag.get(slug)?.articles ?? []) {
      if (other.slug !== article.slug) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }
  const sameSection = (other: Article) => Number(other.section === article.section);
  const newer = (other: Article) => index.position.get(other) ?? 0;
  const related = [...shared]
    .sort(([a, sharedA], [b, sharedB]) => sharedB - sharedA || sameSection(b) - sameSection(a) || newer(a) - newer(b))
    .slice(0, limit)
    .map(([other]) => other);
  for (const other of index.bySection.get(article.section) ?? []) {
    if (related.length >= limit) break;
    if (other.slug !== article.slug && !shared.has(other)) related.push(other);
  }
  return related;
}

/** The section's story published just before this one (or the newest, for the oldest story). */
export function nextInSection(article: Article): Article | undefined {
  const index = localeIndex(article.locale);
  const list = index.bySection.get(article.section) ?? [];
  const at = index.sectionPosition.get(article) ?? list.findIndex((a) => a.slug === article.slug);
  const candidate = list[at + 1] ?? list[0];
  return candidate && candidate.slug !== article.slug ? candidate : undefined;
}

interface StoryIndex {
  /** Every language version of every story, in any state, by slug. */
  bySlug: Map<string, Partial<Record<Locale, Article>>>;
  /** Slugs with a public version, newest first (by their newest public version). */
  published?: string[];
}

const storyIndexes = new WeakMap<ContentIndex, StoryIndex>();

function storyIndex(): StoryIndex {
  const content = getContent();
  let index = storyIndexes.get(content);
  if (!index) {
    index = { bySlug: new Map() };
    for (const article of content.articles) {
      const versions = index.bySlug.get(article.slug) ?? {};
      versions[article.locale] = article;
      index.bySlug.set(article.slug, versions);
    }
    storyIndexes.set(content, index);
  }
  return index;
}

export function getPublishedArticle(locale: Locale, slug: string): Article | undefined {
  const article = storyIndex().bySlug.get(slug)?.[locale];
  return article && isPublic(article) ? article : undefined;
}

/** The public language versions of one story, by locale. */
export function getPublishedVersions(slug: string): Partial<Record<Locale, Article>> {
  const versions: Partial<Record<Locale, Article>> = {};
  for (const [locale, article] of Object.entries(storyIndex().bySlug.get(slug) ?? {}) as [Locale, Article][]) {
    if (isPublic(article)) versions[locale] = article;
  }
  return versions;
}

/** Slugs of the stories readers can open (in at least one language), newest first. */
export function listPublishedSlugs(): string[] {
  const index = storyIndex();
  if (!index.published) {
    const newest = new Map<string, number>();
    for (const locale of routing.locales) {
      for (const article of listPublishedArticles(locale)) {
        const at = Date.parse(article.publishedAt);
        if (at > (newest.get(article.slug) ?? Number.NEGATIVE_INFINITY)) newest.set(article.slug, at);
      }
    }
    index.published = [...newest].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([slug]) => slug);
  }
  return index.published;
}

/** Slugs of stories in any state: drafts and scheduled ones too. For the route catalog. */
export function listAllSlugs(): string[] {
  return [...storyIndex().bySlug.keys()];
}

/**
 * The article URLs the build prerenders: the newest `PRERENDER_STORIES` public stories in every
 * locale (a locale without a version gets the "not available in this language" page). Older
 * stories render on their first request and are cached from then on; drafts and scheduled
 * stories are not prerendered at all, so the build holds nothing of them (README: Architecture).
 */
export function prerenderedArticleParams(limit = prerenderStories()): { locale: Locale; slug: string }[] {
  return listPublishedSlugs()
    .slice(0, limit)
    .flatMap((slug) => routing.locales.map((locale) => ({ locale, slug })));
}

// Rendered bodies of the stories most recently shown: a page, its metadata and a feed may each ask.
const BODY_CACHE_SIZE = 64;
const bodies = new Map<string, RenderedBody>();

/**
 * A story's body (sanitized tree, plain text), rendered on demand from the Markdown of its last
 * good version in the content index (never from a newer, broken file), per content generation.
 */
export function getArticleBody(article: Pick<Article, 'slug' | 'locale'>): RenderedBody {
  const key = `${current().n}/${article.locale}/${article.slug}`;
  const hit = bodies.get(key);
  if (hit && process.env.NODE_ENV !== 'development') {
    bodies.delete(key);
    bodies.set(key, hit);
    return hit;
  }
  const markdown = contentStore().storyMarkdown(article.slug, article.locale);
  const body = markdown === undefined ? renderStoryBody(contentPaths(), article.slug, article.locale) : renderStoryMarkdown(contentPaths(), markdown, article.locale);
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
  return storyIndex().bySlug.get(slug)?.[locale];
}

/** Every language version of every story, in any state. For the editors' desk only. */
export function listAllArticles(): readonly Article[] {
  return getContent().articles;
}

export function listAuthors(): Author[] {
  return [...getContent().authors.values()];
}

export function listSections(): Section[] {
  return getContent().sections;
}

export function getSection(id: string): Section | undefined {
  return getContent().sections.find((s) => s.id === id);
}

export function getAuthor(id: string): Author | undefined {
  return getContent().authors.get(id);
}

/** Authors of a story in byline order; ids were validated at load. */
export function getAuthors(ids: readonly string[]): Author[] {
  return ids.map((id) => getAuthor(id)).filter((a): a is Author => a !== undefined);
}
