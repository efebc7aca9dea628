// The page cache in front of the Next.js server (scripts/front-server.mjs runs it).
//
// Prerendered pages are the same bytes for every reader until the next build, yet Next.js
// routes, reads and gzips each request again: about 1 ms of CPU a request on this machine. This
// keeps each prerendered page's answer, exactly as Next.js gave it the first time (headers
// included), with its gzip and Brotli forms made once, and answers repeat requests from memory,
// as nginx or a CDN in front would. The same goes for an archive page Next.js rendered on first
// request and now keeps until the next build, and for a URL Next.js answered with its
// prerendered 404 page (a scraper's burst of bad links costs one render per URL). Everything
// else (navigation data, Draft Mode, search, API, redirects) goes to Next.js untouched.
//
// Every request first passes the front door's rules (scripts/front-door.mjs); Next.js is asked
// through undici, Node's own HTTP client (docs/adr/0001-front-door.md).
import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { Pool } from 'undici';
import { isCanonicalPath, pathOf, refusal, sendRefusal, upstreamHeaders, withSecurityHeaders } from './front-door.mjs';

const gzip = promisify(zlib.gzip);
/** Past this size a body is compressed with less effort (makeEntry). */
const LARGE_BODY_BYTES = 1024 * 1024;
const brotli = promisify(zlib.brotliCompress);

/**
 * Request headers that make Next.js answer with something else than the page's HTML: the RSC
 * payload for client navigation and prefetches, a server action, a byte range.
 */
const BYPASS_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-action', 'range'];
/** Next.js's Draft Mode cookie: an editor's preview renders per request and is never shared. */
const DRAFT_MODE_COOKIE = '__prerender_bypass';
/** Headers the page's answer may vary on; all but Accept-Encoding are ruled out by BYPASS_HEADERS. */
const HANDLED_VARY = new Set(['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'accept-encoding']);
/** Per-connection or per-body headers: recomputed for every answer, never stored. */
const HOP_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'date']);
/** Per-connection headers of Next.js's answer, never relayed (the reader's connection has its own). */
const RESPONSE_HOP_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'proxy-connection', 'upgrade', 'trailer']);
const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|feed\+json|ld\+json|javascript))|^image\/svg\+xml/;

/**
 * How long readers and shared caches keep a prerendered HTML page. A page only changes with a
 * new build; a minute in the browser and five in a CDN bound how long a correction takes to
 * reach readers when nobody purges, and stale-while-revalidate keeps pages up during a deploy.
 */
export const HTML_CACHE_CONTROL = 'public, max-age=60, s-maxage=300, stale-while-revalidate=86400';
/** A 404 is never kept by browsers or CDNs: a scheduled story's URL goes live with a build. */
export const NOT_FOUND_CACHE_CONTROL = 'private, no-cache, no-store, max-age=0, must-revalidate';
/**
 * Feeds, sitemaps and robots.txt: as fresh as the pages they list (the news sitemap is the most
 * time-sensitive file of the site), but a feed reader may keep an hour's copy while it revalidates.
 */
export const FEED_CACHE_CONTROL = 'public, max-age=60, s-maxage=300, stale-while-revalidate=3600';
const FEED_TYPES = /^(application\/(rss\+xml|atom\+xml|feed\+json|json|xml)|text\/(xml|plain))/;
/** How long Next.js may take to start answering, and to send the rest once it has. */
const HEADERS_TIMEOUT_MS = 30_000;
const BODY_TIMEOUT_MS = 30_000;
/** How long the watcher's publish may take: a whole-folder rescan of a large archive. */
const PUBLISH_TIMEOUT_MS = 10 * 60_000;
/** Distinct 404 pages remembered (one per language and the global one, in practice). */
const MAX_NOT_FOUND_PAGES = 64;
/** Next.js's Cache-Control for a page with `revalidate = false` (a revalidated one adds stale-while-revalidate). */
const NEVER_REVALIDATED = 's-maxage=31536000';
/** How many 404 URLs are remembered (each at most MAX_NOT_FOUND_KEY characters). */
const MAX_NOT_FOUND_KEYS = 10_000;
const MAX_NOT_FOUND_KEY = 512;
/** Image sources whose answer is remembered until the content changes (then all are forgotten). */
const MAX_IMAGE_SOURCES = 10_000;

