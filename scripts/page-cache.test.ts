import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { isCanonicalPath, SECURITY_HEADERS } from './front-door.mjs';
import { createPageCacheHandler, FEED_CACHE_CONTROL, HTML_CACHE_CONTROL, imageSourceOf, NOT_FOUND_CACHE_CONTROL, PageStore, preferredEncoding, sharedLifetime, staticRoutes } from './page-cache.mjs';

const PAGE = `<!doctype html><html><body>${'<p>Kim boards the train to Khabarovsk.</p>'.repeat(100)}</body></html>`;
const NEXT_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'self'",
  vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding',
  'cache-control': 's-maxage=31536000',
  'x-nextjs-cache': 'HIT',
  'x-nextjs-prerender': '1',
  etag: '"page-1"',
};

/** A stand-in for the Next.js server: counts requests per URL and answers like Next.js does. */
const calls: string[] = [];
/** Methods whose first request to /en/flaky-connection had its connection reset. */
const resetOnce = new Set<string>();
let archiveRendered = false;
/** The headers of the last request Next.js got, and requests it saw end before it answered. */
let lastHeaders: http.IncomingHttpHeaders = {};
const abandoned: string[] = [];
/** Every request Next.js got, with its method. */
const requests: string[] = [];
/** Whether the story of the photo below is public. */
let storyPublic = true;
const STORY_PHOTO = '/media/festival/0123456789abcdef/photo.jpg';
const upstream = http.createServer((req, res) => {
  calls.push(`${req.url} ${req.headers.rsc ?? ''}`);
  requests.push(`${req.method} ${req.url}`);
  lastHeaders = req.headers;
  const path = req.url!.split('?')[0];
  // A story photo, served while its story is public (app/media), and a photo in public/.
  if (path === STORY_PHOTO) return storyPublic ? res.writeHead(200, { 'content-type': 'image/jpeg', 'cache-control': 'public, max-age=60, s-maxage=10' }).end('jpeg') : res.writeHead(404).end();
  if (path === '/images/train.jpg') return res.writeHead(200, { 'content-type': 'image/jpeg', 'cache-control': 'public, max-age=86400, stale-while-revalidate=604800' }).end('jpeg');
  // The optimizer as it is after a takedown: its cache still holds every photo it ever made.
  if (path === '/_next/image') {
    const sources = new URL(req.url!, 'http://n').searchParams.getAll('url');
    if (sources.length !== 1) return res.writeHead(400, { 'content-type': 'text/plain' }).end('"url" parameter cannot be an array');
    return res.writeHead(200, { 'content-type': 'image/webp', 'cache-control': 'public, max-age=14400, must-revalidate', etag: '"optimized"' }).end('webp');
  }
  // Next.js never answers an upgrade it does not serve; nor these two, to test timeouts and leaving readers.
  if (req.headers.upgrade || path === '/en/slow' || path === '/en/hang') {
    res.on('close', () => abandoned.push(path!));
    return;
  }
  if (path === '/en/broken-body') {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': '1000' });
    res.write('<p>The first ');
    return setTimeout(() => req.socket.destroy(), 20);
  }
  if (path === '/en/') return res.writeHead(308, { location: '/en' }).end('/en');
  if (path === '/en/crash') return res.writeHead(500, { 'content-type': 'text/html', 'cache-control': 's-maxage=31536000' }).end('<p>Internal error</p>');
  if (path === '/en/feed.xml') return res.writeHead(200, { 'content-type': 'application/rss+xml', 'cache-control': 's-maxage=31536000' }).end('<rss/>');
  if (path === '/en/card.png') return res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 's-maxage=31536000' }).end('png');
  if (path === '/en/preview') return res.writeHead(404, { 'content-type': 'text/html', 'cache-control': 's-maxage=31536000' }).end('<p>Not found</p>');
  if (path === '/en/no-etag-404') {
    const withoutTag: Record<string, string> = { ...NEXT_HEADERS, 'cache-control': 'private, no-store' };
    delete withoutTag.etag;
    return res.writeHead(404, withoutTag).end('<p>Missing</p>');
  }
  if (req.headers.rsc) return res.writeHead(200, { 'content-type': 'text/x-component' }).end('0:rsc');
  if (req.headers.cookie?.includes('__prerender_bypass')) return res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'private, no-store' }).end('<p>DRAFT</p>');
  if (path === '/en/article/kim' || path === '/ko/tag/%EC%A6%9D%EC%8B%9C') return res.writeHead(200, NEXT_HEADERS).end(PAGE);
  if (path === '/api/flaky-connection' && !resetOnce.has(req.method!)) {
    resetOnce.add(req.method!);
    return req.socket.destroy();
  }
  if (path === '/api/flaky-connection') return res.writeHead(200, { 'content-type': 'text/plain' }).end('second try');
  if (path === '/en/revalidated') return res.writeHead(200, { ...NEXT_HEADERS, 'cache-control': 's-maxage=3600, stale-while-revalidate=31532400' }).end(PAGE);
  // An archive story: rendered on its first request (MISS), then kept by Next.js (HIT).
  if (path === '/en/article/old') {
    const kept = archiveRendered;
    archiveRendered = true;
    return res.writeHead(200, { ...NEXT_HEADERS, 'x-nextjs-cache': kept ? 'HIT' : 'MISS' }).end(PAGE);
  }
  if (path === '/en/with-cookie') return res.writeHead(200, { ...NEXT_HEADERS, 'set-cookie': 'a=1' }).end(PAGE);
  if (path === '/en/search') return res.writeHead(404, { 'content-type': 'text/html', 'cache-control': 'private, no-store' }).end('<p>Rendered 404</p>');
  res.writeHead(404, { ...NEXT_HEADERS, 'cache-control': 'private, no-cache, no-store', etag: '"not-found"' }).end(`<p>Page not found</p>${' '.repeat(2000)}`);
});

