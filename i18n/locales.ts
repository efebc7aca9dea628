import type { Locale } from './routing';

/**
 * What differs between the site's languages, as data (BBC Simorgh's per-service config):
 * components read this instead of branching on the locale.
 */
export interface LocaleConfig {
  /** The language's own name, for language switchers. */
  nativeName: string;
  /** BCP 47 tag for `lang` and `hreflang`. */
  htmlLang: string;
  openGraphLocale: string;
  /** Labels the Markdown renderer writes into story bodies (built at build time, no messages). */
  body: {
    footnotes: string;
    backToReference: (n: number) => string;
    scrollableTable: string;
  };
}

export const localeConfig: Record<Locale, LocaleConfig> = {
  en: {
    nativeName: 'English',
    htmlLang: 'en',
    openGraphLocale: 'en_US',
    body: { footnotes: 'Notes', backToReference: (n) => `Back to reference ${n}`, scrollableTable: 'Table (scrolls sideways)' },
  },
  ko: {
    nativeName: '한국어',
    htmlLang: 'ko',
    openGraphLocale: 'ko_KR',
    body: { footnotes: '각주', backToReference: (n) => `본문 ${n}번 위치로 돌아가기`, scrollableTable: '표 (좌우로 스크롤)' },
  },
};

export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'ko' : 'en';
}