/**
 * The local file an image-optimizer request (`/_next/image?url=…`) reads, parsed as Next.js
 * parses it (its router collapses leading slashes and reads the target with WHATWG URL rules,
 * which resolve `.` segments); undefined for any other request, and for one without exactly one
 * local `url`, which Next.js refuses anyway. Other spellings of the path count too: a request the
 * optimizer might answer is never let past the check on its source.
 * @param {string} target the request target
 */
export function imageSourceOf(target) {
  let parsed;
  try {
    parsed = new URL(target.replace(/^\/+/, '/'), 'http://n');
  } catch {
    return undefined;
  }
  let decoded = parsed.pathname;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    // Refused by the door before it gets here (undecodable path); the raw path is compared.
  }
  if (![parsed.pathname, decoded].some((p) => p.toLowerCase().startsWith('/_next/image'))) return undefined;
  const sources = parsed.searchParams.getAll('url');
  const [source] = sources;
  return sources.length === 1 && source?.startsWith('/') && !source.startsWith('//') ? source : undefined;
}

/**
 * How long a shared cache may keep an answer with this Cache-Control, in seconds, as the image
 * optimizer reads it (s-maxage, else max-age); 0 when it may not keep it; Infinity when it says
 * nothing.
 * @param {string | undefined} cacheControl
 */
export function sharedLifetime(cacheControl) {
  if (!cacheControl) return Number.POSITIVE_INFINITY;
  if (/(?:^|,)\s*(?:no-store|no-cache|private)\s*(?:,|$)/i.test(cacheControl)) return 0;
  const age = /(?:^|,)\s*s-maxage\s*=\s*"?(\d+)/i.exec(cacheControl) ?? /(?:^|,)\s*max-age\s*=\s*"?(\d+)/i.exec(cacheControl);
  return age ? Number(age[1]) : Number.POSITIVE_INFINITY;
}

/**
 * The paths Next.js prerendered at build time and never revalidates, from its
 * prerender-manifest.json. Pages rendered on first request (ISR) or per request are not listed.
 * @param {{ routes?: Record<string, { initialRevalidateSeconds?: number | false, initialStatus?: number }> }} manifest
 * @returns {Set<string>}
 */
export function staticRoutes(manifest) {
  const paths = new Set();
  for (const [route, info] of Object.entries(manifest.routes ?? {})) {
    if (info.initialRevalidateSeconds === false && (info.initialStatus ?? 200) === 200) paths.add(route);
  }
  return paths;
}

/**
 * The encoding to answer with, from an Accept-Encoding header: Brotli, then gzip, then none.
 * An encoding with q=0 is refused, as is everything under `*;q=0` unless named.
 * @param {string | undefined} header
 * @returns {'br' | 'gzip' | 'identity'}
 */
export function preferredEncoding(header) {
  if (!header) return 'identity';
  /** @type {Map<string, number>} */
  const q = new Map();
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    q.set(name.trim(), weight === undefined ? 1 : Number(weight));
  }
  const weightOf = (/** @type {string} */ name) => q.get(name) ?? q.get('*') ?? 0;
  if (weightOf('br') > 0 && weightOf('br') >= weightOf('gzip')) return 'br';
  if (weightOf('gzip') > 0) return 'gzip';
  return 'identity';
}

/**
 * Whether a request asks for a page's HTML as every reader gets it: a GET or HEAD, not for
 * navigation data, not from an editor in Draft Mode.
 * @param {import('node:http').IncomingMessage} req
 */
function asksForSharedPage(req) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (BYPASS_HEADERS.some((h) => req.headers[h] !== undefined)) return false;
  return !req.headers.cookie?.includes(DRAFT_MODE_COOKIE);
}

/**
 * The key of a request in the page cache: its path exactly as a browser writes it (see
 * isCanonicalPath), or undefined when the request must go to Next.js. Fills ask Next.js for the
 * key itself, so the stored answer is the canonical page whatever the first reader sent.
 * @param {import('node:http').IncomingMessage} req
 */
export function pageKey(req) {
  if (!asksForSharedPage(req)) return undefined;
  const path = pathOf(req.url ?? '/');
  if (path.length > MAX_NOT_FOUND_KEY || !isCanonicalPath(path)) return undefined;
  return path;
}

