import { parsePath } from '@/i18n/requestPaths';
import { parsePageParam } from '@/lib/pagination';

/** Section, tag and author listings (as in lib/content/listings.ts; kept here so the proxy stays light). */
const LISTING_KINDS = ['section', 'tag', 'author'] as const;
type ListingKind = (typeof LISTING_KINDS)[number];

/** What the route gate asks of the content: the index (lib/content/gate.ts), or a fixed catalog in tests. */
export interface RouteLookup {
  /** Whether a story is public now (with `preview`, whether it exists in any state). */
  story(slug: string, options: { preview: boolean }): boolean;
  /** How many pages a listing has now, or undefined when it has no page at all. */
  listingPages(kind: ListingKind, locale: string, key: string): number | undefined;
}

/** A fixed list of what exists: kind, language, key (the URL segment, decoded) and page count. */
export interface RouteCatalog {
  stories: string[];
  unpublished: string[];
  listings: Record<ListingKind, Record<string, Record<string, number>>>;
}

export function catalogLookup(catalog: RouteCatalog): RouteLookup {
  const stories = new Set(catalog.stories);
  const unpublished = new Set(catalog.unpublished);
  return {
    story: (slug, { preview }) => stories.has(slug) || (preview && unpublished.has(slug)),
    listingPages: (kind, locale, key) => catalog.listings[kind][locale]?.[key],
  };
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * Whether a URL the proxy sees may reach the page that renders on demand: a public story (a
 * draft or scheduled one only in preview), or an existing page of a listing, as the content
 * index says now. Anything else
 * gets the static 404 page without any rendering, so a made-up URL costs nothing and is never
 * cached. Search renders per request: only its two URLs are real. Other URLs under a language are
 * not the gate's business (they are prerendered or a static 404).
 */
export function isKnownRoute(pathname: string, lookup: RouteLookup, { preview }: { preview: boolean }): boolean {
  const { locale, kind, key, rest } = parsePath(pathname);
  if (!locale) return false;
  if (kind === 'search') return key === undefined;
  if (key === undefined) return false;
  if (kind === 'article') {
    // The story, its share card and its parallel view (which answers 404 itself when a version is missing).
    if (rest.length > 1 || (rest.length === 1 && rest[0] !== 'card.png' && rest[0] !== 'bilingual')) return false;
    return lookup.story(key, { preview });
  }
  if ((LISTING_KINDS as readonly string[]).includes(kind ?? '')) {
    const decoded = decode(key);
    const pages = decoded === undefined ? undefined : lookup.listingPages(kind as ListingKind, locale, decoded);
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
