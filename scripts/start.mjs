// @ts-check
// `npm start`: runs the standalone server `next build` wrote (.next/standalone/server.js) behind
// the front door and page cache (scripts/front-server.mjs), as the Docker image does. It first
// copies in what the standalone output leaves out (static assets, public files, the search index,
// the route catalog and the content cache, so archive stories render without parsing the whole
// folder again), once per build, and points CONTENT_DIR at the content folder.
//
// Usage: npm start [-- -p 3100] [-- -H 127.0.0.1]   (like `next start`: -p/--port, -H/--hostname;
// or PORT and HOSTNAME; PAGE_CACHE=off for Next.js alone)
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, runOrExplain, serverConfig, startFrontServer } from './front-server.mjs';

await runOrExplain(async () => {
  /** @type {{ port?: string, hostname?: string }} */
  let args;
  try {
    ({ values: args } = parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } }, strict: true }));
  } catch (error) {
    throw new ConfigError(`start: ${error instanceof Error ? error.message : error} (usage: npm start -- [-p PORT] [-H HOSTNAME])`);
  }
  const config = serverConfig(args, process.env);

  const root = process.cwd();
  const standalone = path.join(root, '.next', 'standalone');
  if (!existsSync(path.join(standalone, 'server.js')) || !existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new ConfigError('start: no standalone build in .next/standalone. Run `npm run build` first.');
  copyBuildOutput(root, standalone);

  await startFrontServer({
    standaloneDir: standalone,
    ...config,
    env: {
      ...process.env,
      // The server runs from .next/standalone: give it the content folder by absolute path.
      CONTENT_DIR: path.resolve(root, process.env.CONTENT_DIR || 'content'),
    },
  });
});

/**
 * Copies what the standalone output leaves out, once per build: a second server started from the
 * same build (a test, a second port) must not delete the files a running one is serving.
 * @param {string} root @param {string} standalone
 */
function copyBuildOutput(root, standalone) {
  const buildId = readFileSync(path.join(root, '.next', 'BUILD_ID'), 'utf8').trim();
  const marker = path.join(standalone, '.next', 'COPIED_BUILD_ID');
  if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === buildId) return;
  for (const [from, to] of [
    ['.next/static', '.next/static'],
    ['.next/search', '.next/search'],
    ['.next/content', '.next/content'],
    ['.next/cache/content', '.next/cache/content'],
    ['public', 'public'],
  ]) {
    const target = path.join(standalone, to);
    rmSync(target, { recursive: true, force: true });
    if (existsSync(path.join(root, from))) cpSync(path.join(root, from), target, { recursive: true });
  }
  writeFileSync(marker, buildId);
}