/**
 * The cache key of a prerendered page: query strings do not change such a page, so they are
 * left out. `routes` holds decoded paths, as prerender-manifest.json writes them.
 * @param {import('node:http').IncomingMessage} req
 * @param {Set<string>} routes
 */
export function cacheKey(req, routes) {
  const key = pageKey(req);
  const query = (req.url ?? '').slice(key?.length ?? 0);
  // `_rsc` asks for navigation data, not the page.
  if (key === undefined || /[?&]_rsc=/.test(query)) return undefined;
  return routes.has(decodeURI(key)) ? key : undefined;
}

/**
 * The key under which Next.js's answer to a request may be learned (an archive page, a 404): a
 * plain page request without a query string (an API's answer depends on it) outside /api and /_next.
 * @param {import('node:http').IncomingMessage} req
 */
export function learnKey(req) {
  const key = pageKey(req);
  if (key === undefined || (req.url ?? '').includes('?') || /^\/(api|_next)(\/|$)/.test(key)) return undefined;
  return key;
}

/**
 * The Cache-Control an answer goes out with, by status and type. No 404 or error is kept by a
 * shared cache; what Next.js marks as kept for a year (`s-maxage=31536000`: pages, feeds and
 * sitemaps until the next build) is fresh for minutes instead, so no CDN keeps it a year; images
 * (share cards) keep Next.js's policy, and anything else is passed on as it came.
 * @param {number} status
 * @param {string} type the answer's Content-Type
 * @param {string | undefined} upstream Next.js's Cache-Control
 */
export function cacheControlFor(status, type, upstream) {
  if (status === 404 || status === 410) return NOT_FOUND_CACHE_CONTROL;
  if (status >= 400) return 'no-store';
  if (status === 200 && upstream?.trim() === NEVER_REVALIDATED) {
    if (type.startsWith('text/html')) return HTML_CACHE_CONTROL;
    if (FEED_TYPES.test(type)) return FEED_CACHE_CONTROL;
  }
  return upstream;
}

/**
 * Whether Next.js answered with a prerendered 404 page (the same for every reader until the next
 * build), rather than a 404 rendered for this request.
 * @param {number} status
 * @param {import('node:http').IncomingHttpHeaders} headers
 */
export function isStaticNotFound(status, headers) {
  return status === 404 && !headers['set-cookie'] && String(headers['x-nextjs-cache'] ?? '') === 'HIT' && headers['x-nextjs-prerender'] !== undefined;
}

/**
 * Whether Next.js answered with a page it rendered once and keeps until the next build (an
 * archive story or a deep listing page, rendered on first request): served from Next.js's own
 * cache, and never revalidated. The first render says MISS, so a page is learned from its second
 * request on.
 * @param {number} status
 * @param {import('node:http').IncomingHttpHeaders} headers
 */
export function isKeptPage(status, headers) {
  return (
    String(headers['x-nextjs-cache'] ?? '') === 'HIT' &&
    headers['x-nextjs-prerender'] !== undefined &&
    String(headers['cache-control'] ?? '').trim() === NEVER_REVALIDATED &&
    isShareable(status, headers)
  );
}

/**
 * Whether Next.js's answer may be shared with every reader: a complete 200 that sets no cookie,
 * is not private, and varies on nothing but what cacheKey already rules out.
 * @param {number} status
 * @param {import('node:http').IncomingHttpHeaders} headers
 */
export function isShareable(status, headers) {
  if (status !== 200 || headers['set-cookie']) return false;
  if (/private|no-store/i.test(String(headers['cache-control'] ?? ''))) return false;
  const vary = String(headers.vary ?? '').split(',').map((v) => v.trim().toLowerCase()).filter(Boolean);
  return vary.every((v) => HANDLED_VARY.has(v));
}

/**
 * @typedef {{ status: number, headers: Record<string, string | string[]>, bodies: { identity: Buffer, gzip?: Buffer, br?: Buffer }, etag?: string, size: number }} Entry
 */

/**
 * Makes the stored form of an answer: headers without per-connection ones, Cache-Control for
 * HTML set by policy (HTML_CACHE_CONTROL, NOT_FOUND_CACHE_CONTROL), compressed bodies made once.
 * @param {number} status 200 or 404
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {Buffer} body
 * @returns {Promise<Entry>}
 */
