// @ts-check
// The production server: Next.js's standalone server (server.js) on a private loopback port, and
// in front of it, on PORT, the front door and page cache (scripts/page-cache.mjs). `npm start`
// and the Docker image both run this.
//
// Usage: node front-server.mjs [standalone-dir]   (default: the current directory)
// Environment: PORT (3000), HOSTNAME (0.0.0.0), PAGE_CACHE=off to run Next.js alone on PORT,
// PAGE_CACHE_MB (256) to bound the cache's memory, CONTENT_DIR (content), CONTENT_WATCH=off to
// publish only on POST /api/publish.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { parserErrorAnswer, rawAnswer, sendRefusal } from './front-door.mjs';
import { followContent } from './content-watch.mjs';
import { createPageCacheHandler, staticRoutes } from './page-cache.mjs';

/** How long a SIGTERM waits for requests in flight before closing what is left. */
const DRAIN_MS = 10_000;
/** How long after a SIGTERM connections the kernel already queued are still accepted. */
const ACCEPT_GRACE_MS = 500;

/** A configuration mistake: said in one line, without a stack trace. */
export class ConfigError extends Error {}

/**
 * The server's settings from the command line's values and the environment, checked.
 * @param {{ port?: string, hostname?: string }} args
 * @param {NodeJS.ProcessEnv} env
 */
export function serverConfig(args, env) {
  // An empty PORT or HOSTNAME counts as unset, as containers and shells often leave them.
  const portText = args.port ?? (env.PORT || '3000');
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw new ConfigError(`start: the port must be a number from 0 to 65535 (got "${portText}")`);
  const hostname = args.hostname ?? (env.HOSTNAME || '0.0.0.0');
  if (!hostname || /\s/.test(hostname)) throw new ConfigError(`start: the hostname must be a host name or address (got "${hostname}")`);
  const mbText = env.PAGE_CACHE_MB ?? '256';
  const mb = Number(mbText);
  if (!mbText.trim() || !Number.isFinite(mb) || mb < 0) throw new ConfigError(`start: PAGE_CACHE_MB must be a number of megabytes, 0 or more (got "${mbText}")`);
  for (const name of ['PAGE_CACHE', 'CONTENT_WATCH']) {
    const value = env[name];
    if (value !== undefined && value !== 'off' && value !== 'on') throw new ConfigError(`start: ${name} must be "on" or "off" (got "${value}")`);
  }
  return { port, hostname, maxBytes: Math.floor(mb * 1024 * 1024), pageCache: env.PAGE_CACHE !== 'off' };
}

/**
 * @param {{ standaloneDir: string, port: number, hostname?: string, maxBytes?: number, pageCache?: boolean, env?: NodeJS.ProcessEnv }} options
 */
