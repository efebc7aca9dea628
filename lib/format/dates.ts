import { localeConfig } from '@/i18n/locales';
import type { Locale } from '@/i18n/routing';

/** Every time on the site is shown in the newsroom's zone, whatever the server's or reader's. */
export const NEWSROOM_TIME_ZONE = 'Asia/Seoul';

/** A time of day on a date, as a clock in Seoul shows it. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const seoulClock = new Intl.DateTimeFormat('en-US', {
  timeZone: NEWSROOM_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

function wallClockInSeoul(instant: Date): WallClock {
  const parts: Record<string, number> = {};
  for (const part of seoulClock.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The date-and-time part of a story's timestamp, in KST, as each language's press writes it
 * (i18n/locales.ts): English `Sept. 14, 2023 - 21:52`, Korean `2023.09.14 21:52`. The label
 * around it ("Published : ", "입력 ") comes from the messages.
 */
export function formatNewsDateTime(locale: Locale, iso: string): string {
  return localeConfig[locale].newsDateTime(wallClockInSeoul(new Date(iso)));
}

/**
 * The instant as ISO 8601 with the KST offset (`2023-09-14T21:52:00+09:00`), for `<time dateTime>`
 * and structured data: unambiguous for machines and identical to what editors write.
 * Korea has kept +09:00 all year since 1988, so the offset is fixed.
 */
export function toKstIsoString(iso: string): string {
  // The instant at UTC+9, as the suffix says: exact for every date (Seoul's historical offsets
  // and 1987-88 summer time included, which a wall clock would mislabel), and without Intl,
  // which a 50,000-URL sitemap part would call 50,000 times.
  const t = new Date(Date.parse(iso) + 9 * 3600_000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}+09:00`;
}
