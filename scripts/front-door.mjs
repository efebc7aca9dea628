// @ts-check
// The front door's rules (docs/adr/0001-front-door.md): what may reach Next.js at all, what of a
// reader's request is passed on, and the security headers every answer carries. The page cache
// (scripts/page-cache.mjs) applies them; scripts/front-server.mjs also answers the HTTP parser's
// errors and CONNECT with them.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** @type {{ securityHeaders: (options?: { dev?: boolean, kakao?: boolean }) => { key: string, value: string }[] }} */
const { securityHeaders } = require('./security-headers.cjs');

/**
 * The site's security headers, lower-cased. The Kakao origin in the CSP only matters on pages,
 * which carry Next.js's own copy; the door's answers run no script.
 */
export const SECURITY_HEADERS = Object.fromEntries(
  securityHeaders({ kakao: Boolean(process.env.NEXT_PUBLIC_KAKAO_JS_KEY) }).map(({ key, value }) => [key.toLowerCase(), value]),
);

/** Pages and files are read; only route handlers under /api/ take a POST. */
const PAGE_METHODS = ['GET', 'HEAD', 'OPTIONS'];
const API_METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS'];

/**
 * Request headers never passed to Next.js. Hop-by-hop and framing headers belong to the reader's
 * connection (RFC 9110 §7.6.1); forwarding headers from a client are not ours to trust; and
 * Next.js's internal headers must only ever come from Next.js itself (`x-middleware-subrequest`
 * skipped the proxy entirely in CVE-2025-29927).
 */
const DROPPED_HEADERS = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'http2-settings',
  'expect',
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-forwarded-port',
  'x-real-ip',
  'x-matched-path',
]);
const INTERNAL_PREFIXES = ['x-middleware-', 'x-invoke-', 'x-nextjs-', 'x-next-', 'x-prerender-', 'x-now-', 'x-vercel-'];

/** @param {string} path */
export function allowedMethods(path) {
  return path === '/api' || path.startsWith('/api/') ? API_METHODS : PAGE_METHODS;
}

/**
 * @typedef {{ status: number, message: string, headers?: Record<string, string>, close?: boolean }} Refusal
 */

/**
 * Why the door answers a request itself instead of passing it on, or undefined to pass it on.
 * Order matters: a request that is not for a path at all says nothing about methods.
 * @param {{ method?: string, url?: string, httpVersion?: string, headers: import('node:http').IncomingHttpHeaders }} req
 * @returns {Refusal | undefined}
 */
export function refusal(req) {
  const answer = firstRefusal(req);
  // A body left unread on the connection would be taken for the next request.
  return answer && answer.status !== 204 && hasBody(req) ? { ...answer, close: true } : answer;
}

/** @param {{ method?: string, url?: string, httpVersion?: string, headers: import('node:http').IncomingHttpHeaders }} req @returns {Refusal | undefined} */
function firstRefusal(req) {
  const method = req.method ?? 'GET';
  const url = req.url ?? '';
  // Origin-form only ("/path?query"): an absolute URL or "*" asks for a proxy we are not.
  if (!url.startsWith('/')) {
    if (method === 'OPTIONS' && url === '*') return { status: 204, message: '', headers: { allow: PAGE_METHODS.join(', ') } };
    return { status: 400, message: 'Bad request: the request target must be a path.', close: true };
  }
  // HTTP/1.1 requires Host (RFC 9112 §3.2); Node's own refusal would carry none of our headers.
  if (!req.headers.host && req.httpVersion !== '1.0') return { status: 400, message: 'Bad request: the Host header is missing.', close: true };
  const path = pathOf(url);
  if (!decodes(path)) return { status: 400, message: 'Bad request: the path is not valid percent-encoded UTF-8.' };
  const allowed = allowedMethods(path);
  if (!allowed.includes(method)) {
    return { status: 405, message: `Method ${method} is not allowed here.`, headers: { allow: allowed.join(', ') } };
  }
  if (method === 'OPTIONS') return { status: 204, message: '', headers: { allow: allowed.join(', ') } };
  // A body on a GET or HEAD has no meaning (RFC 9110 §9.3.1) and is where request smuggling hides.
  if ((method === 'GET' || method === 'HEAD') && hasBody(req)) {
    return { status: 400, message: 'Bad request: a GET or HEAD request has no body.', close: true };
  }
  return undefined;
}

