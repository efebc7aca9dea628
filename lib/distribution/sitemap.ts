import { create } from 'xmlbuilder2';
import { languageAlternates, type Alternate } from '@/i18n/alternates';
import { absoluteUrl, paths } from '@/i18n/paths';
import { routing, type Locale } from '@/i18n/routing';
import { listingKeys, listingLocales, listingPath, type ListingKind } from '@/lib/content/listings';
import { derivedFromContent, latestArticles, publicVersionCount, publicVersions, publicVersionsChangedMs } from '@/lib/content/queries';
import { toKstIsoString } from '@/lib/format/dates';
import { pageCount } from '@/lib/pagination';

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
/**
 * URLs per part past that: smaller than the limit, so a part (5 MB of XML) is rendered and
 * compressed in a fraction of a second after each publish, where 50,000 URLs made 27 MB.
 */
export const SITEMAP_PART_URLS = 10_000;

/** How a sitemap is cut: up to `single` URLs in one file, else parts of `part` URLs. */
export interface SitemapCut {
  single?: number;
  part?: number;
}

const XHTML = 'http://www.w3.org/1999/xhtml';
const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** One run of the sitemap's URLs: how many, a window of them, and when that window last changed (ms). */
interface Segment {
  size: number;
  pages(offset: number, limit: number): SitemapPage[];
  changedMs(offset: number, limit: number): number | undefined;
}

const lastmod = (ms: number | undefined) => (ms === undefined ? undefined : toKstIsoString(new Date(ms).toISOString()));

/**
 * Every page readers and crawlers can reach, in both languages, in three runs: front pages,
 * every public story version (from the content index, a window at a time) and every page of
 * every section, tag and author listing. Not search (noindex), not the "not in this language"
 * pages (noindex), and never a draft or scheduled story. The runs are worked out once per
 * content generation; a sitemap part reads only its window, so no request holds every URL.
 */
function segments(): Segment[] {
  return derivedFromContent('sitemapSegments', () => [homeSegment(), storySegment(), listingSegment()]);
}

function homeSegment(): Segment {
  const homes = Object.fromEntries(routing.locales.map((l) => [l, paths.home(l)]));
  const newest = (locale: Locale) => {
    const [story] = latestArticles(locale, 1);
    return story && Date.parse(story.updatedAt ?? story.publishedAt);
  };
  const all = routing.locales.map((locale) => ({ loc: absoluteUrl(paths.home(locale)), changedMs: newest(locale), alternates: languageAlternates(homes) }));
  return {
    size: all.length,
    pages: (offset, limit) => all.slice(offset, offset + limit).map(({ changedMs, ...page }) => ({ ...page, lastmod: lastmod(changedMs) })),
    changedMs: (offset, limit) => maxOf(all.slice(offset, offset + limit).map((p) => p.changedMs)),
  };
}

function storySegment(): Segment {
  return {
    size: publicVersionCount(),
    pages: (offset, limit) =>
      publicVersions(offset, limit).map(({ slug, locale, changedMs, locales }) => ({
        loc: absoluteUrl(paths.article(locale, slug)),
        lastmod: lastmod(changedMs),
        alternates: languageAlternates(Object.fromEntries(locales.map((l) => [l, paths.article(l, slug)]))),
      })),
    changedMs: (offset, limit) => publicVersionsChangedMs(offset, limit),
  };
}

/** Listing pages: each listing's pages share its newest change (a new story shifts every page). */
function listingSegment(): Segment {
  const listings = (['section', 'tag', 'author'] as ListingKind[]).flatMap((kind) =>
    routing.locales.flatMap((locale) => listingKeys(kind, locale).map(({ key, count, changedMs }) => ({ kind, locale, key, pages: pageCount(count), changedMs }))),
  );
  // Where each listing's pages start in the run, for a window's binary search.
  const starts: number[] = [];
  let size = 0;
  for (const listing of listings) {
    starts.push(size);
    size += listing.pages;
  }
  const window = (offset: number, limit: number) => {
    const out: { listing: (typeof listings)[number]; page: number }[] = [];
    let i = Math.max(0, upperBound(starts, offset) - 1);
    for (let at = offset; at < Math.min(size, offset + limit); at++) {
      while (i + 1 < listings.length && starts[i + 1]! <= at) i++;
      out.push({ listing: listings[i]!, page: at - starts[i]! + 1 });
    }
    return out;
  };
  return {
    size,
    pages: (offset, limit) =>
      window(offset, limit).map(({ listing: { kind, locale, key, changedMs }, page }) => ({
        loc: absoluteUrl(listingPath(kind, locale, key, page)),
        lastmod: lastmod(changedMs),
        // Page 1 pairs with the other language's page 1 (as in the page head); later pages with none.
        alternates: page === 1 ? languageAlternates(Object.fromEntries(listingLocales(kind, locale).map((l) => [l, listingPath(kind, l, key)]))) : [],
      })),
    changedMs: (offset, limit) => maxOf(window(offset, limit).map(({ listing }) => listing.changedMs)),
  };
}