export async function makeEntry(status, headers, body) {
  /** @type {Record<string, string | string[]>} */
  const kept = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_HEADERS.has(name)) kept[name] = value;
  }
  const type = String(headers['content-type'] ?? '');
  const cacheControl = cacheControlFor(status, type, typeof headers['cache-control'] === 'string' ? headers['cache-control'] : undefined);
  // A page the cache keeps is fresh for minutes whatever Next.js said.
  if (status === 200 && type.startsWith('text/html')) kept['cache-control'] = HTML_CACHE_CONTROL;
  else if (cacheControl) kept['cache-control'] = cacheControl;
  withSecurityHeaders(kept);
  /** @type {Entry['bodies']} */
  const bodies = { identity: body };
  if (COMPRESSIBLE.test(type) && body.length > 1024) {
    // A large body (a sitemap part of 50,000 URLs is 27 MB) is compressed with less effort: at
    // the highest levels its first reader waited 10 s for it, after every publish.
    const large = body.length > LARGE_BODY_BYTES;
    const [gz, br] = await Promise.all([
      gzip(body, { level: large ? 6 : 9 }),
      brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: large ? 5 : 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    ]);
    bodies.gzip = gz;
    bodies.br = br;
    const vary = String(kept.vary ?? '');
    if (!/accept-encoding/i.test(vary)) kept.vary = vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding';
  }
  const size = body.length + (bodies.gzip?.length ?? 0) + (bodies.br?.length ?? 0);
  return { status, headers: kept, bodies, etag: typeof headers.etag === 'string' ? headers.etag : undefined, size };
}

/** The opaque part of an entity tag, so W/"x" and "x" compare equal (weak comparison). */
const opaque = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, '');

/**
 * Answers a request from a stored entry: 304 when the reader's copy is current, else the body
 * in the best encoding the reader accepts.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {Entry} entry
 * @param {'HIT' | 'MISS'} [state] MISS when the entry was just made for this request
 */
