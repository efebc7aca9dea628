/**
 * Part of `npm run build`, after `next build`: builds each language's search index from the
 * content the pages were built from, once, and leaves it in .next/search/ for the server.
 */
import { writeSearchIndexes } from '../lib/search/index';

for (const file of writeSearchIndexes()) console.log(`search index: ${file}`);
