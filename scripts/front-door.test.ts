import { describe, expect, it } from 'vitest';
import { parserErrorAnswer, rawAnswer, refusal, SECURITY_HEADERS } from './front-door.mjs';
import { ConfigError, serverConfig } from './front-server.mjs';
import { cacheControlFor, FEED_CACHE_CONTROL, HTML_CACHE_CONTROL, NOT_FOUND_CACHE_CONTROL } from './page-cache.mjs';

const request = (method: string, url: string, headers: Record<string, string> = {}) => ({ method, url, httpVersion: '1.1', headers: { host: 'www.example.org', ...headers } });

describe('what the front door answers itself', () => {
  it('passes ordinary reads and API posts on', () => {
    for (const [method, url] of [['GET', '/en'], ['HEAD', '/ko/article/x?q=1'], ['GET', '/ko/tag/%EC%A6%9D%EC%8B%9C'], ['POST', '/api/publish']]) {
      expect(refusal(request(method!, url!)), `${method} ${url}`).toBeUndefined();
    }
    expect(refusal(request('GET', '/en', { 'content-length': '0' }))).toBeUndefined();
  });

  it('refuses an HTTP/1.1 request without Host, as HTTP requires', () => {
    expect(refusal({ method: 'GET', url: '/en', httpVersion: '1.1', headers: {} })).toMatchObject({ status: 400, close: true });
    expect(refusal({ method: 'GET', url: '/en', httpVersion: '1.0', headers: {} })).toBeUndefined();
  });

  it('refuses a body on a GET or HEAD, and closes the connection it came on', () => {
    for (const headers of [{ 'content-length': '1' }, { 'transfer-encoding': 'chunked' }] as Record<string, string>[]) {
      expect(refusal(request('GET', '/en', headers))).toMatchObject({ status: 400, close: true });
      expect(refusal(request('HEAD', '/en', headers))).toMatchObject({ status: 400, close: true });
    }
  });

  it('allows POST under /api/ only, and says so in Allow', () => {
    expect(refusal(request('POST', '/en'))).toMatchObject({ status: 405, headers: { allow: 'GET, HEAD, OPTIONS' } });
    expect(refusal(request('TRACE', '/api/health'))).toMatchObject({ status: 405, headers: { allow: 'GET, HEAD, POST, OPTIONS' } });
    expect(refusal(request('PUT', '/en', { 'content-length': '5' }))).toMatchObject({ status: 405, close: true });
    expect(refusal(request('OPTIONS', '/api/health'))).toMatchObject({ status: 204, headers: { allow: 'GET, HEAD, POST, OPTIONS' } });
    expect(refusal(request('OPTIONS', '*'))).toMatchObject({ status: 204 });
  });

  it('refuses targets that are not a path, and paths that do not decode to UTF-8', () => {
    for (const url of ['http://evil.example/en', '*', 'en']) expect(refusal(request('GET', url)), url).toMatchObject({ status: 400 });
    for (const url of ['/%ff', '/%C0%AF', '/ko/tag/%ED%A0%80', '/en/%E0%A4%A', '/sitemaps/%ff?x=1']) expect(refusal(request('GET', url)), url).toMatchObject({ status: 400 });
    // An odd but decodable spelling is Next.js's to answer.
    expect(refusal(request('GET', '/en%2Farticle%2Fkim'))).toBeUndefined();
  });
});

