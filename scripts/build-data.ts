/**
 * Part of `npm run build`, after `next build`: from the content the pages were built from, once,
 * it writes each language's search index (.next/search/) and the route catalog
 * (.next/content/routes.json) that lets archive stories and deep listing pages render on their
 * first request while any other URL stays a static 404 (proxy.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeRouteCatalog } from '../lib/content/catalog';
import { writeSearchIndexes } from '../lib/search/index';

console.log(`route catalog: ${writeRouteCatalog()}`);
// The server and the Docker image copy the content cache; it exists even when nothing was cached.
fs.mkdirSync(path.join('.next', 'cache', 'content'), { recursive: true });
for (const file of writeSearchIndexes()) console.log(`search index: ${file}`);
