import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { getArticleBody, latestArticles } from '@/lib/content/queries';
import type { Article } from '@/lib/content/types';
import { FEED_SIZE, renderJsonFeed, renderRss, storyHtml, type FeedSource } from './feeds';

const credit = (by: string) => `(${by})`;

function source(locale: 'en' | 'ko', articles: readonly Article[]): FeedSource {
  return { locale, title: 'The Hanbit Times', description: 'News', homePath: `/${locale}`, rssPath: `/${locale}/feed.xml`, jsonPath: `/${locale}/feed.json`, copyright: '©', articles };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'category', 'dc:creator'].includes(name) });

// The newsroom content folder (CONTENT_DIR unset), SITE_URL unset.
describe('the RSS feed', () => {
  const rss = parser.parse(renderRss(source('en', latestArticles('en', Number.POSITIVE_INFINITY)), credit)).rss;
  const seed = rss.channel.item.find((i: { link: string }) => i.link === 'http://localhost:3000/en/article/kim-train-khabarovsk');

  it('is RSS 2.0 in the page language, newest first', () => {
    expect(rss['@version']).toBe('2.0');
    expect(rss.channel.language).toBe('en');
    const dates = rss.channel.item.map((i: { pubDate: string }) => Date.parse(i.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(rss.channel.item.length).toBe(Math.min(FEED_SIZE, latestArticles('en', Number.POSITIVE_INFINITY).length));
  });

  it('dates, credits and files each story, with its URL as a permanent guid', () => {
    expect(seed.pubDate).toBe('Thu, 14 Sep 2023 12:52:00 GMT');
    expect(seed.guid).toEqual({ '#text': 'http://localhost:3000/en/article/kim-train-khabarovsk', '@isPermaLink': 'true' });
    expect(seed['dc:creator']).toEqual(['Yonhap']);
    expect(seed.category[0]).toEqual({ '#text': 'North Korea', '@domain': 'http://localhost:3000/en/section/north-korea' });
    expect(seed.description).toMatch(/^North Korean leader Kim Jong-un's special train/);
  });

  it('carries the whole story, photo first, with absolute URLs', () => {
    const html = seed['content:encoded'] as string;
    expect(html).toMatch(/^<figure><img src="http:\/\/localhost:3000\/images\/[^"]+" alt="[^"]+"/);
    expect(html).toContain('(Yonhap)</figcaption>');
    expect(html).toContain("adding Kim's trip to Russia will continue for a couple of days.");
    expect(html).not.toMatch(/(src|href)="\/[^/]/);
  });

  it('keeps at most 50 stories', () => {
    const many = Array.from({ length: 60 }, () => latestArticles('en', Number.POSITIVE_INFINITY)[0]!);
    expect(parser.parse(renderRss(source('en', many), credit)).rss.channel.item).toHaveLength(50);
  });
});

describe('the JSON feed', () => {
  it('is JSON Feed 1.1 with the story, its times in KST and its authors', () => {
    const feed = JSON.parse(renderJsonFeed(source('ko', latestArticles('ko', Number.POSITIVE_INFINITY)), credit));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.language).toBe('ko');
    const seed = feed.items.find((i: { id: string }) => i.id === 'http://localhost:3000/ko/article/kim-train-khabarovsk');
    expect(seed.date_published).toBe('2023-09-14T21:52:00+09:00');
    expect(seed.authors).toEqual([{ name: '연합뉴스', url: 'http://localhost:3000/ko/author/yonhap' }]);
    expect(seed.content_html).toContain('김정은 북한 국무위원장의 전용열차가');
  });
});

describe('storyHtml', () => {
  it('leaves the stored story untouched', () => {
    const article = latestArticles('en', Number.POSITIVE_INFINITY).find((a) => a.slug === 'busan-film-festival-opens')!;
    const before = JSON.stringify(getArticleBody(article));
    storyHtml(article, credit);
    expect(JSON.stringify(getArticleBody(article))).toBe(before);
  });
});
