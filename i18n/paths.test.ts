import { describe, expect, it } from 'vitest';
import { counterpartPath } from './paths';

describe('counterpartPath', () => {
  it('keeps the story, section, author and search page in the other language', () => {
    expect(counterpartPath('/en/article/kim-train-khabarovsk', 'ko')).toBe('/ko/article/kim-train-khabarovsk');
    expect(counterpartPath('/en/article/kim-train-khabarovsk/bilingual', 'ko')).toBe('/ko/article/kim-train-khabarovsk/bilingual');
    expect(counterpartPath('/ko/section/business', 'en')).toBe('/en/section/business');
    expect(counterpartPath('/en/author/kim-seo-yeon', 'ko')).toBe('/ko/author/kim-seo-yeon');
    expect(counterpartPath('/en/search', 'ko')).toBe('/ko/search');
  });

  it('goes to page 1 of a listing, which exists in every language that has the listing', () => {
    expect(counterpartPath('/en/section/business/page/3', 'ko')).toBe('/ko/section/business');
  });

  it('leads from a tag page, and anything else, to the front page', () => {
    expect(counterpartPath('/en/tag/markets', 'ko')).toBe('/ko');
    expect(counterpartPath('/en', 'ko')).toBe('/ko');
    expect(counterpartPath('/ko/', 'en')).toBe('/en');
  });
});
