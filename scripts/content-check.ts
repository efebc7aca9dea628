/**
 * `npm run content:check`: validates the whole content folder with the same rules as the site
 * and prints one line per problem as `path:line: field: message`. Exits 1 on any error;
 * warnings alone do not fail. It brings the content index (lib/content/store.ts, in
 * .next/cache/content) up to date with the folder: files unchanged since the last run are not
 * parsed again (many changed files are read on worker threads), and the build that follows
 * reads the index. A build with no index of its own starts from a copy of the newest release's.
 */
import path from 'node:path';
import { contentIndexFile } from '../lib/content/indexFile';
import { formatProblem, sortProblems } from '../lib/content/problems';
import { contentStore, storyParser } from '../lib/content/queries';
import { seedIndexFromRelease } from './seed-index';

void main();

async function main() {
  // A build whose index went to the release `npm start` made of the last build: a copy of it.
  const seeded = await seedIndexFromRelease(contentIndexFile());
  if (seeded.from) console.log(`content:check: index copied from ${path.relative(process.cwd(), seeded.from)} in ${(seeded.ms / 1000).toFixed(1)} s`);
  const store = contentStore();
  // Many changed files (a first build) are read on worker threads, one per core.
  await store.syncWith(storyParser);
  const problems = store.problems();
  const storyFiles = store.storyFileCount();
  const sorted = sortProblems(problems);
  const errors = sorted.filter((p) => p.severity === 'error');
  const warnings = sorted.filter((p) => p.severity === 'warning');

  for (const problem of [...errors, ...warnings]) console.log(formatProblem(problem));

  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const summary = `${plural(storyFiles, 'story file')} checked: ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}`;
  if (errors.length) {
    console.error(`\ncontent:check failed: ${summary}. Fix the lines above and run it again.`);
    process.exit(1);
  }
  console.log(`content:check passed: ${summary}.`);
}
