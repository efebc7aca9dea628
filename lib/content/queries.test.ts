import { beforeAll, describe, expect, it } from 'vitest';
import { latestArticles, nextInSection, relatedArticles } from './queries';
import { tagSlug } from './tags';
import type { Article } from './types';

beforeAll(() => {
  process.env.CONTENT_DIR = 'e2e/fixtures/content';
});

/** The rule as the README states it, over every story: the indexed version must agree. */
function relatedByRule(article: Article, all: readonly Article[], limit: number): Article[] {
  const tags = new Set(article.tags.map(tagSlug));
  return all
    .filter((other) => other.slug !== article.slug)
    .map((other) => ({ other, shared: new Set(other.tags.map(tagSlug)).size - new Set(other.tags.map(tagSlug).filter((t) => !tags.has(t))).size, same: other.section === article.section }))
    .filter(({ shared, same }) => shared > 0 || same)
    .sort((a, b) => b.shared - a.shared || Number(b.same) - Number(a.same))
    .slice(0, limit)
    .map(({ other }) => other);
}

describe('reading on', () => {
  for (const locale of ['en', 'ko'] as const) {
    it(`related stories in ${locale}: most shared tags first, then the section, newest first within each`, () => {
      const all = latestArticles(locale, Number.POSITIVE_INFINITY);
      for (const article of all) {
        for (const limit of [4, 5]) expect(relatedArticles(article, limit).map((a) => a.slug), article.slug).toEqual(relatedByRule(article, all, limit).map((a) => a.slug));
      }
    });

    it(`"next in section" in ${locale} is the story published just before, or the newest for the oldest`, () => {
      const all = latestArticles(locale, Number.POSITIVE_INFINITY);
      for (const article of all) {
        const section = all.filter((a) => a.section === article.section);
        const at = section.indexOf(article);
        const expected = section[at + 1] ?? section[0];
        expect(nextInSection(article)?.slug, article.slug).toBe(expected?.slug === article.slug ? undefined : expected?.slug);
      }
    });
  }
});
