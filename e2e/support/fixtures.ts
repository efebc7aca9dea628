import path from 'node:path';
import { loadContent } from '@/lib/content/load';
import { isPublicAt } from '@/lib/content/publicRule';
import type { Article } from '@/lib/content/types';

/** The stories the suite's server was built from (playwright.config.ts: CONTENT_DIR). */
export function fixtureArticles(): Article[] {
  const cwd = process.cwd();
  const { index } = loadContent({ cwd, contentDir: path.join(cwd, 'e2e', 'fixtures', 'content'), publicDir: path.join(cwd, 'public') });
  return index.articles;
}

/** The public ones in one language, newest first. */
export function publicFixtureArticles(locale: string): Article[] {
  return fixtureArticles()
    .filter((a) => a.locale === locale && isPublicAt(a, new Date()))
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt));
}
