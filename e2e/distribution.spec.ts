import { XMLParser } from 'fast-xml-parser';
import { expect, test } from '@playwright/test';
import { publicFixtureArticles } from './support/fixtures';
import { DRAFT, SCHEDULED } from './support/preview';
import { LOCALES, SEED_SLUG } from './support/seed';

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['url', 'item', 'xhtml:link', 'category', 'dc:creator'].includes(name),
});

interface SitemapUrl {
  loc: string;
  lastmod?: string;
  'xhtml:link'?: { '@hreflang': string; '@href': string }[];
}

test.describe('the sitemap', () => {
  test('lists every public story version with its lastmod and language pairs, and nothing unpublished', async ({ request, baseURL }) => {
    const response = await request.get('/sitemap.xml');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/xml/);
    const body = await response.text();
    const urls: SitemapUrl[] = xml.parse(body).urlset.url;
    const stories = urls.filter((u) => u.loc.includes('/article/'));
    expect(stories).toHaveLength(LOCALES.reduce((n, l) => n + publicFixtureArticles(l).length, 0));

    const seed = urls.find((u) => u.loc === `${baseURL}/ko/article/${SEED_SLUG}`);
    expect(seed?.lastmod).toBe('2023-09-14T21:52:00+09:00');
    expect(seed?.['xhtml:link']?.map((l) => `${l['@hreflang']} ${l['@href']}`)).toEqual([
      `en ${baseURL}/en/article/${SEED_SLUG}`,
      `ko ${baseURL}/ko/article/${SEED_SLUG}`,
      `x-default ${baseURL}/en/article/${SEED_SLUG}`,
    ]);
    // English only: no Korean alternate, and no Korean URL.
    const fukushima = urls.find((u) => u.loc === `${baseURL}/en/article/fukushima-second-water-release`);
    expect(fukushima?.['xhtml:link']?.map((l) => l['@hreflang'])).toEqual(['en', 'x-default']);
    expect(urls.some((u) => u.loc === `${baseURL}/ko/article/fukushima-second-water-release`)).toBe(false);
    // Listings, page 2 included; search never.
    for (const path of ['/en', '/ko', '/en/section/business', '/en/section/business/page/2', '/ko/author/park-ji-hoon', '/en/tag/markets']) {
      expect(urls.map((u) => u.loc), path).toContain(`${baseURL}${path}`);
    }
    expect(urls.some((u) => u.loc.includes('/search'))).toBe(false);
    for (const story of [DRAFT, SCHEDULED]) {
      expect(body).not.toContain(story.slug);
      expect(body).not.toContain(story.marker);
    }
  });

  test('robots.txt points at both sitemaps; the news sitemap holds only the last 48 hours', async ({ request, baseURL }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    expect(robots).toContain(`Sitemap: ${baseURL}/news-sitemap.xml`);
    const news = await request.get('/news-sitemap.xml');
    expect(news.status()).toBe(200);
    const parsed = xml.parse(await news.text());
    expect(parsed.urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    // Every fixture story is from 2023: none is within 48 hours of the build.
    expect(parsed.urlset.url ?? []).toHaveLength(0);
  });
});

for (const locale of LOCALES) {
  test.describe(`the ${locale} feeds`, () => {
    test('RSS carries the newest stories with dates, guids, authors, sections and the whole story', async ({ request, baseURL }) => {
      const response = await request.get(`/${locale}/feed.xml`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/application\/rss\+xml/);
      const body = await response.text();
      const channel = xml.parse(body).rss.channel;
      expect(channel.language).toBe(locale);
      const expected = publicFixtureArticles(locale).slice(0, 50);
      expect(channel.item.map((i: { link: string }) => i.link)).toEqual(expected.map((a) => `${baseURL}/${locale}/article/${a.slug}`));
      const seed = channel.item.find((i: { link: string }) => i.link.endsWith(`/${SEED_SLUG}`));
      expect(seed.pubDate).toBe('Thu, 14 Sep 2023 12:52:00 GMT');
      expect(seed.guid['#text']).toBe(`${baseURL}/${locale}/article/${SEED_SLUG}`);
      expect(seed['dc:creator']).toEqual([locale === 'en' ? 'Yonhap' : '연합뉴스']);
      expect(seed.category[0]['#text']).toBe(locale === 'en' ? 'North Korea' : '북한');
      expect(seed['content:encoded']).toContain(`<img src="${baseURL}/images/`);
      for (const story of [DRAFT, SCHEDULED]) expect(body).not.toContain(story.marker);
    });

    test('a section feed holds only that section', async ({ request }) => {
      const channel = xml.parse(await (await request.get(`/${locale}/section/north-korea/feed.xml`)).text()).rss.channel;
      const links: string[] = channel.item.map((i: { link: string }) => i.link);
      expect(links.length).toBe(publicFixtureArticles(locale).filter((a) => a.section === 'north-korea').length);
      expect(links.some((l) => l.endsWith(`/${SEED_SLUG}`))).toBe(true);
      const business = await (await request.get(`/${locale}/section/business/feed.xml`)).text();
      for (const story of [DRAFT, SCHEDULED]) expect(business).not.toContain(story.marker);
      expect((await request.get(`/${locale}/section/no-such-section/feed.xml`)).status()).toBe(404);
    });

    test('JSON Feed 1.1 mirrors it', async ({ request, baseURL }) => {
      const response = await request.get(`/${locale}/feed.json`);
      expect(response.headers()['content-type']).toMatch(/application\/feed\+json/);
      const feed = await response.json();
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      expect(feed.items).toHaveLength(Math.min(50, publicFixtureArticles(locale).length));
      const seed = feed.items.find((i: { id: string }) => i.id === `${baseURL}/${locale}/article/${SEED_SLUG}`);
      expect(seed.date_published).toBe('2023-09-14T21:52:00+09:00');
      expect(JSON.stringify(feed)).not.toContain(DRAFT.marker);
    });

    test('every page announces its feeds in the head', async ({ page, baseURL }) => {
      for (const path of [`/${locale}`, `/${locale}/article/${SEED_SLUG}`, `/${locale}/section/business`, `/${locale}/search`]) {
        await page.goto(path);
        await expect(page.locator(`head link[rel="alternate"][type="application/rss+xml"][href="${baseURL}/${locale}/feed.xml"]`), path).toHaveCount(1);
        await expect(page.locator(`head link[rel="alternate"][type="application/feed+json"]`), path).toHaveCount(1);
      }
      await page.goto(`/${locale}/section/business`);
      await expect(page.locator(`head link[rel="alternate"][type="application/rss+xml"][href="${baseURL}/${locale}/section/business/feed.xml"]`)).toHaveCount(1);
    });
  });
}
