/**
 * Part of `npm run build`, after `next build`. The content index that pages, search and the proxy
 * read (lib/content/store.ts) was brought up to date by content:check before the build; this
 * makes sure its folder exists for the server and the Docker image to copy, and that the
 * standalone output carries no content folder.
 */
import fs from 'node:fs';
import path from 'node:path';

// The server and the Docker image copy the content cache; it exists even when nothing was cached.
fs.mkdirSync(path.join('.next', 'cache', 'content'), { recursive: true });

// Content is read at run time from CONTENT_DIR. The build's file tracing follows the content
// index's code from instrumentation.ts (which next.config.js's per-route exclusions do not
// cover) and copies the content folders it finds, drafts included: none may ship in the output.
const standalone = path.join('.next', 'standalone');
const contentDir = path.relative(process.cwd(), path.resolve(process.env.CONTENT_DIR || 'content'));
for (const folder of new Set(['content', 'e2e', contentDir])) {
  if (!folder || folder.startsWith('..') || path.isAbsolute(folder)) continue;
  fs.rmSync(path.join(standalone, folder), { recursive: true, force: true });
}
