/**
 * Part of `npm run build`, after `next build`: from the content the pages were built from, once,
 * it writes each language's search index (.next/search/). The content index that pages and the
 * proxy read (lib/content/store.ts) was brought up to date by content:check before the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeSearchIndexes } from '../lib/search/index';

// The server and the Docker image copy the content cache; it exists even when nothing was cached.
fs.mkdirSync(path.join('.next', 'cache', 'content'), { recursive: true });
for (const file of writeSearchIndexes()) console.log(`search index: ${file}`);
