/**
 * Part of `npm run build`, after `next build`. The content index that pages, search and the proxy
 * read (lib/content/store.ts) was brought up to date by content:check before the build; this
 * only makes sure its folder exists for the server and the Docker image to copy.
 */
import fs from 'node:fs';
import path from 'node:path';

// The server and the Docker image copy the content cache; it exists even when nothing was cached.
fs.mkdirSync(path.join('.next', 'cache', 'content'), { recursive: true });
