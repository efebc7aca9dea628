// The production server: Next.js's standalone server (server.js) on a private loopback port, and
// in front of it, on PORT, the page cache (scripts/page-cache.mjs) that answers prerendered
// pages from memory. `npm start` and the Docker image both run this.
//
// Usage: node front-server.mjs [standalone-dir]   (default: the current directory)
// Environment: PORT (3000), HOSTNAME (0.0.0.0), PAGE_CACHE=off to run Next.js alone on PORT,
// PAGE_CACHE_MB (256) to bound the cache's memory.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { createPageCacheHandler, staticRoutes } from './page-cache.mjs';

/**
 * @param {{ standaloneDir: string, port: number, hostname?: string, env?: NodeJS.ProcessEnv }} options
 */
export async function startFrontServer({ standaloneDir, port, hostname = '0.0.0.0', env = process.env }) {
  const serverJs = path.join(standaloneDir, 'server.js');
  if (env.PAGE_CACHE === 'off') {
    const next = spawn(process.execPath, [serverJs], { env: { ...env, PORT: String(port), HOSTNAME: hostname }, stdio: 'inherit' });
    forwardSignals(next, () => undefined);
    return;
  }

  const internalPort = await freePort();
  const next = spawn(process.execPath, [serverJs], {
    env: { ...env, PORT: String(internalPort), HOSTNAME: '127.0.0.1' },
    stdio: 'inherit',
  });
  await listening(internalPort, next);

  const manifest = JSON.parse(readFileSync(path.join(standaloneDir, '.next', 'prerender-manifest.json'), 'utf8'));
  const routes = staticRoutes(manifest);
  const maxBytes = Number(env.PAGE_CACHE_MB ?? 256) * 1024 * 1024;
  const handler = createPageCacheHandler({ upstream: { host: '127.0.0.1', port: internalPort }, routes, maxBytes });
  const server = http.createServer({ keepAliveTimeout: 5_000 }, handler);
  server.listen(port, hostname, () => {
    console.log(`front: listening on http://${hostname}:${port}, ${routes.size} prerendered paths cached on first request`);
  });
  forwardSignals(next, () => server.close());
}

/** A free loopback port for the Next.js server. */
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
 * Waits until Next.js accepts connections; gives up if it exits or takes a minute.
 * @param {number} port @param {import('node:child_process').ChildProcess} child
 */
async function listening(port, child) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) process.exit(child.exitCode || 1);
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
 * Stops Next.js with this process, and this process with Next.js.
 * @param {import('node:child_process').ChildProcess} child @param {() => void} close
 */
function forwardSignals(child, close) {
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => {
      close();
      child.kill(signal);
    });
  }
  child.on('exit', (code, signal) => {
    // Said out loud: a server that disappears without a word cannot be diagnosed.
    if (code !== 0) console.error(`front: Next.js exited (${signal ?? `code ${code}`}); stopping`);
    process.exit(code ?? (signal ? 1 : 0));
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  await startFrontServer({
    standaloneDir: path.resolve(process.argv[2] ?? '.'),
    port: Number(process.env.PORT ?? 3000),
    hostname: process.env.HOSTNAME ?? '0.0.0.0',
  });
}
