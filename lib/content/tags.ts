/**
 * A tag's URL segment: lowercase words of any script joined by hyphens, so that
 * "Kim Jong-un" is `kim-jong-un` and "북러 정상회담" is `북러-정상회담`.
 */
export function tagSlug(tag: string): string {
  return tag
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** What a tag URL segment may look like; anything else is a 404 without a lookup. */
export const TAG_SLUG_PATTERN = /^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u;
