import { describe, expect, it } from 'vitest';
import { searchArticles, serializeSearchIndex } from './index';

// The newsroom content folder (CONTENT_DIR unset).
describe('searching stories', () => {
  it('finds a Korean story by a word that carries a particle in the text', () => {
    const slugs = searchArticles('ko', '푸틴').map((d) => d.slug);
    expect(slugs).toContain('kim-train-khabarovsk');
  });

  it('finds an English story by another form of a word, ignoring case', () => {
    expect(searchArticles('en', 'SUMMITS').map((d) => d.slug)).toContain('kim-train-khabarovsk');
  });

  it('searches only the reader’s language', () => {
    expect(searchArticles('ko', 'Putin').map((d) => d.slug)).not.toContain('kim-train-khabarovsk');
    expect(searchArticles('en', '푸틴')).toEqual([]);
  });

  it('needs every word of the query', () => {
    expect(searchArticles('en', 'Khabarovsk train').map((d) => d.slug)).toEqual(['kim-train-khabarovsk']);
    expect(searchArticles('en', 'Khabarovsk baseball')).toEqual([]);
  });

  it('answers an empty or punctuation-only query with nothing, not an error', () => {
    expect(searchArticles('en', '')).toEqual([]);
    expect(searchArticles('en', '?!… <script>')).toEqual(searchArticles('en', 'script'));
  });

  it('serializes an index with the documents results show', () => {
    const { documents } = JSON.parse(serializeSearchIndex('en')) as { documents: { slug: string; title: string }[] };
    expect(documents.find((d) => d.slug === 'kim-train-khabarovsk')?.title).toMatch(/^N\. Korean leader's train/);
  });
});
