import type { WallClock } from '@/lib/format/dates';
import { subjectParticle } from '@/lib/format/korean';
import type { Locale } from './routing';

// AP style: short months get a period, March to July are written out, September is "Sept."
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const pad = (n: number) => String(n).padStart(2, '0');
const clock = (t: WallClock) => `${pad(t.hour)}:${pad(t.minute)}`;

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
  /** The language's name in English, for editors' messages (content:check). */
  englishName: string;
  /** The letters the language is written in: a gloss for its readers must use them. */
  letters: RegExp;
  /** The story's other version: the language the switch, the parallel view and glosses pair it with. */
  counterpart: Locale;
  /** Labels the Markdown renderer writes into story bodies (built at build time, no messages). */
  body: {
    footnotes: string;
    backToReference: (n: number) => string;
    scrollableTable: string;
  };
  /** Silent reading of news copy: what is counted in a text, and how many of them a minute. */
  reading: { units: (text: string) => number; perMinute: number };
  /** A story's date and time as the language's press writes it (the label around it is a message). */
  newsDateTime: (t: WallClock) => string;
  /** A list of names as the subject of a sentence (Korean adds its particle, 이 or 가). */
  asSubject: (names: string) => string;
}

export const localeConfig: Record<Locale, LocaleConfig> = {
  en: {
    nativeName: 'English',
    htmlLang: 'en',
    openGraphLocale: 'en_US',
    englishName: 'English',
    letters: /[A-Za-z]/,
    counterpart: 'ko',
    body: { footnotes: 'Notes', backToReference: (n) => `Back to reference ${n}`, scrollableTable: 'Table (scrolls sideways)' },
    // Words, 230 a minute.
    reading: { units: (text) => text.match(/[\p{L}\p{N}'’-]+/gu)?.length ?? 0, perMinute: 230 },
    // `Sept. 14, 2023 - 21:52`
    newsDateTime: (t) => `${AP_MONTHS[t.month - 1]} ${t.day}, ${t.year} - ${clock(t)}`,
    asSubject: (names) => names,
  },
  ko: {
    nativeName: '한국어',
    htmlLang: 'ko',
    openGraphLocale: 'ko_KR',
    englishName: 'Korean',
    letters: /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/,
    counterpart: 'en',
    body: { footnotes: '각주', backToReference: (n) => `본문 ${n}번 위치로 돌아가기`, scrollableTable: '표 (좌우로 스크롤)' },
    // Syllables (and Latin words or numbers), 500 a minute.
    reading: { units: (text) => (text.match(/\p{Script=Hangul}/gu)?.length ?? 0) + (text.match(/[A-Za-z0-9]+/g)?.length ?? 0), perMinute: 500 },
    // `2023.09.14 21:52`
    newsDateTime: (t) => `${t.year}.${pad(t.month)}.${pad(t.day)} ${clock(t)}`,
    asSubject: (names) => (names ? `${names}${subjectParticle(names)}` : names),
  },
};

/** The language a story's other version is in (LocaleConfig.counterpart). */
export function otherLocale(locale: Locale): Locale {
  return localeConfig[locale].counterpart;
}
