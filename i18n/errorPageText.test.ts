import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import ko from '@/messages/ko.json';
import { ERROR_PAGE_TEXT, errorPageText } from './errorPageText';

describe('the error page text', () => {
  it('is the Error messages of each language', () => {
    expect(ERROR_PAGE_TEXT.en).toEqual(en.Error);
    expect(ERROR_PAGE_TEXT.ko).toEqual(ko.Error);
  });

  it('falls back to English for a locale the site does not have', () => {
    expect(errorPageText('fr').locale).toBe('en');
    expect(errorPageText('ko').title).toBe(ko.Error.title);
  });
});