/** @param {{ headers: import('node:http').IncomingHttpHeaders }} req */
function hasBody(req) {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) !== 0;
}

/** The path of a request target, without its query. @param {string} url */
export function pathOf(url) {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

/** Whether every percent-escape of a path decodes to UTF-8 (no `%ff`, overlong or surrogate forms). @param {string} path */
export function decodes(path) {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a path is written the one way a browser writes it: no fragment, no empty or dot
 * segments, percent-encoding exactly where it is needed, in upper case. Only such a path is a key
 * of the page cache; Next.js answers any other spelling itself, every time, so the cache never
 * decides a status Next.js would not (`/%65n/...` or `/en%2Farticle%2F...` are Next.js's 404s
 * whether or not `/en/article/...` is cached).
 * @param {string} path
 */
export function isCanonicalPath(path) {
  if (!path.startsWith('/') || path.includes('#') || /\/\/|\/\.\.?(\/|$)/.test(path)) return false;
  try {
    return encodeURI(decodeURI(path)) === path;
  } catch {
    return false;
  }
}

/**
 * The reader's request headers as Next.js may see them: without hop-by-hop, framing, forwarding
 * or Next.js-internal headers (nor any the reader's Connection header names), with the reader's
 * address as X-Forwarded-For. Content-Length stays for a request with a body: undici frames it.
 * @param {import('node:http').IncomingMessage} req
 * @returns {Record<string, string | string[]>}
 */
export function upstreamHeaders(req) {
  const named = new Set(
    String(req.headers.connection ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
  );
  /** @type {Record<string, string | string[]>} */
  const headers = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || DROPPED_HEADERS.has(name) || named.has(name) || INTERNAL_PREFIXES.some((p) => name.startsWith(p))) continue;
    headers[name] = value;
  }
  if (req.method === 'GET' || req.method === 'HEAD') delete headers['content-length'];
  const address = req.socket.remoteAddress;
  if (address) headers['x-forwarded-for'] = address;
  return headers;
}

/**
 * Adds the security headers an answer lacks (Next.js's own pages carry them already).
 * @param {Record<string, string | string[] | number | undefined>} headers lower-case names
 */
export function withSecurityHeaders(headers) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (headers[name] === undefined) headers[name] = value;
  return headers;
}

/**
 * The door's own short answer: plain text, the security headers, never cached.
 * @param {import('node:http').ServerResponse} res
 * @param {Refusal} answer
 */
export function sendRefusal(res, { status, message, headers = {}, close = false }) {
  const body = message ? `${message}\n` : '';
  const all = withSecurityHeaders({
    ...headers,
    'cache-control': 'no-store',
    ...(body ? { 'content-type': 'text/plain; charset=utf-8' } : {}),
    'content-length': String(Buffer.byteLength(body)),
  });
  // A request whose body was not read must not leave it on the connection for the next one.
  if (close) {
    all.connection = 'close';
    res.shouldKeepAlive = false;
  }
  res.writeHead(status, /** @type {import('node:http').OutgoingHttpHeaders} */ (all));
  res.end(res.req?.method === 'HEAD' ? undefined : body);
}

/**
 * The raw answer for a request the HTTP parser could not read (or a CONNECT): written to the
 * socket directly, since there is no request to answer, then the connection is closed.
 * @param {number} status
 * @param {string} reason
 * @param {Record<string, string>} [extra]
 */
export function rawAnswer(status, reason, extra = {}) {
  const body = `${reason}.\n`;
  const headers = withSecurityHeaders({
    ...extra,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-store',
    connection: 'close',
  });
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${status} ${reason}\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}

/**
 * What to answer a parser error with: 431 for headers too large, 408 for a request that did not
 * arrive in time, 400 otherwise. Undefined when the reader is gone (nothing to answer).
 * @param {Error & { code?: string }} error
 * @returns {string | undefined}
 */
export function parserErrorAnswer(error) {
  if (error.code === 'ECONNRESET' || error.code === 'EPIPE') return undefined;
  if (error.code === 'HPE_HEADER_OVERFLOW') return rawAnswer(431, 'Request Header Fields Too Large');
  // A method Node's parser does not know (FOO): as for any method the site does not serve.
  if (error.code === 'HPE_INVALID_METHOD') return rawAnswer(405, 'Method Not Allowed', { allow: PAGE_METHODS.join(', ') });
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return rawAnswer(408, 'Request Timeout');
  return rawAnswer(400, 'Bad Request');
}
