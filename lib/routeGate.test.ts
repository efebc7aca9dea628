import { describe, expect, it } from 'vitest';
import { catalogLookup, isKnownRoute, type RouteCatalog } from './routeGate';

const catalog = catalogLookup({
  stories: ['kim-train-khabarovsk', 'old-archive-story'],
  unpublished: ['desk-draft-canary'],
  listings: {
    section: { en: { business: 3 }, ko: { business: 2 } },
    tag: { en: { markets: 2 }, ko: { 증시: 2 } },
    author: { en: { 'park-ji-hoon': 2 }, ko: {} },
  },
} satisfies RouteCatalog);

const reader = { preview: false };

describe('the route gate', () => {
  it('lets through every story of the build in both languages, its share card and its parallel view', () => {
    for (const path of ['/en/article/old-archive-story', '/ko/article/old-archive-story', '/en/article/kim-train-khabarovsk/card.png', '/ko/article/kim-train-khabarovsk/bilingual']) {
      expect(isKnownRoute(path, catalog, reader), path).toBe(true);
    }
  });

  it('turns away made-up, mistyped and malformed story URLs', () => {
    const hostile = [
      '/en/article/no-such-story',
      '/en/article/Kim-Train-Khabarovsk',
      '/en/article/kim%00train',
      '/en/article/%2e%2e%2fpackage.json',
      '/fr/article/kim-train-khabarovsk',
      '/EN/article/kim-train-khabarovsk',
      '/en/article/kim-train-khabarovsk/other',
      '/en/article/kim-train-khabarovsk/card.png/x',
      '/en/article/kim-train-khabarovsk/bilingual/x',
      '/en/article/no-such-story/bilingual',
    ];
    for (const path of hostile) expect(isKnownRoute(path, catalog, reader), path).toBe(false);
  });

  it('shows drafts and scheduled stories only to an editor in preview', () => {
    expect(isKnownRoute('/en/article/desk-draft-canary', catalog, reader)).toBe(false);
    expect(isKnownRoute('/en/article/desk-draft-canary', catalog, { preview: true })).toBe(true);
    expect(isKnownRoute('/en/article/no-such-story', catalog, { preview: true })).toBe(false);
  });

  it('lets through listing pages that exist, per language, and nothing past the end', () => {
    expect(isKnownRoute('/en/section/business/page/3', catalog, reader)).toBe(true);
    expect(isKnownRoute('/ko/section/business/page/3', catalog, reader)).toBe(false);
    expect(isKnownRoute('/ko/tag/%EC%A6%9D%EC%8B%9C/page/2', catalog, reader)).toBe(true);
    expect(isKnownRoute('/en/author/park-ji-hoon/page/2', catalog, reader)).toBe(true);
    for (const path of [
      '/en/section/business/page/4',
      '/en/section/business/page/1',
      '/en/section/business/page/02',
      '/en/section/business/page/2%00',
      '/en/section/Business/page/2',
      '/en/tag/%E0%A4%A/page/2',
      '/ko/author/park-ji-hoon/page/2',
      '/en/section/business/page/2/extra',
    ]) {
      expect(isKnownRoute(path, catalog, reader), path).toBe(false);
    }
  });

  it('lets through the first page of a listing the catalog has (a tag that came with a publish), and a section\'s feed and card', () => {
    for (const path of ['/en/tag/markets', '/ko/tag/%EC%A6%9D%EC%8B%9C', '/en/author/park-ji-hoon', '/en/section/business', '/en/section/business/feed.xml', '/en/section/business/card.png']) {
      expect(isKnownRoute(path, catalog, reader), path).toBe(true);
    }
    for (const path of ['/en/tag/no-such-tag', '/ko/author/park-ji-hoon', '/en/tag/markets/feed.xml', '/en/section/business/other.xml', '/en/section/sports']) {
      expect(isKnownRoute(path, catalog, reader), path).toBe(false);
    }
  });

  it('knows search only in the site languages', () => {
    expect(isKnownRoute('/ko/search', catalog, reader)).toBe(true);
    expect(isKnownRoute('/fr/search', catalog, reader)).toBe(false);
  });
});
