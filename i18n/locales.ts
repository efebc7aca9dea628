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
}

export const localeConfig: Record<Locale, LocaleConfig> = {
  en: { nativeName: 'English', htmlLang: 'en', openGraphLocale: 'en_US' },
  ko: { nativeName: '한국어', htmlLang: 'ko', openGraphLocale: 'ko_KR' },
};

export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'ko' : 'en';
}
