/**
 * How much of the site the build prerenders. Everything else is rendered on its first request
 * and then cached like a prerendered page (Next.js incremental static regeneration), so build
 * time stays flat as the archive grows.
 */

/** Newest stories prerendered in every language (`PRERENDER_STORIES`). */
export const DEFAULT_PRERENDER_STORIES = 1000;
/** Pages prerendered per section, tag and author listing (`PRERENDER_LISTING_PAGES`). */
export const DEFAULT_PRERENDER_LISTING_PAGES = 5;

/** A count setting: a whole number, or `all`; unset or empty means the default. */
export function countSetting(name: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined || value.trim() === '') return fallback;
  if (value.trim() === 'all') return Number.POSITIVE_INFINITY;
  const count = Number(value);
  if (!Number.isInteger(count) || count < min) throw new Error(`${name} must be a whole number of at least ${min}, or "all"; got "${value}"`);
  return count;
}

export function prerenderStories(env: Record<string, string | undefined> = process.env): number {
  return countSetting('PRERENDER_STORIES', env.PRERENDER_STORIES, DEFAULT_PRERENDER_STORIES);
}

/** At least 1: a listing's first page is always prerendered. */
export function prerenderListingPages(env: Record<string, string | undefined> = process.env): number {
  return countSetting('PRERENDER_LISTING_PAGES', env.PRERENDER_LISTING_PAGES, DEFAULT_PRERENDER_LISTING_PAGES, 1);
}
