import { isLocale } from '@/i18n/routing';
import { parsePageParam } from '@/lib/pagination';

/** Section, tag and author listings (as in lib/content/listings.ts; kept here so the proxy stays light). */
const LISTING_KINDS = ['section', 'tag', 'author'] as const;
type ListingKind = (typeof LISTING_KINDS)[number];

/**
 * What a build made public, for the proxy (proxy.ts): written after `next build` to
 * `.next/content/routes.json` by scripts/build-data.ts. Archive stories and deep listing pages
 * render on their first request; this says which URLs may, so nothing else ever renders.
 */
export interface RouteCatalog {
  /** When the build took stock: stories published later wait for the next build. */
  builtAt: string;
  /** Slugs of stories readers can open, in at least one language. */
  stories: string[];
  /** Drafts and scheduled stories: only an editor's preview (Draft Mode) renders them. */
  unpublished: string[];
  /** How many pages each listing has: kind, language, then key (the URL segment, decoded). */
  listings: Record<ListingKind, Record<string, Record<string, number>>>;
}

/** The catalog with sets for lookups, made once per server process. */
export interface CompiledCatalog {
  stories: ReadonlySet<string>;
  unpublished: ReadonlySet<string>;
  listings: RouteCatalog['listings'];
}

export function compileCatalog(catalog: RouteCatalog): CompiledCatalog {
  return { stories: new Set(catalog.stories), unpublished: new Set(catalog.unpublished), listings: catalog.listings };
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * Whether a URL the proxy sees may reach the page that renders on demand: a story of the build
 * (a draft or scheduled one only in preview), or an existing page of a listing. Anything else
 * gets the static 404 page without any rendering, so a made-up URL costs nothing and is never
 * cached. Search renders per request: only its two URLs are real. Other URLs under a language are
 * not the gate's business (they are prerendered or a static 404).
 */
export function isKnownRoute(pathname: string, catalog: CompiledCatalog, { preview }: { preview: boolean }): boolean {
  const [, locale, kind, key, ...rest] = pathname.split('/');
  if (!isLocale(locale)) return false;
  if (kind === 'search') return key === undefined;
  if (key === undefined) return false;
  if (kind === 'article') {
    if (rest.length > 1 || (rest.length === 1 && rest[0] !== 'card.png')) return false;
    return catalog.stories.has(key) || (preview && catalog.unpublished.has(key));
  }
  if ((LISTING_KINDS as readonly string[]).includes(kind ?? '')) {
    const decoded = decode(key);
    const pages = decoded === undefined ? undefined : catalog.listings[kind as ListingKind][locale]?.[decoded];
    if (pages === undefined) return false;
    const [segment, page, ...more] = rest;
    // The first page (a tag or author that appeared with a publish renders on request), and a
    // section's feed and share card.
    if (segment === undefined) return true;
    if (kind === 'section' && rest.length === 1) return segment === 'feed.xml' || segment === 'card.png';
    if (segment !== 'page' || page === undefined || more.length > 0) return false;
    const number = parsePageParam(page);
    return number !== undefined && number <= pages;
  }
  return false;
}
