import { describe, expect, it } from 'vitest';
import { readingMinutes } from './readingTime';

describe('reading time', () => {
  it('counts English words at 230 a minute', () => {
    expect(readingMinutes('en', 'word '.repeat(690))).toBe(3);
    expect(readingMinutes('en', "Kim Jong-un's train")).toBe(1);
  });

  it('counts Korean syllables at 500 a minute', () => {
    expect(readingMinutes('ko', '가나다라마 '.repeat(300))).toBe(3);
  });

  it('never says zero minutes', () => {
    expect(readingMinutes('en', '')).toBe(1);
    expect(readingMinutes('ko', '짧다')).toBe(1);
  });
});
