import { describe, expect, it } from 'vitest';
import { countSetting, DEFAULT_PRERENDER_LISTING_PAGES, DEFAULT_PRERENDER_STORIES, prerenderListingPages, prerenderStories } from './prerender';

describe('prerender settings', () => {
  it('default to the newest 1,000 stories and five pages of each listing', () => {
    expect(prerenderStories({})).toBe(DEFAULT_PRERENDER_STORIES);
    expect(prerenderListingPages({ PRERENDER_LISTING_PAGES: '' })).toBe(DEFAULT_PRERENDER_LISTING_PAGES);
  });

  it('take a whole number or "all"', () => {
    expect(prerenderStories({ PRERENDER_STORIES: '0' })).toBe(0);
    expect(prerenderStories({ PRERENDER_STORIES: 'all' })).toBe(Number.POSITIVE_INFINITY);
    expect(prerenderListingPages({ PRERENDER_LISTING_PAGES: '2' })).toBe(2);
  });

  it('refuse anything else with a message naming the setting', () => {
    expect(() => prerenderStories({ PRERENDER_STORIES: '1e3' })).not.toThrow();
    expect(() => prerenderStories({ PRERENDER_STORIES: 'lots' })).toThrow(/PRERENDER_STORIES must be a whole number/);
    expect(() => prerenderListingPages({ PRERENDER_LISTING_PAGES: '0' })).toThrow(/at least 1/);
    expect(() => countSetting('X', '-3', 5)).toThrow(/X must/);
  });
});
