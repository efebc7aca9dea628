import { create } from 'xmlbuilder2';
import { languageAlternates, type Alternate } from '@/i18n/alternates';
import { absoluteUrl, paths } from '@/i18n/paths';
import { routing } from '@/i18n/routing';
import { listingKeys, listingLocales, listingPath, type ListingKind } from '@/lib/content/listings';
import { derivedFromContent, getPublishedVersions, listPublishedArticles, listPublishedSlugs } from '@/lib/content/queries';
import type { Article } from '@/lib/content/types';
import { toKstIsoString } from '@/lib/format/dates';
import { PAGE_SIZE, pageCount } from '@/lib/pagination';

/** One URL of the sitemap. */
export interface SitemapPage {
  /** Absolute URL. */
  loc: string;
  /** When its content last changed, ISO 8601 in KST. */
  lastmod?: string;
  alternates: Alternate[];
}

/** The most URLs one sitemap file may hold (sitemaps.org); past it, a sitemap index. */
export const SITEMAP_URL_LIMIT = 50_000;

const XHTML = 'http://www.w3.org/1999/xhtml';
const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9';

const lastChange = (article: Article) => article.updatedAt ?? article.publishedAt;

function newest(articles: readonly Article[]): string | undefined {
  const times = articles.map(lastChange).sort((a, b) => Date.parse(b) - Date.parse(a));
  return times[0] && toKstIsoString(times[0]);
}

/**
 * Every page readers and crawlers can reach, in both languages: front pages, every public story
 * version, and every page of every section, tag and author listing. Not search (noindex), not the
 * "not in this language" pages (noindex), and never a draft or scheduled story. Worked out once
 * per build: the sitemap and each of its parts ask for it.
 */
export function sitemapPages(): SitemapPage[] {
  return derivedFromContent('sitemapPages', listSitemapPages);
}

function listSitemapPages(): SitemapPage[] {
  const pages: SitemapPage[] = [];
  const homes = Object.fromEntries(routing.locales.map((l) => [l, paths.home(l)]));
  for (const locale of routing.locales) {
    pages.push({ loc: absoluteUrl(paths.home(locale)), lastmod: newest(listPublishedArticles(locale).slice(0, 1)), alternates: languageAlternates(homes) });
  }

  for (const slug of listPublishedSlugs()) {
    const versions = getPublishedVersions(slug);
    const present = routing.locales.filter((l) => versions[l]);
    const alternates = languageAlternates(Object.fromEntries(present.map((l) => [l, paths.article(l, slug)])));
    for (const locale of present) {
      pages.push({ loc: absoluteUrl(paths.article(locale, slug)), lastmod: toKstIsoString(lastChange(versions[locale]!)), alternates });
    }
  }

  for (const kind of ['section', 'tag', 'author'] as ListingKind[]) {
    for (const locale of routing.locales) {
      for (const { key, articles } of listingKeys(kind, locale)) {
        const first = languageAlternates(Object.fromEntries(listingLocales(kind, locale).map((l) => [l, listingPath(kind, l, key)])));
        for (let page = 1; page <= pageCount(articles.length); page++) {
          pages.push({
            loc: absoluteUrl(listingPath(kind, locale, key, page)),
            lastmod: newest(articles.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)),
            // Page 1 pairs with the other language's page 1 (as in the page head); later pages with none.
            alternates: page === 1 ? first : [],
          });
        }
      }
    }
  }
  return pages;
}

/** A `<urlset>` with `xhtml:link` alternates, built with an XML library (escaping included). */
export function renderUrlset(pages: readonly SitemapPage[]): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(SITEMAP, 'urlset').att('http://www.w3.org/2000/xmlns/', 'xmlns:xhtml', XHTML);
  for (const page of pages) {
    const url = root.ele(SITEMAP, 'url');
    url.ele(SITEMAP, 'loc').txt(page.loc);
    if (page.lastmod) url.ele(SITEMAP, 'lastmod').txt(page.lastmod);
    for (const alternate of page.alternates) {
      url.ele(XHTML, 'xhtml:link', { rel: 'alternate', hreflang: alternate.hreflang, href: alternate.href });
    }
  }
  return root.end({ prettyPrint: true });
}

/** A `<sitemapindex>` listing the parts of a large sitemap. */
export function renderSitemapIndex(parts: readonly { loc: string; lastmod?: string }[]): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(SITEMAP, 'sitemapindex');
  for (const part of parts) {
    const sitemap = root.ele(SITEMAP, 'sitemap');
    sitemap.ele(SITEMAP, 'loc').txt(part.loc);
    if (part.lastmod) sitemap.ele(SITEMAP, 'lastmod').txt(part.lastmod);
  }
  return root.end({ prettyPrint: true });
}

/** The URL of part `n` (1-based) of a sitemap too large for one file. */
export const sitemapPartPath = (n: number) => `/sitemaps/${n}.xml`;

/** The pages cut into files of at most `limit` URLs. */
export function sitemapParts<T>(pages: readonly T[], limit = SITEMAP_URL_LIMIT): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < pages.length; i += limit) parts.push(pages.slice(i, i + limit));
  return parts.length > 0 ? parts : [[]];
}

/**
 * `/sitemap.xml`: every page when they fit in one file; past 50,000 URLs, an index of the parts
 * at `/sitemaps/1.xml`, `/sitemaps/2.xml`, ...
 */
export function renderSitemap(pages: readonly SitemapPage[], limit = SITEMAP_URL_LIMIT): string {
  const parts = sitemapParts(pages, limit);
  if (parts.length === 1) return renderUrlset(parts[0]!);
  return renderSitemapIndex(
    parts.map((part, i) => ({
      loc: absoluteUrl(sitemapPartPath(i + 1)),
      lastmod: part.map((p) => p.lastmod).filter((d): d is string => d !== undefined).sort((a, b) => Date.parse(b) - Date.parse(a))[0],
    })),
  );
}

/** Part `n` (1-based) of a sitemap split into an index, or undefined when there is no such part. */
export function sitemapPart(pages: readonly SitemapPage[], n: number, limit = SITEMAP_URL_LIMIT): SitemapPage[] | undefined {
  const parts = sitemapParts(pages, limit);
  return parts.length > 1 ? parts[n - 1] : undefined;
}