export async function startFrontServer({ standaloneDir, port, hostname = '0.0.0.0', maxBytes = 256 * 1024 * 1024, pageCache = true, env = process.env }) {
  const serverJs = path.join(standaloneDir, 'server.js');
  if (!pageCache) {
    const next = spawn(process.execPath, [serverJs], { env: { ...env, PORT: String(port), HOSTNAME: hostname }, stdio: 'inherit' });
    for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => next.kill(signal));
    next.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
    return;
  }

  // Take the port first: a port in use is said at once, before Next.js starts for nothing.
  // Requests that arrive before Next.js is ready wait for it.
  /** @type {ReturnType<typeof createPageCacheHandler> | undefined} */
  let handler;
  /** @type {(() => void)[]} */
  const waiting = [];
  let stopping = false;
  // A request must arrive whole within 30 s (its headers within 20 s), checked every second:
  // slow senders do not pin sockets. A missing Host is the door's to refuse (with its headers).
  const serverOptions = { keepAliveTimeout: 5_000, headersTimeout: 20_000, requestTimeout: 30_000, connectionsCheckingInterval: 1_000, requireHostHeader: false };
  const server = http.createServer(serverOptions, (req, res) => {
    // Draining: each connection closes after its answer, so the reader's next request goes elsewhere.
    if (stopping) res.shouldKeepAlive = false;
    res.once('finish', () => stopping && server.closeIdleConnections());
    if (handler) return handler(req, res);
    waiting.push(() => handler?.(req, res));
  });
  // The HTTP parser's errors (a malformed request, headers too large, too slow) get an answer
  // with the security headers, not Node's bare one.
  server.on('clientError', (error, socket) => {
    const answer = parserErrorAnswer(error);
    // Never written into an answer already on its way (a pipelined or kept-alive request's):
    // as Node's own handler does, the connection is then just closed.
    const answering = /** @type {{ _httpMessage?: unknown }} */ (socket)._httpMessage;
    if (answer && socket.writable && !answering) endWith(socket, answer);
    else socket.destroy();
  });
  // CONNECT asks for a tunnel: this is not a proxy.
  server.on('connect', (_req, socket) => endWith(socket, rawAnswer(405, 'Method Not Allowed', { allow: 'GET, HEAD, OPTIONS' })));
  // `Expect:` with anything but 100-continue: 417, with the door's headers.
  server.on('checkExpectation', (_req, res) => sendRefusal(res, { status: 417, message: 'Expectation failed: only "Expect: 100-continue" is understood.', close: true }));
  await new Promise((resolve, reject) => {
    server.once('error', (/** @type {NodeJS.ErrnoException} */ error) =>
      reject(
        new ConfigError(
          error.code === 'EADDRINUSE'
            ? `start: port ${port} is already in use on ${hostname}`
            : `start: cannot listen on ${hostname}:${port} (${error.code ?? error.message})`,
        ),
      ),
    );
    server.listen(port, hostname, () => resolve(undefined));
  });
  server.removeAllListeners('error');
  server.on('error', (error) => console.error(`front: ${error.message}`));

  const internalPort = await freePort();
  // This process's own key to POST /api/publish: fresh each start, known to no one else.
  const publishSecret = randomBytes(32).toString('hex');
  const next = spawn(process.execPath, [serverJs], {
    env: { ...env, PORT: String(internalPort), HOSTNAME: '127.0.0.1', FRONT_PUBLISH_SECRET: publishSecret },
    stdio: 'inherit',
  });
  next.on('exit', (code, signal) => {
    if (stopping) process.exit(0);
    // Said out loud: a server that disappears without a word cannot be diagnosed.
    console.error(`front: Next.js exited (${signal ?? `code ${code}`}); stopping`);
    process.exit(code || 1);
  });
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => drain());
  await listening(internalPort, next);

  const manifest = JSON.parse(readFileSync(path.join(standaloneDir, '.next', 'prerender-manifest.json'), 'utf8'));
  const routes = staticRoutes(manifest);
  handler = createPageCacheHandler({ upstream: { host: '127.0.0.1', port: internalPort }, routes, maxBytes });
  for (const go of waiting.splice(0)) go();
  console.log(`front: listening on http://${hostname}:${port}, ${routes.size} prerendered paths cached on first request`);

  // Follow the content folder: every change is published within a moment (CONTENT_WATCH=off: only
  // POST /api/publish with PUBLISH_SECRET does).
  const contentDir = path.resolve(env.CONTENT_DIR || 'content');
  const watch = env.CONTENT_WATCH !== 'off';
  const watching = followContent({
    contentDir,
    watch,
    publish: async (request) => {
      const report = await /** @type {NonNullable<typeof handler>} */ (handler).publish(publishSecret, request);
      if (!request.settle) logPublish(report);
      return report;
    },
  });
  console.log(watch ? `front: following ${contentDir} (CONTENT_WATCH=off to stop)` : 'front: not following the content folder (CONTENT_WATCH=off): POST /api/publish publishes; scheduled stories still go live on time');

  /**
   * SIGTERM or SIGINT: stop accepting, let requests in flight finish (closing each connection
   * after its answer), then stop Next.js and exit 0. What is still open after DRAIN_MS is closed.
   */
  function drain() {
    if (stopping) return;
    stopping = true;
    watching.close();
    console.log('front: stopping; finishing the requests in flight');
    // Connections the kernel has already queued would be reset by closing the listener at once:
    // they are accepted (and answered, then closed) for ACCEPT_GRACE_MS more. Then the listener
    // closes (net.Server#close: http.Server#close would also drop every connection whose request
    // has arrived but is not parsed yet, as if it were idle), idle connections are swept, and
    // whatever is still open after DRAIN_MS is closed regardless.
    const sweep = setInterval(() => server.closeIdleConnections(), 500);
    setTimeout(() => {
      net.Server.prototype.close.call(server, () => {
        clearInterval(sweep);
        void handler?.close();
        next.kill('SIGTERM');
      });
    }, ACCEPT_GRACE_MS);
    setTimeout(() => server.closeAllConnections(), DRAIN_MS).unref();
  }
}

/**
 * One line per publish that changed something, and each problem of a file that failed, as
 * `path:line: field: message` (content:check's form): the server log is where editors look.
 * @param {{ newGeneration: boolean, generation: { n: number }, changed: string[], removed: string[], failed: string[], problems: { errors: number, warnings: number, list: { file: string, line?: number, field: string, message: string, severity: string }[] } }} report
 */
function logPublish(report) {
  if (!report.newGeneration && report.failed.length === 0) return;
  const { n } = report.generation;
  console.log(`content: generation ${n}: ${report.changed.length} changed, ${report.removed.length} removed, ${report.failed.length} kept at their last good version (${report.problems.errors} errors in the folder)`);
  const failed = new Set(report.failed.map((file) => file.split(path.sep).join('/')));
  for (const p of report.problems.list) {
    const file = p.file.split(path.sep).join('/');
    if (p.severity === 'error' && [...failed].some((f) => file.endsWith(f))) console.log(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.field}: ${p.message}`);
  }
}

/**
 * Writes the door's raw answer and closes the socket, whatever the other side does: a socket the
 * HTTP server no longer tracks (CONNECT, a parser error) would otherwise stay half-open.
 * @param {import('node:stream').Duplex} socket @param {string} answer
 */
function endWith(socket, answer) {
  socket.on('error', () => socket.destroy());
  socket.end(answer, () => socket.destroy());
  setTimeout(() => socket.destroy(), 2_000).unref();
}

/** A free loopback port for the Next.js server. @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Waits until Next.js accepts connections; gives up if it takes a minute (its exit is reported
 * by the caller's exit handler).
 * @param {number} port @param {import('node:child_process').ChildProcess} child
 */
async function listening(port, child) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  console.error('front: Next.js did not start listening within a minute');
  child.kill('SIGTERM');
  process.exit(1);
}

/**
 * Runs a start function, saying a configuration mistake in one line (exit 1) instead of a stack.
 * @param {() => Promise<void>} start
 */
export async function runOrExplain(start) {
  try {
    await start();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  await runOrExplain(async () => {
    const config = serverConfig({}, process.env);
    await startFrontServer({ standaloneDir: path.resolve(process.argv[2] ?? '.'), ...config });
  });
}
