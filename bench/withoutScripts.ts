/**
 * For bench/lighthouse.ts: the site's pages exactly as served, less Next.js's script tags, so
 * Lighthouse can weigh the page's own HTML, CSS, fonts and photo apart from the framework's
 * JavaScript (what BENCHMARKS.md compares with the floor). A bench-only proxy on loopback: every
 * request goes to the site's server; an HTML answer loses its `<script src="/_next/…">` tags
 * (the inline ones stay: without the scripts they only fill an array). Text is compressed again
 * as the site's server sends it (Brotli, else gzip), so Lighthouse sees the same transfer sizes,
 * and kept: after the warm-up request an answer costs the proxy no time Lantern would count.
 */
import http from 'node:http';
import zlib from 'node:zlib';
import type { RunningServer } from './server';

/** Next.js's own script tags: its chunks (async) and the polyfills for old browsers (nomodule). */
const NEXT_SCRIPT_TAG = /<script src="\/_next\/[^"]*"[^>]*><\/script>/g;
/** And its preloads of them (the runtime chunk, at low priority). */
const NEXT_SCRIPT_PRELOAD = /<link rel="preload" as="script"[^>]*href="\/_next\/[^"]*"[^>]*\/>/g;

export function stripNextScripts(html: string) {
  return html.replace(NEXT_SCRIPT_TAG, '').replace(NEXT_SCRIPT_PRELOAD, '');
}

/** Only what the browser needs to read the answer; hop-by-hop and framing headers are the proxy's own. */
const KEPT_HEADERS = ['content-type', 'cache-control', 'vary', 'content-language', 'link'];

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export async function startWithoutScripts(upstream: string, port: number): Promise<RunningServer> {
  const kept = new Map<string, Answer>();
  const server = http.createServer(async (req, res) => {
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : '';
    const key = `${encoding} ${req.headers.accept ?? ''} ${req.url}`;
    try {
      const answer = kept.get(key) ?? (await forward(req, encoding));
      kept.set(key, answer);
      res.writeHead(answer.status, answer.headers).end(answer.body);
    } catch {
      res.writeHead(502).end();
    }
  });
  async function forward(req: http.IncomingMessage, encoding: string): Promise<Answer> {
    const answer = await fetch(new URL(req.url ?? '/', upstream), {
      headers: { accept: req.headers.accept ?? '*/*', 'accept-language': req.headers['accept-language'] ?? '' },
      redirect: 'manual',
    });
    const type = answer.headers.get('content-type') ?? '';
    let body: Buffer = Buffer.from(await answer.arrayBuffer());
    if (type.startsWith('text/html')) body = Buffer.from(stripNextScripts(body.toString('utf8')));
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = answer.headers.get(name);
      if (value) headers[name] = value;
    }
    const location = answer.headers.get('location');
    if (location) headers.location = location;
    if (encoding && /^(text\/|application\/(javascript|json|xml)|image\/svg)/.test(type)) {
      body = encoding === 'br' ? zlib.brotliCompressSync(body) : zlib.gzipSync(body);
      headers['content-encoding'] = encoding;
    }
    return { status: answer.status, headers, body };
  }
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    pids: [process.pid],
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
