import { beforeAll, describe, expect, it } from 'vitest';
import { searchArticles, type SearchDocument } from './index';
import { RECORDED_SEARCHES } from './recordedSearches';

beforeAll(() => {
  process.env.CONTENT_DIR = 'e2e/fixtures/content';
});

/**
 * Where MiniSearch's per-field statistics put another story first, the content index puts the one
 * with the word in its headline (or, among the market reports' equal standfirsts, the newest).
 */
const HEADLINE_FIRST: Record<string, string> = {
  'en seoul': 'desk-stale-translation', // "UN envoy visits Seoul ahead of general assembly"
  'en market': 'market-report-2023-08-24', // "… on day 24 of the market report series."; MiniSearch: a body's "industry market"
  'ko 1': 'market-report-2023-08-19', // "코스피 1.06% 하락… 기술주 약세"; MiniSearch: "시황 시리즈 1번째 기사" in a standfirst
};

describe('search finds what it found before it moved into the content index', () => {
  for (const recorded of RECORDED_SEARCHES) {
    it(`${recorded.locale}: ${JSON.stringify(recorded.query).slice(0, 60)}`, () => {
      const found = searchArticles(recorded.locale, recorded.query);
      expect(found.query).toBe(recorded.matched ?? recorded.query);
      expect(found.total).toBe(recorded.slugs.length);
      const documents: SearchDocument[] = [...found.documents];
      for (let page = 2; page <= found.totalPages; page++) documents.push(...searchArticles(recorded.locale, recorded.query, page).documents);
      const slugs = documents.map((d) => d.slug);
      expect([...slugs].sort()).toEqual(recorded.slugs);
      const best = HEADLINE_FIRST[`${recorded.locale} ${recorded.query}`] ?? recorded.best;
      if (best) expect(slugs[0]).toBe(best);
    });
  }
});

describe('search results come in pages', () => {
  it('of 20, best first, with the total and the number of pages', () => {
    const first = searchArticles('en', 'KOSPI');
    expect(first).toMatchObject({ total: 24, more: false, page: 1, totalPages: 2 });
    expect(first.documents).toHaveLength(20);
    const second = searchArticles('en', 'KOSPI', 2);
    expect(second).toMatchObject({ total: 24, page: 2, totalPages: 2 });
    expect(second.documents).toHaveLength(4);
    expect(new Set([...first.documents, ...second.documents].map((d) => d.slug)).size).toBe(24);
  });

  it('showing the last page for a page past the end (an old link), and the first for nonsense', () => {
    const last = searchArticles('en', 'KOSPI', 99);
    expect(last).toMatchObject({ page: 2, totalPages: 2 });
    expect(last.documents.map((d) => d.slug)).toEqual(searchArticles('en', 'KOSPI', 2).documents.map((d) => d.slug));
    for (const page of [0, -1, Number.NaN, 1.5]) expect(searchArticles('en', 'KOSPI', page).page).toBe(1);
    expect(searchArticles('en', 'zzyzx', 3)).toMatchObject({ total: 0, page: 1, totalPages: 1, documents: [] });
  });
});
