import type { Locale } from '@/i18n/routing';

// Typical silent reading speeds for news copy: words a minute in English, syllables in Korean.
const ENGLISH_WORDS_PER_MINUTE = 230;
const KOREAN_SYLLABLES_PER_MINUTE = 500;

/** Whole minutes to read a story's text, at least one. */
export function readingMinutes(locale: Locale, text: string): number {
  const units =
    locale === 'ko'
      ? (text.match(/\p{Script=Hangul}/gu)?.length ?? 0) + (text.match(/[A-Za-z0-9]+/g)?.length ?? 0)
      : (text.match(/[\p{L}\p{N}'’-]+/gu)?.length ?? 0);
  const perMinute = locale === 'ko' ? KOREAN_SYLLABLES_PER_MINUTE : ENGLISH_WORDS_PER_MINUTE;
  return Math.max(1, Math.round(units / perMinute));
}