describe('answers to requests the HTTP parser could not read', () => {
  it('say what went wrong, carry the security headers and close the connection', () => {
    const tooLarge = parserErrorAnswer(Object.assign(new Error('x'), { code: 'HPE_HEADER_OVERFLOW' }))!;
    expect(tooLarge).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(tooLarge).toContain(`\r\n${name}: ${value}\r\n`);
    expect(tooLarge).toContain('\r\nconnection: close\r\n');
    expect(parserErrorAnswer(Object.assign(new Error('x'), { code: 'HPE_INVALID_HEADER_TOKEN' }))).toMatch(/^HTTP\/1\.1 400 /);
    expect(parserErrorAnswer(Object.assign(new Error('x'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' }))).toMatch(/^HTTP\/1\.1 408 /);
    expect(parserErrorAnswer(Object.assign(new Error('x'), { code: 'HPE_INVALID_METHOD' }))).toMatch(/^HTTP\/1\.1 405 Method Not Allowed\r\nallow: GET, HEAD, OPTIONS\r\n/);
    expect(parserErrorAnswer(Object.assign(new Error('x'), { code: 'ECONNRESET' }))).toBeUndefined();
  });

  it('have a body whose length the headers give exactly', () => {
    const answer = rawAnswer(405, 'Method Not Allowed', { allow: 'GET' });
    const [head, body] = answer.split('\r\n\r\n');
    expect(Number(/content-length: (\d+)/.exec(head!)![1])).toBe(Buffer.byteLength(body!));
  });
});

describe('Cache-Control by status and type', () => {
  const year = 's-maxage=31536000';
  it('keeps no 404 or error in a shared cache, whatever Next.js said', () => {
    expect(cacheControlFor(404, 'text/html', year)).toBe(NOT_FOUND_CACHE_CONTROL);
    expect(cacheControlFor(500, 'text/html', year)).toBe('no-store');
    expect(cacheControlFor(401, 'application/json', 'private, no-store')).toBe('no-store');
  });

  it('makes pages, feeds, sitemaps and robots.txt fresh for minutes instead of a year', () => {
    expect(cacheControlFor(200, 'text/html; charset=utf-8', year)).toBe(HTML_CACHE_CONTROL);
    for (const type of ['application/rss+xml', 'application/feed+json', 'application/xml', 'text/plain']) expect(cacheControlFor(200, type, year), type).toBe(FEED_CACHE_CONTROL);
  });

  it('leaves share cards and anything Next.js set on purpose as they are', () => {
    expect(cacheControlFor(200, 'image/png', year)).toBe(year);
    expect(cacheControlFor(200, 'text/html', 'private, no-store')).toBe('private, no-store');
    expect(cacheControlFor(308, 'text/plain', undefined)).toBeUndefined();
  });
});

describe("npm start's configuration", () => {
  const env = (values: Record<string, string>) => values as NodeJS.ProcessEnv;
  it('takes the port and hostname from the command line first, then PORT and HOSTNAME', () => {
    expect(serverConfig({ port: '3100', hostname: '127.0.0.1' }, env({ PORT: '4000', HOSTNAME: '::' }))).toMatchObject({ port: 3100, hostname: '127.0.0.1' });
    expect(serverConfig({}, env({ PORT: '4000' }))).toMatchObject({ port: 4000, hostname: '0.0.0.0', maxBytes: 256 * 1024 * 1024, pageCache: true });
    expect(serverConfig({}, env({ PAGE_CACHE_MB: '0.5', PAGE_CACHE: 'off' }))).toMatchObject({ maxBytes: 524288, pageCache: false });
  });

  it('refuses a bad value with one sentence that names it', () => {
    for (const [args, values, words] of [
      [{}, { PAGE_CACHE_MB: 'abc' }, /PAGE_CACHE_MB .*"abc"/],
      [{}, { PAGE_CACHE_MB: '' }, /PAGE_CACHE_MB/],
      [{}, { PAGE_CACHE_MB: '-1' }, /PAGE_CACHE_MB/],
      [{ port: 'abc' }, {}, /port .*"abc"/],
      [{}, { PORT: '70000' }, /port .*"70000"/],
      [{}, { PAGE_CACHE: 'of' }, /PAGE_CACHE .*"of"/],
    ] as [Record<string, string>, Record<string, string>, RegExp][]) {
      expect(() => serverConfig(args, env(values))).toThrow(ConfigError);
      expect(() => serverConfig(args, env(values))).toThrow(words);
    }
  });
});