/** The first index whose value is greater than `value` (values sorted ascending). */
function upperBound(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function maxOf(values: readonly (number | undefined)[]): number | undefined {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length > 0 ? Math.max(...known) : undefined;
}

/** How many URLs the sitemap has. */
export function sitemapSize(): number {
  return segments().reduce((sum, segment) => sum + segment.size, 0);
}

/**
 * A window of the sitemap's URLs, across its runs, and when it last changed (ms); with
 * `pages: false`, only when it changed (the index's lastmod of each part: making 50,000 URLs of
 * every part for it took seconds at 200,000 stories).
 */
function sitemapWindow(offset: number, limit: number, { pages: withPages = true } = {}): { pages: SitemapPage[]; changedMs: number | undefined } {
  const pages: SitemapPage[] = [];
  const changed: (number | undefined)[] = [];
  let start = 0;
  for (const segment of segments()) {
    const from = Math.max(offset, start);
    const to = Math.min(offset + limit, start + segment.size);
    if (from < to) {
      if (withPages) for (const page of segment.pages(from - start, to - from)) pages.push(page);
      changed.push(segment.changedMs(from - start, to - from));
    }
    start += segment.size;
  }
  return { pages, changedMs: maxOf(changed) };
}

/** Every URL of the sitemap (a small site's whole sitemap, and tests). */
export function sitemapPages(): SitemapPage[] {
  return sitemapWindow(0, sitemapSize()).pages;
}

/** Text or an attribute value as XML: the five characters XML reserves, escaped. */
function xml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/**
 * A `<urlset>` with `xhtml:link` alternates. Written as text, not with xmlbuilder2 as the other
 * XML documents are: a part holds up to 50,000 URLs, which xmlbuilder2 took 8 s and 0.8 GB to
 * write (here, tens of milliseconds); every value goes through xml() and the tests parse the result.
 */
export function renderUrlset(pages: readonly SitemapPage[]): string {
  const out = [`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${SITEMAP}" xmlns:xhtml="${XHTML}">`];
  for (const page of pages) {
    out.push('  <url>', `    <loc>${xml(page.loc)}</loc>`);
    if (page.lastmod) out.push(`    <lastmod>${xml(page.lastmod)}</lastmod>`);
    for (const alternate of page.alternates) {
      out.push(`    <xhtml:link rel="alternate" hreflang="${xml(alternate.hreflang)}" href="${xml(alternate.href)}"/>`);
    }
    out.push('  </url>');
  }
  out.push('</urlset>');
  return out.join('\n');
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

/** How many files the sitemap takes: 1, or the parts of its index. */
export function sitemapPartCount({ single = SITEMAP_URL_LIMIT, part = SITEMAP_PART_URLS }: SitemapCut = {}): number {
  const size = sitemapSize();
  return size <= single ? 1 : Math.ceil(size / part);
}

/**
 * `/sitemap.xml`: every page when they fit in one file; past 50,000 URLs, an index of the parts
 * at `/sitemaps/1.xml`, `/sitemaps/2.xml`, ...
 */
export function renderSitemap(cut: SitemapCut = {}): string {
  const parts = sitemapPartCount(cut);
  if (parts === 1) return renderUrlset(sitemapPages());
  const part = cut.part ?? SITEMAP_PART_URLS;
  return renderSitemapIndex(
    Array.from({ length: parts }, (_, i) => ({ loc: absoluteUrl(sitemapPartPath(i + 1)), lastmod: lastmod(sitemapWindow(i * part, part, { pages: false }).changedMs) })),
  );
}

/** Part `n` (1-based) of a sitemap split into an index, or undefined when there is no such part. */
export function sitemapPart(n: number, cut: SitemapCut = {}): SitemapPage[] | undefined {
  const parts = sitemapPartCount(cut);
  const part = cut.part ?? SITEMAP_PART_URLS;
  return parts > 1 && Number.isInteger(n) && n >= 1 && n <= parts ? sitemapWindow((n - 1) * part, part).pages : undefined;
}
