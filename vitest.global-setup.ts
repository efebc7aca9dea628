/**
 * Before any test file: the content indexes the tests read through lib/content/queries (the
 * newsroom's `content/` and the end-to-end fixtures), brought up to date with their folders, as
 * `npm run build` would. Without it a test file reading one found whatever another file (or an
 * earlier run) had left in .next/cache/content: none, on a fresh clone.
 */
import path from 'node:path';
import { contentIndexFile } from './lib/content/indexFile';
import { ContentStore } from './lib/content/store';

export default function setup() {
  for (const folder of ['content', path.join('e2e', 'fixtures', 'content')]) {
    const paths = { cwd: process.cwd(), contentDir: path.resolve(folder), publicDir: path.resolve('public') };
    const store = new ContentStore(contentIndexFile(paths), paths);
    try {
      store.sync();
    } finally {
      store.close();
    }
  }
}
