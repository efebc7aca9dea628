/**
 * For bench/lighthouse.ts: the site's pages exactly as served, less Next.js's script tags, so
 * Lighthouse can weigh the page's own HTML, CSS, fonts and photo apart from the framework's
 * JavaScript (what BENCHMARKS.md compares with the floor). A bench-only proxy on loopback in front
 * of the site's server:
 * - an HTML page loses its `<script src="/_next/…">` tags and their preloads (the inline scripts
 *   stay: without the framework they only fill an array), and is then kept and answered exactly
 *   as the site's page cache answers (scripts/page-cache.mjs: the same compression, headers and
 *   lengths), so after the warm-up request it costs no time Lantern would count;
 * - everything else (stylesheet, photos, fonts) is relayed byte for byte, still compressed as the
 *   site's server sent it.
 */
import http from 'node:http';
import { request } from 'undici';
import { makeEntry, relayedHeaders, sendEntry } from '../scripts/page-cache.mjs';
import { assertPortFree, type RunningServer } from './server';

/** Next.js's own script tags: its chunks (async) and the polyfills for old browsers (nomodule). */
const NEXT_SCRIPT_TAG = /<script\b[^>]*\bsrc="\/_next\/[^"]*"[^>]*><\/script>/gi;
/** And its preloads of them (the runtime chunk, at low priority). */
const NEXT_SCRIPT_PRELOAD = /<link\b[^>]*\bas="script"[^>]*\bhref="\/_next\/[^"]*"[^>]*\/?>/gi;

/** The page without Next.js's scripts; throws if one is left (a changed tag would make the rows mean nothing). */
export function stripNextScripts(html: string) {
  const stripped = html.replace(NEXT_SCRIPT_TAG, '').replace(NEXT_SCRIPT_PRELOAD, '');
  if (/<script\b[^>]*\bsrc="\/_next\//i.test(stripped)) throw new Error('a Next.js script tag is left after stripping: update NEXT_SCRIPT_TAG');
  return stripped;
}

/** What the proxy asks the site for: what the browser asked, never framing or hop-by-hop headers. */
const FORWARDED = ['accept', 'accept-encoding', 'accept-language', 'user-agent'] as const;

export async function startWithoutScripts(upstream: string, port: number): Promise<RunningServer> {
  await assertPortFree(port);
  const pages = new Map<string, Awaited<ReturnType<typeof makeEntry>>>();
  const server = http.createServer(async (req, res) => {
    try {
      const path = req.url ?? '/';
      const kept = pages.get(path);
      if (kept) return sendEntry(req, res, kept);
      const headers: Record<string, string> = {};
      for (const name of FORWARDED) if (typeof req.headers[name] === 'string') headers[name] = req.headers[name];
      const isPage = String(req.headers.accept ?? '').includes('text/html');
      // A page is asked for uncompressed, so it can be edited; the rest is relayed as it comes.
      if (isPage) headers['accept-encoding'] = 'identity';
      const answer = await request(new URL(path, upstream), { method: req.method === 'HEAD' && !isPage ? 'HEAD' : 'GET', headers });
      const type = String(answer.headers['content-type'] ?? '');
      if (isPage && answer.statusCode === 200 && type.startsWith('text/html')) {
        const html = stripNextScripts(await answer.body.text());
        // The site's entity tag names the page with its scripts: not this body.
        const rest = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => name !== 'etag'));
        const entry = await makeEntry(200, rest, Buffer.from(html));
        pages.set(path, entry);
        return sendEntry(req, res, entry, 'MISS');
      }
      res.writeHead(answer.statusCode, relayedHeaders(answer.headers, answer.statusCode));
      for await (const chunk of answer.body) res.write(chunk);
      res.end();
    } catch (error) {
      console.error(`without-scripts proxy: ${req.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) res.writeHead(502);
      res.end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${port}`,
    // It runs in the bench's own process.
    pids: [],
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
