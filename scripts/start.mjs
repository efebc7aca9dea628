// `npm start`: runs the standalone server `next build` wrote (.next/standalone/server.js) behind
// the page cache (scripts/front-server.mjs), as the Docker image does. It first copies in what
// the standalone output leaves out (static assets, public files, the search index, the route
// catalog and the content cache, so archive stories render without parsing the whole folder
// again), and points CONTENT_DIR at the content folder.
//
// Usage: npm start [-- --port 3100]   (or PORT=3100 npm start; PAGE_CACHE=off for Next.js alone)
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startFrontServer } from './front-server.mjs';

const root = process.cwd();
const standalone = path.join(root, '.next', 'standalone');
if (!existsSync(path.join(standalone, 'server.js'))) {
  console.error('start: no standalone build in .next/standalone. Run `npm run build` first.');
  process.exit(1);
}

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

const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' } }, strict: true });
await startFrontServer({
  standaloneDir: standalone,
  port: Number(values.port ?? process.env.PORT ?? 3000),
  hostname: process.env.HOSTNAME ?? '0.0.0.0',
  env: {
    ...process.env,
    // The server runs from .next/standalone: give it the content folder by absolute path.
    CONTENT_DIR: path.resolve(root, process.env.CONTENT_DIR || 'content'),
  },
});
