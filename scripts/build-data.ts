/**
 * Part of `npm run build`, after `next build`: from the content the pages were built from, once,
 * it writes each language's search index (.next/search/) and the route catalog
 * (.next/content/routes.json) that lets archive stories and deep listing pages render on their
 * first request while any other URL stays a static 404 (proxy.ts).
 */
import { writeRouteCatalog } from '../lib/content/catalog';
import { writeSearchIndexes } from '../lib/search/index';

console.log(`route catalog: ${writeRouteCatalog()}`);
for (const file of writeSearchIndexes()) console.log(`search index: ${file}`);
