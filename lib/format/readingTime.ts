import { localeConfig } from '@/i18n/locales';
import type { Locale } from '@/i18n/routing';

/** Whole minutes to read a story's text, at least one, at the language's pace (i18n/locales.ts). */
export function readingMinutes(locale: Locale, text: string): number {
  const { units, perMinute } = localeConfig[locale].reading;
  return Math.max(1, Math.round(units(text) / perMinute));
}
