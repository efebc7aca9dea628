import { describe, expect, it } from 'vitest';
import { languageAlternates } from './alternates';

describe('languageAlternates', () => {
  it('lists every version, itself included, and English as x-default', () => {
    expect(languageAlternates({ en: '/en/article/x', ko: '/ko/article/x' }).map((a) => `${a.hreflang} ${a.href}`)).toEqual([
      'en http://localhost:3000/en/article/x',
      'ko http://localhost:3000/ko/article/x',
      'x-default http://localhost:3000/en/article/x',
    ]);
  });

  it('lists no alternate for a language the page does not exist in', () => {
    expect(languageAlternates({ ko: '/ko/article/y' }).map((a) => a.hreflang)).toEqual(['ko', 'x-default']);
    expect(languageAlternates({})).toEqual([]);
  });
});
