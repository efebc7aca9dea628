/** Content types of the feeds. */
export const FEED_HEADERS = {
  rss: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  json: { 'Content-Type': 'application/feed+json; charset=utf-8' },
} as const;
