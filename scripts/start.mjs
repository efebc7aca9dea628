// `npm start`: runs the standalone server `next build` wrote (.next/standalone/server.js), the
// same server the Docker image runs. It first copies in what the standalone output leaves out
// (static assets, public files, the search index, the route catalog and the content cache, so
// archive stories render without parsing the whole folder again), and points CONTENT_DIR at the
// content folder.
//
// Usage: npm start [-- --port 3100]   (or PORT=3100 npm start)
import { spawn } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

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
const env = {
  ...process.env,
  PORT: values.port ?? process.env.PORT ?? '3000',
  // The server runs from .next/standalone: give it the content folder by absolute path.
  CONTENT_DIR: path.resolve(root, process.env.CONTENT_DIR || 'content'),
};
const server = spawn(process.execPath, [path.join(standalone, 'server.js')], { env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