let front: http.Server;
let handler: ReturnType<typeof createPageCacheHandler>;
let base = '';
const logged: string[] = [];

beforeAll(async () => {
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  const routes = staticRoutes({
    routes: {
      '/en/article/kim': { initialRevalidateSeconds: false },
      '/ko/tag/증시': { initialRevalidateSeconds: false },
      '/en/with-cookie': { initialRevalidateSeconds: false },
      '/en/revalidated': { initialRevalidateSeconds: 3600 },
      '/_not-found': { initialRevalidateSeconds: false, initialStatus: 404 },
    },
  });
  handler = createPageCacheHandler({
    upstream: { host: '127.0.0.1', port: (upstream.address() as AddressInfo).port },
    routes,
    maxBytes: 10 * 1024 * 1024,
    log: (m: string) => logged.push(m),
    headersTimeout: 300,
  });
  front = http.createServer(handler);
  await new Promise<void>((r) => front.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => front.close(r));
  await new Promise((r) => upstream.close(r));
});

beforeEach(() => {
  calls.length = 0;
  requests.length = 0;
  abandoned.length = 0;
});

/** Sends raw bytes on a new connection and returns everything the front server sent back. */
function raw(bytes: string) {
  return new Promise<string>((resolve, reject) => {
    const socket = net.connect(Number(new URL(base).port), '127.0.0.1', () => socket.write(bytes));
    let received = '';
    socket.on('data', (d) => (received += d));
    socket.on('end', () => resolve(received));
    socket.on('error', reject);
    setTimeout(() => (socket.destroy(), resolve(received)), 1500);
  });
}

/** Every security header is there: the site's own, or the one Next.js sent with the page. */
const expectSecurityHeaders = (headers: http.IncomingHttpHeaders) => {
  for (const name of Object.keys(SECURITY_HEADERS)) expect(headers[name], name).toBeTruthy();
};

