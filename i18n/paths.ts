import type { Locale } from './languages';

/** The one place that knows the site's URL shapes; components never build them by hand. */
export const paths = {
  /** Also `homePath` (languages.ts), for the error pages, which must not ship this module. */
  home: (locale: Locale) => `/${locale}`,
  article: (locale: Locale, slug: string) => `/${locale}/article/${slug}`,
  /** A story's two versions side by side, the page's language first (docs/adr/0004-bilingual-reading.md). */
  bilingual: (locale: Locale, slug: string) => `/${locale}/article/${slug}/bilingual`,
  section: (locale: Locale, section: string, page = 1) => listingPage(`/${locale}/section/${section}`, page),
  /** `tag` is the tag's URL segment (lib/content/tags.ts), percent-encoded here. */
  tag: (locale: Locale, tag: string, page = 1) => listingPage(`/${locale}/tag/${encodeURIComponent(tag)}`, page),
  author: (locale: Locale, author: string, page = 1) => listingPage(`/${locale}/author/${author}`, page),
  /** The editors' desk: drafts, scheduled stories and translation gaps (Draft Mode only). */
  preview: (locale: Locale) => `/${locale}/preview`,
  /**
   * A photo in a story's folder, by its content's fingerprint: one URL per version of the file,
   * the same in both languages (app/media serves it while the story is public).
   */
  storyPhoto: (slug: string, version: string, file: string) => `/media/${slug}/${version}/${file}`,
  search: (locale: Locale, query?: string, page = 1) => {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (query && page > 1) params.set('page', String(page));
    const search = params.toString();
    return `/${locale}/search${search ? `?${search}` : ''}`;
  },
};

/**
 * Where the same page lives in another language, for the footer's language link. Stories and
 * section, author and search pages have counterparts (page 1 of a listing: the other language
 * may have fewer pages); tags are words of one language, so a tag page leads to the front page.
 */
export function counterpartPath(pathname: string, target: Locale): string {
  // The client's copy of parsePath (requestPaths.ts), kept to one line: this module ships to browsers.
  const [, , kind, id, view] = pathname.split('/');
  if (kind === 'article' && id) return view === 'bilingual' ? paths.bilingual(target, id) : paths.article(target, id);
  if (kind === 'section' && id) return paths.section(target, id);
  if (kind === 'author' && id) return paths.author(target, id);
  if (kind === 'search') return paths.search(target);
  return paths.home(target);
}

/** Page 1 of a listing is the listing's own URL, its one canonical address. */
function listingPage(base: string, page: number): string {
  return page > 1 ? `${base}/page/${page}` : base;
}

/** SITE_URL without a trailing slash; canonical and share URLs are built on it. */
export function siteUrl(): string {
  return (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '');
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path}`;
}
