import { describe, expect, it } from 'vitest';
import type { Locale } from '@/i18n/routing';
import { searchArticles } from './index';

const slugs = (locale: Locale, query: string) => searchArticles(locale, query).documents.map((d) => d.slug);

// The newsroom content folder (CONTENT_DIR unset).
describe('searching stories', () => {
  it('finds a Korean story by a word that carries a particle in the text', () => {
    expect(slugs('ko', '푸틴')).toContain('kim-train-khabarovsk');
  });

  it('finds an English story by another form of a word, ignoring case', () => {
    expect(slugs('en', 'SUMMITS')).toContain('kim-train-khabarovsk');
  });

  it('searches only the reader’s language', () => {
    expect(slugs('ko', 'Putin')).not.toContain('kim-train-khabarovsk');
    expect(slugs('en', '푸틴')).toEqual([]);
  });

  it('needs every word of the query', () => {
    expect(slugs('en', 'Khabarovsk train')).toEqual(['kim-train-khabarovsk']);
    expect(slugs('en', 'Khabarovsk baseball')).toEqual([]);
  });

  it('finds Latin letters and numbers written against Korean (DPRK는, 2015년)', () => {
    expect(slugs('ko', 'DPRK')).toEqual(['kim-train-khabarovsk']);
    expect(slugs('ko', 'dprk는')).toEqual(['kim-train-khabarovsk']);
    expect(slugs('ko', '2015').sort()).toEqual(['busan-film-festival-opens', 'seoul-subway-fare-hike']);
  });

  it('matches Korean however the compound is spaced', () => {
    // The story's tag is "북러 정상회담", with a space.
    expect(slugs('ko', '북러정상회담')).toEqual(['kim-train-khabarovsk']);
    expect(slugs('ko', '북러 정상회담')).toEqual(['kim-train-khabarovsk']);
  });

  it('does not match a Korean word only because its syllable pairs occur apart', () => {
    // 김정, 정은, 은푸 and 푸틴 are all in the seed story; 김정은푸틴 is not.
    expect(slugs('ko', '김정은푸틴')).toEqual([]);
  });

  it('tries a Korean query again without its particle when it finds nothing', () => {
    const results = searchArticles('ko', '푸틴은');
    expect(results.query).toBe('푸틴');
    expect(results.documents.map((d) => d.slug)).toContain('kim-train-khabarovsk');
    // Found as typed: kept as typed.
    expect(searchArticles('ko', '정상회담을').query).toBe('정상회담을');
  });

  it('answers an empty or punctuation-only query with nothing, not an error', () => {
    expect(slugs('en', '')).toEqual([]);
    expect(slugs('en', '?!… <script>')).toEqual(slugs('en', 'script'));
  });

  it('gives each result the body text its excerpt is cut from', () => {
    const [seed] = searchArticles('en', 'Khabarovsk train').documents;
    expect(seed?.plainText).toContain('Khabarovsk');
    expect(seed?.title).toMatch(/^N\. Korean leader's train/);
  });
});
