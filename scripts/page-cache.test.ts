import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageCacheHandler, HTML_CACHE_CONTROL, isCanonicalPath, PageStore, preferredEncoding, staticRoutes } from './page-cache.mjs';

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
const upstream = http.createServer((req, res) => {
  calls.push(`${req.url} ${req.headers.rsc ?? ''}`);
  const path = req.url!.split('?')[0];
  if (req.headers.rsc) return res.writeHead(200, { 'content-type': 'text/x-component' }).end('0:rsc');
  if (req.headers.cookie?.includes('__prerender_bypass')) return res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'private, no-store' }).end('<p>DRAFT</p>');
  if (path === '/en/article/kim' || path === '/ko/tag/%EC%A6%9D%EC%8B%9C') return res.writeHead(200, NEXT_HEADERS).end(PAGE);
  if (path === '/en/flaky-connection' && !resetOnce.has(req.method!)) {
    resetOnce.add(req.method!);
    return req.socket.destroy();
  }
  if (path === '/en/flaky-connection') return res.writeHead(200, { 'content-type': 'text/plain' }).end('second try');
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
  const handler = createPageCacheHandler({
    upstream: { host: '127.0.0.1', port: (upstream.address() as AddressInfo).port },
    routes,
    maxBytes: 10 * 1024 * 1024,
    log: (m: string) => logged.push(m),
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
});

/** A raw GET (fetch would decompress and hide the encoding). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
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
    expect(calls).toEqual(['/en/article/kim?utm_source=feed ']);
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
    const again = await get('/en/flaky-connection');
    expect(again.status).toBe(200);
    expect(again.body.toString()).toBe('second try');
    const post = await get('/en/flaky-connection', {}, 'POST');
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
