import { describe, expect, it } from 'vitest';
import { TAG_SLUG_PATTERN, tagSlug } from './tags';

describe('tag URLs', () => {
  it.each([
    ['Kim Jong-un', 'kim-jong-un'],
    ["Supreme People's Assembly", 'supreme-peoples-assembly'],
    ['South Korea-Japan relations', 'south-korea-japan-relations'],
    ['북러 정상회담', '북러-정상회담'],
    ['  K-pop!  ', 'k-pop'],
    ['Ｋ－ＰＯＰ', 'k-pop'],
  ])('%j lives at /tag/%s', (tag, slug) => {
    expect(tagSlug(tag)).toBe(slug);
    expect(TAG_SLUG_PATTERN.test(slug)).toBe(true);
  });

  it('refuses segments that no tag produces', () => {
    for (const segment of ['', '-a', 'a--b', 'a/b', '..', 'a b', '%2e']) expect(TAG_SLUG_PATTERN.test(segment)).toBe(false);
  });
});
