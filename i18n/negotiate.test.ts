import { describe, expect, it } from 'vitest';
import { preferredLocale } from './negotiate';

describe("choosing a reader's language at /", () => {
  it.each([
    ['ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7', undefined, 'ko'],
    ['en-GB,en;q=0.9', undefined, 'en'],
    ['fr-FR,fr;q=0.9,ko;q=0.5', undefined, 'ko'],
    ['en;q=0.3,ko;q=0.8', undefined, 'ko'],
    ['KO', undefined, 'ko'],
    ['ja,zh;q=0.8', undefined, 'en'],
    [null, undefined, 'en'],
    ['', undefined, 'en'],
  ])('Accept-Language %j sends the reader to /%s', (header, cookie, expected) => {
    expect(preferredLocale(header, cookie)).toBe(expected);
  });

  it('prefers Accept-Language over the cookie, as the contract says', () => {
    expect(preferredLocale('ko-KR,ko;q=0.9', 'en')).toBe('ko');
    expect(preferredLocale('en-US', 'ko')).toBe('en');
  });

  it('falls back to the cookie when the browser asks for no language the site has', () => {
    expect(preferredLocale('fr-FR,de;q=0.8', 'ko')).toBe('ko');
    expect(preferredLocale(null, 'ko')).toBe('ko');
  });

  it('ignores a cookie that names no site language', () => {
    expect(preferredLocale(null, 'fr')).toBe('en');
    expect(preferredLocale(null, '<script>')).toBe('en');
  });
});