/** A raw GET (fetch would decompress and hide the encoding). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the page cache in front of Next.js', () => {
  it('asks Next.js once for a prerendered page, then answers from memory with its headers', async () => {
    const first = await get('/en/article/kim?utm_source=feed');
    const second = await get('/en/article/kim');
    expect(first.headers['x-cache']).toBe('MISS');
    expect(second.headers['x-cache']).toBe('HIT');
    expect(second.body.toString()).toBe(PAGE);
    expect(second.headers['content-security-policy']).toBe("default-src 'self'");
    expect(second.headers['cache-control']).toBe(HTML_CACHE_CONTROL);
    // The fill asks for the page itself, not the first reader's spelling of it.
    expect(calls).toEqual(['/en/article/kim ']);
  });

  it('answers in Brotli or gzip as the reader accepts, with a weak ETag for the compressed bytes', async () => {
    const br = await get('/en/article/kim', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(PAGE);
    expect(br.headers.etag).toBe('W/"page-1"');
    const gz = await get('/en/article/kim', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).toString()).toBe(PAGE);
    expect(Number(gz.headers['content-length'])).toBe(gz.body.length);
    expect(gz.headers.vary).toMatch(/Accept-Encoding/);
  });

  it('answers 304 to a reader whose copy is current, and HEAD without a body', async () => {
    expect((await get('/en/article/kim', { 'if-none-match': 'W/"page-1"' })).status).toBe(304);
    expect((await get('/en/article/kim', { 'if-none-match': '"page-0"' })).status).toBe(200);
    const head = await get('/en/article/kim', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('finds a Korean path however it is percent-encoded', async () => {
    await get('/ko/tag/%EC%A6%9D%EC%8B%9C');
    expect((await get('/ko/tag/%EC%A6%9D%EC%8B%9C')).headers['x-cache']).toBe('HIT');
  });

  it('sends navigation data, Draft Mode and RSC query requests to Next.js every time', async () => {
    await get('/en/article/kim');
    const rsc = await get('/en/article/kim', { rsc: '1' });
    expect(rsc.body.toString()).toBe('0:rsc');
    const draft = await get('/en/article/kim', { cookie: 'theme=dark; __prerender_bypass=abc' });
    expect(draft.body.toString()).toBe('<p>DRAFT</p>');
    expect(draft.headers['x-cache']).toBeUndefined();
    await get('/en/article/kim?_rsc=1x2y');
    expect(calls).toEqual(['/en/article/kim 1', '/en/article/kim ', '/en/article/kim?_rsc=1x2y ']);
  });

  it('never stores an answer that sets a cookie, nor a page Next.js revalidates', async () => {
    await get('/en/with-cookie');
    const again = await get('/en/with-cookie');
    expect(again.headers['set-cookie']).toEqual(['a=1']);
    expect(again.headers['x-cache']).toBeUndefined();
    for (let i = 0; i < 3; i++) await get('/en/revalidated');
    expect(calls.filter((c) => c.startsWith('/en/revalidated'))).toHaveLength(3);
  });

  it('keeps an archive page once Next.js keeps it, and answers it from memory from then on', async () => {
    const first = await get('/en/article/old');
    expect(first.headers['x-nextjs-cache']).toBe('MISS');
    // Relayed answers carry the site's HTML policy too, never Next.js's year for CDNs.
    expect(first.headers['cache-control']).toBe(HTML_CACHE_CONTROL);
    const second = await get('/en/article/old');
    expect(second.headers['x-nextjs-cache']).toBe('HIT');
    // The page is kept after the second answer: from then on it comes from memory.
    await vi.waitFor(async () => expect((await get('/en/article/old', { 'accept-encoding': 'br' }, 'HEAD')).headers['x-cache']).toBe('HIT'));
    const third = await get('/en/article/old', { 'accept-encoding': 'br' });
    expect(third.headers['x-cache']).toBe('HIT');
    expect(third.headers['cache-control']).toBe(HTML_CACHE_CONTROL);
    expect(zlib.brotliDecompressSync(third.body).toString()).toBe(PAGE);
    const asked = calls.filter((c) => c.startsWith('/en/article/old')).length;
    await get('/en/article/old');
    expect(calls.filter((c) => c.startsWith('/en/article/old'))).toHaveLength(asked);
    // A query string is another answer for all the cache knows: Next.js answers it.
    await get('/en/article/old?page=2');
    expect(calls.filter((c) => c.startsWith('/en/article/old'))).toHaveLength(asked + 1);
  });

  it('remembers a URL Next.js answered with its prerendered 404 page, and keeps it out of caches', async () => {
    await get('/en/article/no-such-story');
    // The page is kept after the first answer.
    await vi.waitFor(async () => expect((await get('/en/article/no-such-story', {}, 'HEAD')).headers['x-cache']).toBe('HIT'));
    const again = await get('/en/article/no-such-story', { 'accept-encoding': 'gzip', 'if-none-match': '"not-found"' });
    expect(again.status).toBe(404);
    expect(again.headers['x-cache']).toBe('HIT');
    expect(zlib.gunzipSync(again.body).toString()).toContain('Page not found');
    expect(again.headers['cache-control']).toBe('private, no-cache, no-store, max-age=0, must-revalidate');
  });

  it('does not remember a 404 rendered for one request, with a query string, or from an API', async () => {
    for (const path of ['/en/search', '/en/nothing?q=x', '/api/draft']) {
      await get(path);
      await new Promise((r) => setTimeout(r, 50));
      const again = await get(path);
      expect(again.status, path).toBe(404);
      expect(again.headers['x-cache'], path).toBeUndefined();
    }
  });

  it('asks again once when a kept-alive connection was reset before any answer, for a GET only', async () => {
    const again = await get('/api/flaky-connection');
    expect(again.status).toBe(200);
    expect(again.body.toString()).toBe('second try');
    const post = await get('/api/flaky-connection', {}, 'POST');
    expect(post.status).toBe(502);
  });

  it('answers 502 with a plain message, no details, when Next.js is down', async () => {
    const handler = createPageCacheHandler({ upstream: { host: '127.0.0.1', port: 1 }, routes: new Set(), maxBytes: 1, log: (m: string) => logged.push(m) });
    const down = http.createServer(handler);
    await new Promise<void>((r) => down.listen(0, '127.0.0.1', r));
    const res = await fetch(`http://127.0.0.1:${(down.address() as AddressInfo).port}/en`);
    expect(res.status).toBe(502);
    expect(await res.text()).toBe('Service temporarily unavailable.\n');
    expect(logged.at(-1)).toMatch(/ECONNREFUSED/);
    await new Promise((r) => down.close(r));
  });
});

describe('the front door', () => {
  it('refuses a GET with a body, closes that connection, and never lets the body reach Next.js', async () => {
    const answer = await raw('GET /en/article/kim HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n\r\nXGET /en/article/kim HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toMatch(/\r\nconnection: close\r\n/i);
    // The pipelined request after the body is never read as a request.
    expect(answer.match(/HTTP\/1\.1 /g)).toHaveLength(1);
    expect(calls).toEqual([]);
    expect((await get('/en/article/kim')).status).toBe(200);
  });

  it('answers methods it does not serve with 405 and Allow, and OPTIONS with 204', async () => {
    for (const method of ['TRACE', 'PUT', 'DELETE', 'PATCH', 'POST']) {
      const res = await get('/en/article/kim', {}, method);
      expect(res.status, method).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD, OPTIONS');
      expectSecurityHeaders(res.headers);
    }
    expect((await get('/api/draft', {}, 'TRACE')).headers.allow).toBe('GET, HEAD, POST, OPTIONS');
    const options = await get('/en', {}, 'OPTIONS');
    expect(options.status).toBe(204);
    expect(options.headers.allow).toBe('GET, HEAD, OPTIONS');
    expect(calls).toEqual([]);
  });

  it('answers a path that does not decode to UTF-8 with 400, before Next.js', async () => {
    for (const path of ['/%ff', '/en/tag/%ff', '/%C0%AF', '/ko/tag/%ED%A0%80']) {
      const res = await get(path);
      expect(res.status, path).toBe(400);
      expect(res.body.toString()).toBe('Bad request: the path is not valid percent-encoded UTF-8.\n');
      expectSecurityHeaders(res.headers);
    }
    expect(calls).toEqual([]);
  });

  it('gives another spelling of a cached page the answer Next.js gives it, cached or not', async () => {
    await get('/en/article/kim');
    expect((await get('/en/article/kim')).headers['x-cache']).toBe('HIT');
    for (const path of ['/en/article/%6Bim', '/en%2Farticle%2Fkim', '/%65n/article/kim']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers['x-cache'], path).toBeUndefined();
    }
  });

  it('ignores an upgrade: the request is answered, and no connection to Next.js waits for one', async () => {
    const res = await get('/en/article/kim', { connection: 'Upgrade', upgrade: 'websocket' });
    expect(res.status).toBe(200);
    const relayed = await get('/en/search?q=x', { connection: 'keep-alive, Upgrade', upgrade: 'websocket' });
    expect(relayed.status).toBe(404);
    expect(lastHeaders.upgrade).toBeUndefined();
    expect(lastHeaders.connection).not.toMatch(/upgrade/i);
  });

  it('passes no forwarding or Next.js-internal header from the reader, and names the reader by its socket', async () => {
    await get('/en/search?q=x', {
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'gopher',
      forwarded: 'host=evil.example',
      'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy',
      'x-invoke-path': '/api/draft',
      'x-nextjs-data': '1',
      'x-forwarded-for': '6.6.6.6',
      'x-secret': 'dropped',
      connection: 'x-secret',
    });
    for (const name of ['x-forwarded-host', 'x-forwarded-proto', 'forwarded', 'x-middleware-subrequest', 'x-invoke-path', 'x-nextjs-data', 'x-secret']) {
      expect(lastHeaders[name], name).toBeUndefined();
    }
    expect(lastHeaders['x-forwarded-for']).toBe('127.0.0.1');
  });

  it('answers 504 when Next.js does not answer in time, and cancels what the reader left', async () => {
    const slow = await get('/en/slow');
    expect(slow.status).toBe(504);
    // The door's own answers carry exactly the site's headers.
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(slow.headers[name], name).toBe(value);
    const left = http.get(`${base}/en/hang`);
    left.on('error', () => undefined);
    await vi.waitFor(() => expect(calls).toContain('/en/hang '));
    left.destroy();
    await vi.waitFor(() => expect(abandoned).toContain('/en/hang'));
  });

  it('answers 504 once when a prerendered page cannot be filled in time, asking Next.js once', async () => {
    const slowRoutes = staticRoutes({ routes: { '/en/slow': { initialRevalidateSeconds: false } } });
    const handler = createPageCacheHandler({ upstream: { host: '127.0.0.1', port: (upstream.address() as AddressInfo).port }, routes: slowRoutes, maxBytes: 1024 * 1024, log: () => undefined, headersTimeout: 300 });
    const server = http.createServer(handler);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/en/slow`);
    expect(res.status).toBe(504);
    expect(calls.filter((c) => c.startsWith('/en/slow'))).toHaveLength(1);
    await new Promise((r) => server.close(r));
    await handler.close();
  });

  it('ends the reader\'s answer when Next.js fails in the middle of the body, instead of hanging', async () => {
    await expect(get('/en/broken-body')).rejects.toThrow(/aborted|socket hang up|ECONNRESET/);
  });

  it('puts the security headers on every answer, Next.js\'s redirects and errors included', async () => {
    const redirect = await get('/en/');
    expect(redirect.status).toBe(308);
    expectSecurityHeaders(redirect.headers);
    const crash = await get('/en/crash');
    expect(crash.status).toBe(500);
    expectSecurityHeaders(crash.headers);
    expect(crash.headers['cache-control']).toBe('no-store');
    await get('/en/article/kim');
    const notModified = await get('/en/article/kim', { 'if-none-match': '"page-1"' });
    expect(notModified.status).toBe(304);
    expectSecurityHeaders(notModified.headers);
  });

  it('keeps no 404 in shared caches, feeds fresh for minutes, share cards as Next.js says', async () => {
    expect((await get('/en/preview')).headers['cache-control']).toBe(NOT_FOUND_CACHE_CONTROL);
    expect((await get('/en/feed.xml')).headers['cache-control']).toBe(FEED_CACHE_CONTROL);
    expect((await get('/en/card.png')).headers['cache-control']).toBe('s-maxage=31536000');
  });

  it('keeps a prerendered 404 page without an ETag once, shared by every URL that gets it', async () => {
    await get('/en/no-etag-404');
    await vi.waitFor(async () => expect((await get('/en/no-etag-404', {}, 'HEAD')).headers['x-cache']).toBe('HIT'));
  });
});

describe('isCanonicalPath', () => {
  it('accepts a path as browsers write it, Korean included', () => {
    for (const path of ['/en/article/kim', '/ko/tag/%EC%A6%9D%EC%8B%9C/page/2', '/en/section/north-korea']) expect(isCanonicalPath(path), path).toBe(true);
  });

  it('refuses other spellings of the same page, which would each take a copy in the cache', () => {
    for (const path of ['/en/article/kim#1', '/en//article/kim', '/en/./article/kim', '/en/x/../article/kim', '/ko/tag/%ec%a6%9d%ec%8b%9c', '/en/article/%6Bim', '/en/%E0%A4%A', 'en/article/kim']) {
      expect(isCanonicalPath(path), path).toBe(false);
    }
  });
});

describe('preferredEncoding', () => {
  it.each([
    [undefined, 'identity'],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['identity', 'identity'],
    ['GZIP', 'gzip'],
  ])('%s -> %s', (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });
});

describe('PageStore', () => {
  const entry = (size: number) => ({ status: 200, headers: {}, bodies: { identity: Buffer.alloc(0) }, size });

  it('drops the least recently used entries past its size', () => {
    const store = new PageStore(10);
    store.set('a', entry(4));
    store.set('b', entry(4));
    store.get('a');
    store.set('c', entry(4));
    expect(store.get('b')).toBeUndefined();
    expect(store.get('a')).toBeDefined();
    expect(store.get('c')).toBeDefined();
    store.set('huge', entry(11));
    expect(store.get('huge')).toBeUndefined();
  });
});

// Last: purging the cache here would make the tests above fill pages they expect kept.
describe('optimized images (/_next/image)', () => {
  const optimized = (source: string) => `/_next/image?url=${encodeURIComponent(source)}&w=640&q=75`;

  it('are answered while their source is, asked once per source until the content changes, and kept no longer than it', async () => {
    storyPublic = true;
    handler.purge();
    const first = await get(optimized(STORY_PHOTO), { accept: 'image/webp' });
    expect(first.status).toBe(200);
    expect(first.body.toString()).toBe('webp');
    // The source's few seconds for shared caches, not the optimizer's hours.
    expect(first.headers['cache-control']).toBe('public, max-age=60, s-maxage=10');
    await get(optimized(STORY_PHOTO).replace('w=640', 'w=1080'));
    expect(requests.filter((r) => r.startsWith('HEAD'))).toEqual([`HEAD ${STORY_PHOTO}`]);
    // A photo in public/ may be kept longer than the optimizer says: the optimizer's policy stands.
    expect((await get(optimized('/images/train.jpg'))).headers['cache-control']).toBe('public, max-age=14400, must-revalidate');
  });

  it('are a 404 once their story is taken down, however the request is spelled, without asking the optimizer', async () => {
    storyPublic = true;
    handler.purge();
    expect((await get(optimized(STORY_PHOTO))).status).toBe(200);
    storyPublic = false;
    // A publish that makes a new content generation purges; the source is then asked again.
    handler.purge();
    requests.length = 0;
    const spellings = [
      optimized(STORY_PHOTO),
      `/_next/image?w=640&q=75&url=${STORY_PHOTO}`,
      `//_next/image?url=${encodeURIComponent(STORY_PHOTO)}&w=640&q=75`,
      `/_next/image/?url=${encodeURIComponent(STORY_PHOTO)}&w=640&q=75`,
      `/_next/./image?url=${encodeURIComponent(STORY_PHOTO)}&w=640&q=75`,
      `/_next/%69mage?url=${encodeURIComponent(STORY_PHOTO)}&w=640&q=75`,
    ];
    for (const url of spellings) {
      const answer = await get(url);
      expect(answer.status, url).toBe(404);
      expect(answer.headers['cache-control'], url).toBe('no-store');
      expect(answer.body.toString(), url).not.toContain('webp');
    }
    expect(requests.filter((r) => r.includes('/_next/image'))).toEqual([]);
    storyPublic = true;
  });

  it('leave a request Next.js refuses (no url, two, or another site\'s) to Next.js', async () => {
    expect((await get(`/_next/image?url=${STORY_PHOTO}&url=/images/train.jpg&w=640&q=75`)).status).toBe(400);
    expect(imageSourceOf('/_next/image?w=640&q=75')).toBeUndefined();
    expect(imageSourceOf('/_next/image?url=https%3A%2F%2Fexample.com%2Fa.jpg&w=640&q=75')).toBeUndefined();
    expect(imageSourceOf('/_next/image?url=%2F%2Fexample.com%2Fa.jpg&w=640&q=75')).toBeUndefined();
    expect(imageSourceOf('/en/article/kim?url=/media/x.jpg')).toBeUndefined();
  });

  it('read a Cache-Control as the optimizer does: s-maxage first, nothing kept when private or no-store', () => {
    expect(sharedLifetime('public, max-age=60, s-maxage=10')).toBe(10);
    expect(sharedLifetime('public, max-age=14400, must-revalidate')).toBe(14400);
    expect(sharedLifetime('private, no-store')).toBe(0);
    expect(sharedLifetime(undefined)).toBe(Number.POSITIVE_INFINITY);
  });
});
