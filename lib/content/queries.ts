import path from 'node:path';
import { cache } from 'react';
import { routing, type Locale } from '@/i18n/routing';
import { loadContent } from './load';
import { ContentValidationError } from './problems';
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
 * Built once per production process (at build time, in practice).
 */
export function getContent(): ContentIndex {
  if (process.env.NODE_ENV !== 'production') return loadForRequest();
  cached ??= loadValidated();
  return cached;
}

/** Public means published and not scheduled for later. */
export function isPublic(article: Article, now: Date = new Date()): boolean {
  return article.status === 'published' && Date.parse(article.publishedAt) <= now.getTime();
}

const newestFirst = (a: Article, b: Article) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.slug.localeCompare(b.slug);

export function listPublishedArticles(locale: Locale): Article[] {
  return getContent()
    .articles.filter((a) => a.locale === locale && isPublic(a))
    .sort(newestFirst);
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
 * Every article URL to prerender: each public story in every locale. A locale without that
 * version gets the "not available in this language" page (200, noindex).
 */
export function listArticleRouteParams(): { locale: Locale; slug: string }[] {
  const slugs = new Set(getContent().articles.filter((a) => isPublic(a)).map((a) => a.slug));
  return [...slugs].sort().flatMap((slug) => routing.locales.map((locale) => ({ locale, slug })));
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
