/**
 * Part of `npm run build`, after `next build`: from the content the pages were built from, once,
 * it writes the route catalog (.next/content/routes.json) that lets archive stories and deep
 * listing pages render on their first request while any other URL stays a static 404 (proxy.ts).
 * Search needs nothing from the build: it reads the content index (lib/content/store.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeRouteCatalog } from '../lib/content/catalog';

console.log(`route catalog: ${writeRouteCatalog()}`);
// The server and the Docker image copy the content cache; it exists even when nothing was cached.
fs.mkdirSync(path.join('.next', 'cache', 'content'), { recursive: true });
