import path from 'node:path';
import { cache } from 'react';
import { routing, type Locale } from '@/i18n/routing';
import { loadContent } from './load';
import { ContentValidationError } from './problems';
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

let cached: ContentIndex | undefined;

function loadValidated(): ContentIndex {
  const { index, problems } = loadContent(contentPaths());
  if (problems.some((p) => p.severity === 'error')) throw new ContentValidationError(problems);
  return index;
}

// In development, read once per request (React's cache), so a saved file shows on reload.
const loadForRequest = cache(loadValidated);

/**
 * The validated content index; throws a ContentValidationError listing every problem.
 * Built once per process (at build time, in practice), except under `next dev`.
 */
export function getContent(): ContentIndex {
  if (process.env.NODE_ENV === 'development') return loadForRequest();
  cached ??= loadValidated();
  return cached;
}

/** Public means published and not scheduled for later. */
export function isPublic(article: Article, now: Date = new Date()): boolean {
  return article.status === 'published' && Date.parse(article.publishedAt) <= now.getTime();
}

const newestFirst = (a: Article, b: Article) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.slug.localeCompare(b.slug);

interface LocaleIndex {
  /** Public stories, newest first. */
  articles: Article[];
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
    index = { articles, bySection: new Map(), byAuthor: new Map(), byTag: new Map() };
    for (const article of articles) {
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
  const { articles } = localeIndex(article.locale);
  const tags = new Set(article.tags.map(tagSlug));
  const scored = articles
    .filter((other) => other.slug !== article.slug)
    .map((other) => ({ other, shared: other.tags.filter((t) => tags.has(tagSlug(t))).length, sameSection: other.section === article.section }))
    .filter(({ shared, sameSection }) => shared > 0 || sameSection);
  // Array.prototype.sort is stable, so newest-first order holds within equal scores.
  scored.sort((a, b) => b.shared - a.shared || Number(b.sameSection) - Number(a.sameSection));
  return scored.slice(0, limit).map(({ other }) => other);
}

/** The section's story published just before this one (or the newest, for the oldest story). */
export function nextInSection(article: Article): Article | undefined {
  const list = listSectionArticles(article.locale, article.section);
  const at = list.findIndex((a) => a.slug === article.slug);
  const candidate = list[at + 1] ?? list[0];
  return candidate && candidate.slug !== article.slug ? candidate : undefined;
}

export function getPublishedArticle(locale: Locale, slug: string): Article | undefined {
  return getContent().articles.find((a) => a.slug === slug && a.locale === locale && isPublic(a));
}

/** The public language versions of one story, by locale. */
export function getPublishedVersions(slug: string): Partial<Record<Locale, Article>> {
  const versions: Partial<Record<Locale, Article>> = {};
  for (const article of getContent().articles) {
    if (article.slug === slug && isPublic(article)) versions[article.locale] = article;
  }
  return versions;
}

/**
 * Every article URL to prerender: each story in every locale. A locale without a public version
 * gets the "not available in this language" page (200, noindex) when another language has one,
 * and a 404 when none has (drafts, scheduled stories): a prerendered 404 carries nothing of the
 * story, and it is what Draft Mode bypasses to show editors the story (see app/api/draft).
 */
export function listArticleRouteParams(): { locale: Locale; slug: string }[] {
  const slugs = new Set(getContent().articles.map((a) => a.slug));
  return [...slugs].sort().flatMap((slug) => routing.locales.map((locale) => ({ locale, slug })));
}

/** Where a story version stands for readers. */
export type PublicationState = 'public' | 'draft' | 'scheduled';

export function publicationState(article: Article, now: Date = new Date()): PublicationState {
  if (article.status === 'draft') return 'draft';
  return isPublic(article, now) ? 'public' : 'scheduled';
}

/** One language version of a story in any state. For preview (Draft Mode) only, never for readers. */
export function getArticleForPreview(locale: Locale, slug: string): Article | undefined {
  return getContent().articles.find((a) => a.slug === slug && a.locale === locale);
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
