import { describe, expect, it } from 'vitest';
import { LOCALES } from './languages';
import { localeConfig, otherLocale } from './locales';

describe('the per-language data', () => {
  it('pairs every language with another one, both ways', () => {
    for (const locale of LOCALES) {
      expect(otherLocale(locale)).not.toBe(locale);
      expect(LOCALES).toContain(otherLocale(locale));
      expect(otherLocale(otherLocale(locale))).toBe(locale);
    }
  });

  it('counts what each language reads by: English words, Korean syllables and the Latin words among them', () => {
    expect(localeConfig.en.reading.units("Kim's train, 2023 en route")).toBe(5);
    expect(localeConfig.ko.reading.units('김정은 전용열차 KTX 2023')).toBe(9);
  });

  it('knows each language by its letters, and a Korean subject by its particle', () => {
    expect(localeConfig.ko.letters.test('기준금리')).toBe(true);
    expect(localeConfig.en.letters.test('기준금리')).toBe(false);
    expect(localeConfig.ko.asSubject('김서연')).toBe('김서연이');
    expect(localeConfig.ko.asSubject('이하나')).toBe('이하나가');
    expect(localeConfig.en.asSubject('Kim Seo-yeon')).toBe('Kim Seo-yeon');
  });
});
