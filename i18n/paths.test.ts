import { describe, expect, it } from 'vitest';
import { localeOfPath } from './languages';
import { counterpartPath } from './paths';
import { LOCALE_PATH_PATTERN, needsLanguage, parsePath, withLanguage } from './requestPaths';

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

describe('reading a path', () => {
  it('takes a site path apart: its language, kind, key and the rest', () => {
    expect(parsePath('/ko/article/kim-train/bilingual')).toEqual({ locale: 'ko', first: 'ko', kind: 'article', key: 'kim-train', rest: ['bilingual'] });
    expect(parsePath('/fr/article/x')).toMatchObject({ locale: undefined, first: 'fr', kind: 'article' });
    expect(localeOfPath('/en')).toBe('en');
    expect(localeOfPath('/')).toBeUndefined();
    expect(localeOfPath('/korea/x')).toBeUndefined();
  });

  it('finds the language at the start of a path with the pattern inline scripts use', () => {
    const pattern = new RegExp(LOCALE_PATH_PATTERN);
    expect('/ko/search'.match(pattern)?.[1]).toBe('ko');
    expect('/ko'.match(pattern)?.[1]).toBe('ko');
    expect('/kor/x'.match(pattern)).toBeNull();
  });

  it('sends paths typed without a language to one, and no other', () => {
    expect(['/', '/article/x', '/section/politics'].every(needsLanguage)).toBe(true);
    expect(['/en', '/articles', '/ko/article/x', '/search'].some(needsLanguage)).toBe(false);
    expect(withLanguage('ko', '/')).toBe('/ko');
    expect(withLanguage('en', '/article/x')).toBe('/en/article/x');
  });
});
