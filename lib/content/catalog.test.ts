import { beforeAll, describe, expect, it } from 'vitest';
import { buildRouteCatalog } from './catalog';
import { getArticleBody, getArticleText, getPublishedArticle, listPublishedSlugs, prerenderedArticleParams } from './queries';

beforeAll(() => {
  process.env.CONTENT_DIR = 'e2e/fixtures/content';
});

const UNPUBLISHED = ['desk-draft-canary', 'desk-embargo-canary'];

describe('what the build prerenders and what it leaves for later', () => {
  it('lists public stories newest first, never a draft or scheduled story', () => {
    const slugs = listPublishedSlugs();
    expect(slugs[0]).toBe('bok-holds-rate-october');
    expect(slugs).toContain('seoul-subway-fare-hike');
    for (const slug of UNPUBLISHED) expect(slugs).not.toContain(slug);
  });

  it('prerenders the newest stories in every language, however many the window allows', () => {
    expect(prerenderedArticleParams(2)).toEqual([
      { locale: 'en', slug: 'bok-holds-rate-october' },
      { locale: 'ko', slug: 'bok-holds-rate-october' },
      { locale: 'en', slug: listPublishedSlugs()[1] },
      { locale: 'ko', slug: listPublishedSlugs()[1] },
    ]);
    expect(prerenderedArticleParams(Number.POSITIVE_INFINITY)).toHaveLength(listPublishedSlugs().length * 2);
  });

  it('catalogs every public story, the unpublished ones apart, and the pages of every listing', () => {
    const catalog = buildRouteCatalog(new Date('2026-01-01T00:00:00Z'));
    expect(catalog.builtAt).toBe('2026-01-01T00:00:00.000Z');
    expect(catalog.stories).toEqual(listPublishedSlugs());
    expect(catalog.unpublished.sort()).toEqual(UNPUBLISHED);
    expect(catalog.listings.section.en?.business).toBe(2);
    expect(catalog.listings.tag.ko?.['증시']).toBe(2);
    expect(catalog.listings.author.en?.['park-ji-hoon']).toBe(2);
  });

  it('renders a story body only when asked, and knows its text for search', () => {
    const story = getPublishedArticle('ko', 'kim-train-khabarovsk')!;
    expect(JSON.stringify(getArticleBody(story).tree)).toContain('전용열차');
    expect(getArticleText(story)).toContain('김정은 북한 국무위원장의 전용열차가');
  });
});
