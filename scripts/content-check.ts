/**
 * `npm run content:check`: validates the whole content folder with the same rules as the site
 * and prints one line per problem as `path:line: field: message`. Exits 1 on any error;
 * warnings alone do not fail. Files unchanged since the last run are not parsed again (the
 * content cache in .next/cache/content), so the build's own loads that follow are quick too.
 */
import { loadContent } from '../lib/content/load';
import { formatProblem, sortProblems } from '../lib/content/problems';
import { contentCache, contentPaths } from '../lib/content/queries';

const paths = contentPaths();
const { problems, storyFiles } = loadContent(paths, { cache: contentCache(paths) });
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
