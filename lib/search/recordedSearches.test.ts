import { beforeAll, describe, expect, it } from 'vitest';
import { searchArticles } from './index';
import { RECORDED_SEARCHES } from './recordedSearches';

beforeAll(() => {
  process.env.CONTENT_DIR = 'e2e/fixtures/content';
});

describe('search finds what it found before it moved into the content index', () => {
  for (const recorded of RECORDED_SEARCHES) {
    it(`${recorded.locale}: ${JSON.stringify(recorded.query).slice(0, 60)}`, () => {
      const found = searchArticles(recorded.locale, recorded.query);
      expect(found.query).toBe(recorded.matched ?? recorded.query);
      const slugs = found.documents.map((d) => d.slug);
      expect([...slugs].sort()).toEqual(recorded.slugs);
      if (recorded.best) expect(slugs[0]).toBe(recorded.best);
    });
  }
});
