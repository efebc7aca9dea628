import { afterEach, describe, expect, it } from 'vitest';
import { formatNewsDateTime, toKstIsoString } from './dates';

// Expected formats per language, kept as data (BBC Simorgh's timestamp regression tables).
const cases = [
  { iso: '2023-09-14T21:52:00+09:00', en: 'Sept. 14, 2023 - 21:52', ko: '2023.09.14 21:52', kst: '2023-09-14T21:52:00+09:00' },
  // The same instant written in UTC still reads in Seoul time.
  { iso: '2023-09-14T12:52:00Z', en: 'Sept. 14, 2023 - 21:52', ko: '2023.09.14 21:52', kst: '2023-09-14T21:52:00+09:00' },
  // Late evening in New York is already the next morning in Seoul.
  { iso: '2023-12-31T20:05:00-05:00', en: 'Jan. 1, 2024 - 10:05', ko: '2024.01.01 10:05', kst: '2024-01-01T10:05:00+09:00' },
  { iso: '2024-03-05T00:00:00+09:00', en: 'March 5, 2024 - 00:00', ko: '2024.03.05 00:00', kst: '2024-03-05T00:00:00+09:00' },
  { iso: '2024-06-30T23:59:59+09:00', en: 'June 30, 2024 - 23:59', ko: '2024.06.30 23:59', kst: '2024-06-30T23:59:59+09:00' },
  { iso: '2024-02-29T09:30:00+09:00', en: 'Feb. 29, 2024 - 09:30', ko: '2024.02.29 09:30', kst: '2024-02-29T09:30:00+09:00' },
];

const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('news timestamps', () => {
  for (const zone of ['UTC', 'America/New_York', 'Pacific/Kiritimati', 'Asia/Seoul']) {
    describe(`on a server in ${zone}`, () => {
      for (const c of cases) {
        it(`shows ${c.iso} in Seoul time`, () => {
          process.env.TZ = zone;
          // The process really runs in that zone: local dates differ, the newsroom's do not.
          expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone === 'UTC' ? 'UTC' : zone);
          expect(formatNewsDateTime('en', c.iso)).toBe(c.en);
          expect(formatNewsDateTime('ko', c.iso)).toBe(c.ko);
          expect(toKstIsoString(c.iso)).toBe(c.kst);
        });
      }
    });
  }

  it('uses AP style month abbreviations in English', () => {
    AP_MONTHS.forEach((month, i) => {
      const iso = `2023-${String(i + 1).padStart(2, '0')}-10T12:00:00+09:00`;
      expect(formatNewsDateTime('en', iso)).toBe(`${month} 10, 2023 - 12:00`);
    });
  });

  it('keeps the machine-readable time the same instant as the input', () => {
    for (const c of cases) expect(Date.parse(toKstIsoString(c.iso))).toBe(Date.parse(c.iso));
    // Archive dates from Seoul's summer time (1987) and its +08:30 years (1955) too.
    for (const iso of ['1987-07-01T12:00:00Z', '1955-03-01T00:30:00Z', '1900-01-01T00:00:00Z']) expect(Date.parse(toKstIsoString(iso)), iso).toBe(Date.parse(iso));
    expect(toKstIsoString('1987-07-01T12:00:00Z')).toBe('1987-07-01T21:00:00+09:00');
  });
});