export function sendEntry(req, res, entry, state = 'HIT') {
  const encoding = preferredEncoding(req.headers['accept-encoding']);
  const body = (encoding !== 'identity' && entry.bodies[encoding]) || entry.bodies.identity;
  const encoded = body !== entry.bodies.identity;
  const headers = withSecurityHeaders({ ...entry.headers, 'x-cache': state });
  // A compressed body is a different byte sequence: its tag is weak (as nginx does).
  if (entry.etag) headers.etag = encoded ? `W/${opaque(entry.etag)}` : entry.etag;
  const ifNoneMatch = req.headers['if-none-match'];
  if (entry.status === 200 && entry.etag && ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim() === '*' || opaque(t) === opaque(entry.etag ?? ''))) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  if (encoded) headers['content-encoding'] = encoding;
  headers['content-length'] = String(body.length);
  res.writeHead(entry.status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * A least-recently-used store of entries, bounded by the sum of their sizes.
 */
export class PageStore {
  /** @param {number} maxBytes */
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** @type {Map<string, Entry>} */
    this.entries = new Map();
  }

  /** @param {string} key */
  get(key) {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  clear() {
    this.entries.clear();
    this.bytes = 0;
  }

  /** @param {string} key @param {Entry} entry */
  set(key, entry) {
    if (entry.size > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) this.bytes -= old.size;
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.bytes += entry.size;
    for (const [oldest, value] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= value.size;
    }
  }
}

/**
 * The front server's request handler.
 * @param {{ upstream: { host: string, port: number }, routes: Set<string>, maxBytes: number, log?: (message: string) => void, headersTimeout?: number, bodyTimeout?: number }} options
 */
export function createPageCacheHandler({ upstream, routes, maxBytes, log = console.error, headersTimeout = HEADERS_TIMEOUT_MS, bodyTimeout = BODY_TIMEOUT_MS }) {
  // One pool of kept-alive connections to Next.js; undici never reuses one that failed.
  const pool = new Pool(`http://${upstream.host}:${upstream.port}`, { connections: 256, headersTimeout, bodyTimeout });
  const pages = new PageStore(maxBytes);
  /** 404 URLs, each pointing at the entry of the 404 page Next.js gave it (shared by ETag or content). */
  const notFound = new PageStore(MAX_NOT_FOUND_KEYS);
  /** @type {Map<string, Entry>} */
  const notFoundPages = new Map();
  /** @type {Map<string, Promise<Entry | undefined>>} */
  const filling = new Map();
  /** Bumped by purge(): an answer fetched before a purge is served once but never kept. */
  let epoch = 0;
  /** The content generation the cache was last purged for. */
  /** @type {number | undefined} */
  let purgedFor;
  /**
   * Image sources (`/images/…`, `/media/<story>/…`) and how Next.js answered for them, within the
   * current content generation. @type {Map<string, Promise<{ status: number, cacheControl?: string }>>}
   */
  const imageSources = new Map();

  /** Drops everything kept: the content changed (a publish made a new generation). */
  function purge() {
    epoch += 1;
    pages.clear();
    notFound.clear();
    notFoundPages.clear();
    filling.clear();
    imageSources.clear();
  }

  /**
   * How Next.js answers a HEAD for an image source now, asked once per source and generation.
   * @param {string} source
   */
  function sourceAnswer(source) {
    let pending = imageSources.get(source);
    if (pending) return pending;
    if (imageSources.size >= MAX_IMAGE_SOURCES) imageSources.clear();
    pending = (async () => {
      // As a path on the wire: what is not printable ASCII is percent-encoded, as URL parsing would.
      const path = source.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));
      const { statusCode, headers, body } = await pool.request({ method: 'HEAD', path, headers: { 'accept-encoding': 'identity' } });
      await body.dump();
      return { status: statusCode, cacheControl: typeof headers['cache-control'] === 'string' ? headers['cache-control'] : undefined };
    })();
    imageSources.set(source, pending);
    // A failed question is not remembered: the next request asks again.
    pending.catch(() => imageSources.get(source) === pending && imageSources.delete(source));
    return pending;
  }

  /**
   * An optimized image is answered only while its source is: Next.js's optimizer keeps what it
   * made for hours and serves its stale copy when the source has gone, so a taken-down story's
   * photo would stay reachable at `/_next/image?url=…`. Nor is it kept anywhere longer than its
   * source may be (a story photo: seconds; docs/adr/0003-story-photos.md).
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string} source
   */
  async function relayImage(req, res, source) {
    let answer;
    try {
      answer = await sourceAnswer(source);
    } catch {
      // Next.js did not answer the question (or the source cannot be written as a path): its own
      // answer to the request decides, whatever it is.
      return relay(req, res, undefined);
    }
    if (res.destroyed || res.writableEnded) return;
    if (answer.status !== 200) return sendRefusal(res, { status: 404, message: 'Not found.' });
    return relay(req, res, undefined, answer.cacheControl);
  }

  /**
   * Relays a request to Next.js and its answer back, streaming both ways; cancelled when the
   * reader leaves. When the answer is a page Next.js keeps until the next build, or its
   * prerendered 404, the URL is remembered.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string | undefined} learnAs
   * @param {string} [sourceCacheControl] an optimized image's source's: the answer is kept no longer
   */
  async function relay(req, res, learnAs, sourceCacheControl) {
    // The reader left while a fill was tried, or before Next.js was ready: nothing to ask for.
    if (res.destroyed || res.writableEnded) return;
    const controller = new AbortController();
    const cancel = () => controller.abort();
    res.once('close', cancel);
    const bodiless = req.method === 'GET' || req.method === 'HEAD';
    /** @type {import('undici').Dispatcher.ResponseData | undefined} */
    let answer;
    for (let attempt = 0; !answer; attempt++) {
      try {
        answer = await pool.request({
          method: /** @type {import('undici').Dispatcher.HttpMethod} */ (req.method ?? 'GET'),
          path: req.url ?? '/',
          headers: upstreamHeaders(req),
          body: bodiless ? null : req,
          signal: controller.signal,
        });
      } catch (error) {
        if (controller.signal.aborted) return;
        // A kept-alive connection Next.js closed just as it was reused: a GET can safely go again.
        if (bodiless && attempt === 0 && isStaleConnection(/** @type {Error} */ (error))) continue;
        return unavailable(res, /** @type {Error} */ (error));
      }
    }
    const { statusCode: status, headers, body } = answer;
    // A CMS or git hook published through the door: what the cache holds may be out of date.
    if (req.method === 'POST' && pathOf(req.url ?? '') === '/api/publish' && status === 200) purge();
    if (learnAs && isStaticNotFound(status, headers)) void learnNotFound(learnAs);
    else if (learnAs && isKeptPage(status, headers)) void learnPage(learnAs);
    try {
      res.writeHead(status, relayedHeaders(headers, status, sourceCacheControl));
      await pipeline(body, res);
    } catch (error) {
      // Next.js failed mid-body, or the reader left: the reader's answer ends here, unfinished.
      if (!controller.signal.aborted) log(`page cache: ${req.method} ${req.url} ended early: ${error instanceof Error ? error.message : error}`);
      body.destroy();
      res.destroy();
    } finally {
      res.off('close', cancel);
    }
  }

  /**
   * Asks Next.js once for a URL's answer, uncompressed and without the reader's headers or cookies.
   * @param {string} url
   * @param {number} [attempt]
   * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: Buffer }>}
   */
  async function fetchOnce(url, attempt = 0) {
    try {
      // Nothing from the reader's request: the stored answer must be the one every reader gets.
      const { statusCode, headers, body } = await pool.request({ method: 'GET', path: url, headers: { 'accept-encoding': 'identity' } });
      return { status: statusCode, headers, body: Buffer.from(await body.arrayBuffer()) };
    } catch (error) {
      if (attempt === 0 && isStaleConnection(/** @type {Error} */ (error))) return fetchOnce(url, 1);
      throw error;
    }
  }

  /**
   * Fills one key once, however many readers ask at the same moment.
   * @param {string} key @param {() => Promise<Entry | undefined>} make
   */
  function once(key, make) {
    const pending = filling.get(key);
    if (pending) return pending;
    const promise = make().finally(() => filling.delete(key));
    filling.set(key, promise);
    return promise;
  }

  /**
   * Fetches a page (its key, never the reader's spelling or query) once and keeps it if `keep`
   * accepts Next.js's answer.
   * @param {string} key
   * @param {(status: number, headers: import('node:http').IncomingHttpHeaders) => boolean} keep
   */
  function storePage(key, keep) {
    const at = epoch;
    return once(key, async () => {
      const answer = await fetchOnce(key);
      // A page Next.js serves stale while it renders it again is not the current content.
      if (!keep(answer.status, answer.headers) || String(answer.headers['x-nextjs-cache'] ?? '') === 'STALE') return undefined;
      const entry = await makeEntry(200, answer.headers, answer.body);
      if (at === epoch) pages.set(key, entry);
      return entry;
    });
  }

  /** A page Next.js has just answered from the copy it keeps. @param {string} key */
  function learnPage(key) {
    return storePage(key, isKeptPage).catch((error) => log(`page cache: could not keep ${key}: ${error instanceof Error ? error.message : error}`));
  }

  /** @param {string} key */
  function learnNotFound(key) {
    const at = epoch;
    return once(`404 ${key}`, async () => {
      const answer = await fetchOnce(key);
      if (!isStaticNotFound(answer.status, answer.headers)) return undefined;
      // One stored copy per distinct 404 page: by its ETag, or by its bytes when it has none.
      const tag = String(answer.headers.etag ?? '') || createHash('sha256').update(answer.body).digest('base64');
      let entry = notFoundPages.get(tag);
      if (!entry) {
        if (notFoundPages.size >= MAX_NOT_FOUND_PAGES) return undefined;
        entry = await makeEntry(404, answer.headers, answer.body);
        notFoundPages.set(tag, entry);
      }
      // Counted in URLs, not bytes: the page itself is shared.
      if (at === epoch) notFound.set(key, { ...entry, size: 1 });
      return entry;
    }).catch((error) => log(`page cache: could not keep the 404 for ${key}: ${error instanceof Error ? error.message : error}`));
  }

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  function handle(req, res) {
    const refused = refusal(req);
    if (refused) return sendRefusal(res, refused);
    const source = imageSourceOf(req.url ?? '/');
    if (source !== undefined) return void relayImage(req, res, source);
    const key = cacheKey(req, routes);
    if (key === undefined) {
      const learnable = learnKey(req);
      const known = learnable === undefined ? undefined : (pages.get(learnable) ?? notFound.get(learnable));
      return known ? sendEntry(req, res, known) : void relay(req, res, learnable);
    }
    const entry = pages.get(key);
    if (entry) return sendEntry(req, res, entry);
    // PAGE_CACHE_MB=0: nothing is kept, so nothing is filled (and compressed) for nothing.
    if (maxBytes === 0) return void relay(req, res, undefined);
    storePage(key, isShareable).then(
      // Not an answer to keep (a cookie, a revalidated page): the reader gets Next.js's own.
      (filled) => (filled ? sendEntry(req, res, filled, 'MISS') : relay(req, res, undefined)),
      // Next.js did not answer the fill: asking again would only make the reader wait twice.
      (error) => {
        log(`page cache: could not fill ${key}: ${error instanceof Error ? error.message : error}`);
        if (!res.destroyed && !res.writableEnded) unavailable(res, error);
      },
    );
  }

  /** @param {import('node:http').ServerResponse} res @param {Error & { code?: string }} error */
  function unavailable(res, error) {
    log(`page cache: Next.js did not answer: ${error.message}`);
    if (res.headersSent) return res.destroy();
    const timedOut = error.code === 'UND_ERR_HEADERS_TIMEOUT';
    sendRefusal(res, { status: timedOut ? 504 : 502, message: 'Service temporarily unavailable.' });
  }

  /**
   * Asks Next.js to publish (POST /api/publish with the front server's own secret) and drops
   * everything kept when that made a new content generation, or when asked to settle (a page
   * rendered from the previous generation may have been kept meanwhile).
   * @param {string} secret
   * @param {{ stories?: string[], settle?: boolean }} [request] see scripts/content-watch.mjs
   */
  async function publish(secret, request = {}) {
    const payload = JSON.stringify(request);
    const { statusCode, headers, body } = await pool.request({
      method: 'POST',
      path: '/api/publish',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) },
      body: payload,
      // A rescan of a whole archive takes longer than a page may (over 30 s at 200,000 stories on a busy start).
      headersTimeout: PUBLISH_TIMEOUT_MS,
      bodyTimeout: PUBLISH_TIMEOUT_MS,
    });
    const text = await body.text();
    if (statusCode === 503 && headers['retry-after']) {
      // The first content index is being built: the publisher is asked to come back.
      const error = /** @type {Error & { retryAfterMs?: number }} */ (new Error(`POST /api/publish answered 503: ${text.slice(0, 200)}`));
      error.retryAfterMs = (Number(headers['retry-after']) || 5) * 1000;
      throw error;
    }
    if (statusCode !== 200) throw new Error(`POST /api/publish answered ${statusCode}: ${text.slice(0, 200)}`);
    const report = JSON.parse(text);
    // Whenever the generation differs from the one purged for last: also the first publish after
    // a start, and a change another process committed to the same index.
    if (report.generation?.n !== purgedFor || request.settle) {
      purge();
      purgedFor = report.generation?.n;
    }
    return report;
  }

  return Object.assign(handle, {
    /** Closes the connections to Next.js (after the server has stopped). */
    close: () => pool.close(),
    purge,
    publish,
  });
}

