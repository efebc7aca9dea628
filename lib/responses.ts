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
