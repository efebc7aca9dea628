import { describe, expect, it } from 'vitest';
import { excerpt, highlight, indexTerms, parseQuery, queryPhrases, queryTerms, withoutParticles } from './text';

const matched = (text: string, query: string) => highlight(text, query).filter((p) => p.match).map((p) => p.text);

describe('search text', () => {
  it('finds a Korean word inside a word with a particle attached', () => {
    const index = new Set(indexTerms('김정은 위원장은 푸틴과 회담했다. 푸틴은 초청을 수락했다'));
    expect(queryTerms('푸틴').every((t) => index.has(t))).toBe(true);
    expect(queryTerms('정상회담').every((t) => index.has(t))).toBe(false);
    expect(queryTerms('북').every((t) => new Set(indexTerms('북한')).has(t))).toBe(true);
  });

  it('matches English regardless of case, accents and word form', () => {
    const index = new Set(indexTerms('Chipmakers RALLIED as Pokémon fans cheered the summits'));
    for (const query of ['rally', 'rallies', 'pokemon', 'Summit', 'chipmaker']) {
      expect(queryTerms(query).every((t) => index.has(t)), query).toBe(true);
    }
  });

  it('highlights the matched words as written', () => {
    expect(matched('Putin accepted. 푸틴과 푸틴은', '푸틴')).toEqual(['푸틴', '푸틴']);
    expect(matched('Shares Rallied as chipmakers rally', 'rally')).toEqual(['Rallied', 'rally']);
    expect(matched('Café society', 'cafe')).toEqual(['Café']);
    expect(highlight('no match here', 'putin')).toEqual([{ text: 'no match here', match: false }]);
  });

  it('keeps every character of the text across the parts', () => {
    const text = 'Kim Jong-un met Putin; 김정은은 푸틴과 만났다.';
    expect(highlight(text, 'putin 푸틴').map((p) => p.text).join('')).toBe(text);
  });

  it('cuts an excerpt around the first match', () => {
    const text = `${'word '.repeat(60)}Putin said ${'more '.repeat(60)}`;
    const cut = excerpt(text, 'putin', 80);
    expect(cut).toContain('Putin said');
    expect(cut!.startsWith('… ')).toBe(true);
    expect(cut!.length).toBeLessThan(100);
    expect(excerpt('nothing', 'putin')).toBeUndefined();
  });

  it('splits words that mix Korean with Latin letters or digits', () => {
    const index = new Set(indexTerms('DPRK는 2015년에'));
    expect(index.has('dprk')).toBe(true);
    expect(index.has('2015')).toBe(true);
    expect(parseQuery('DPRK는 2015년 북')).toEqual({ korean: ['북'], stems: ['dprk', '2015'] });
    expect(matched('DPRK는 공식 국호', 'dprk는')).toEqual(['DPRK']);
  });

  it('indexes the syllable pair across a space, so spacing does not hide a compound', () => {
    const index = new Set(indexTerms('북러 정상회담'));
    expect(queryTerms('북러정상회담').every((t) => index.has(t))).toBe(true);
    expect(new Set(indexTerms('북러. 정상회담')).has('러정')).toBe(false);
    expect(matched('북러 정상회담이 열렸다', '북러정상회담')).toEqual(['북러 정상회담']);
  });

  it('indexes a longer Korean word as pieces in a row only where it is written, spaces aside', () => {
    /** Whether the word's pieces occur one after the other in the text's terms, as FTS5 matches a phrase. */
    const written = (text: string, word: string) => {
      const terms = indexTerms(text);
      const [phrase] = queryPhrases(word);
      return terms.some((_, i) => phrase!.every((piece, j) => terms[i + j] === piece));
    };
    expect(queryPhrases('정상회담')).toEqual([['정상', '상회', '회담']]);
    expect(written('북러 정상회담이 열렸다', '북러정상회담')).toBe(true);
    expect(written('김정은 위원장은 푸틴과 만났다', '위원장은푸틴')).toBe(true);
    expect(written('김정은 위원장은 푸틴과 만났다', '김정은푸틴')).toBe(false);
    expect(written('정상 간 회담', '정상회담')).toBe(false);
    // Words apart by more than a space are apart.
    expect(written('북러. 러시아 측은', '북러시아')).toBe(false);
    expect(written('북러 DPRK 러시아', '북러시아')).toBe(false);
  });

  it('asks for each word of a query once, short words as one term', () => {
    expect(queryPhrases('푸틴 북 DPRK는 summits 푸틴')).toEqual([['푸틴'], ['북'], ['dprk'], ['summit']]);
    expect(queryPhrases('"NEAR(" OR * -')).toEqual([['near'], ['or']]);
    expect(queryPhrases('?!… 🇰🇷')).toEqual([]);
  });

  it('takes a particle off the end of a Korean word, keeping short words whole', () => {
    expect(withoutParticles('푸틴은')).toBe('푸틴');
    expect(withoutParticles('러시아에서 푸틴과')).toBe('러시아 푸틴');
    expect(withoutParticles('Putin 회담')).toBeUndefined();
    expect(withoutParticles('수도')).toBeUndefined();
  });
});