/**
 * Whether a request failed because its reused connection was closed by the other side before
 * any answer (the keep-alive race), rather than because Next.js is down.
 * @param {Error & { code?: string }} error
 */
export function isStaleConnection(error) {
  return error.code === 'ECONNRESET' || error.code === 'EPIPE' || error.code === 'UND_ERR_SOCKET';
}

/**
 * Next.js's answer headers for the reader: without per-connection headers, with Cache-Control
 * by the site's policy (cacheControlFor) and the security headers on every answer, redirects,
 * 304s and errors included (Next.js's config does not reach its own redirects).
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {number} [status]
 * @param {string} [limit] a Cache-Control the answer may not outlive (an optimized image's source's)
 * @returns {import('node:http').OutgoingHttpHeaders}
 */
export function relayedHeaders(headers, status = 200, limit = undefined) {
  /** @type {Record<string, string | string[]>} */
  const kept = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !RESPONSE_HOP_HEADERS.has(name)) kept[name] = value;
  }
  const upstream = typeof headers['cache-control'] === 'string' ? headers['cache-control'] : undefined;
  const cacheControl = cacheControlFor(status, String(headers['content-type'] ?? ''), upstream);
  if (cacheControl) kept['cache-control'] = cacheControl;
  if (limit !== undefined && (status === 200 || status === 304) && sharedLifetime(limit) < sharedLifetime(cacheControl)) kept['cache-control'] = limit;
  return withSecurityHeaders(kept);
}
