/** A short plain-text answer that no cache keeps: errors and refusals are for one request. */
export function plainResponse(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex', 'X-Content-Type-Options': 'nosniff' },
  });
}

/** Content types of the XML and feed documents the site serves. */
export const DOCUMENT_HEADERS = {
  xml: { 'Content-Type': 'application/xml; charset=utf-8' },
  rss: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  json: { 'Content-Type': 'application/feed+json; charset=utf-8' },
} as const;

/**
 * How long a photo of a story may be kept. Shared caches (a CDN, and the image optimizer's
 * answer through the front door, which keeps no optimized photo longer than its source says)
 * ask again after 10 s, so a takedown reaches every reader within that; a reader's own browser
 * may keep a photo it already has for a minute, as long as it keeps the page.
 */
export const STORY_PHOTO_CACHE_CONTROL = 'public, max-age=60, s-maxage=10';
