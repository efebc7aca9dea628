import { XMLParser } from 'fast-xml-parser';
import { expect, test } from './support/test';
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

test.describe('the sitemap', { tag: '@seo' }, () => {
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
    // Every fixture story is from 2023: none is within 48 hours of the build, so the front pages
    // stand in (a urlset must list a URL), with no news tags to claim a story.
    expect(parsed.urlset.url.map((url: { loc: string }) => url.loc)).toEqual([`${baseURL}/en`, `${baseURL}/ko`]);
    expect(parsed.urlset.url.filter((url: Record<string, unknown>) => 'news:news' in url)).toEqual([]);
  });
});

for (const locale of LOCALES) {
  test.describe(`the ${locale} feeds`, { tag: '@seo' }, () => {
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

const head = {
  en: { locale: 'en_US', alternate: 'ko_KR', section: 'North Korea', tag: 'Kim Jong-un' },
  ko: { locale: 'ko_KR', alternate: 'en_US', section: '북한', tag: '김정은' },
};

for (const locale of LOCALES) {
  test.describe(`the head of the ${locale} seed story`, { tag: '@seo' }, () => {
    test('has the canonical URL, both language versions and x-default', async ({ page, baseURL }) => {
      await page.goto(`/${locale}/article/${SEED_SLUG}`);
      await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/${locale}/article/${SEED_SLUG}`);
      const alternates = await page
        .locator('head link[rel="alternate"][hreflang]')
        .evaluateAll((links) => links.map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`));
      expect(alternates).toEqual([
        `en ${baseURL}/en/article/${SEED_SLUG}`,
        `ko ${baseURL}/ko/article/${SEED_SLUG}`,
        `x-default ${baseURL}/en/article/${SEED_SLUG}`,
      ]);
    });

    test('has the Open Graph and Twitter card tags a shared link needs', async ({ page, baseURL }) => {
      await page.goto(`/${locale}/article/${SEED_SLUG}`);
      const meta = async (key: string) => page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).evaluateAll((m) => m.map((e) => e.getAttribute('content')));
      expect(await meta('og:type')).toEqual(['article']);
      expect(await meta('og:title')).toEqual([await page.getByRole('heading', { level: 1 }).textContent()]);
      expect((await meta('og:description'))[0]?.length).toBeGreaterThan(20);
      expect(await meta('og:url')).toEqual([`${baseURL}/${locale}/article/${SEED_SLUG}`]);
      expect(await meta('og:locale')).toEqual([head[locale].locale]);
      expect(await meta('og:locale:alternate')).toEqual([head[locale].alternate]);
      expect(await meta('article:published_time')).toEqual(['2023-09-14T21:52:00+09:00']);
      expect(await meta('article:modified_time')).toEqual(['2023-09-14T21:52:00+09:00']);
      expect(await meta('article:section')).toEqual([head[locale].section]);
      expect(await meta('article:tag')).toContain(head[locale].tag);
      const [image] = await meta('og:image');
      expect(image).toMatch(new RegExp(`^${baseURL}/images/.+\\.(jpg|png)$`));
      expect(Number((await meta('og:image:width'))[0])).toBeGreaterThan(0);
      expect(Number((await meta('og:image:height'))[0])).toBeGreaterThan(0);
      expect((await meta('og:image:alt'))[0]?.length).toBeGreaterThan(10);
      expect(await meta('twitter:card')).toEqual(['summary_large_image']);
      expect((await page.request.get(image!)).status()).toBe(200);
    });

    test('carries NewsArticle and BreadcrumbList structured data', async ({ page, baseURL }) => {
      await page.goto(`/${locale}/article/${SEED_SLUG}`);
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      const data = blocks.flatMap((b) => [JSON.parse(b)].flat()) as Record<string, unknown>[];
      const article = data.find((d) => d['@type'] === 'NewsArticle')!;
      const url = `${baseURL}/${locale}/article/${SEED_SLUG}`;
      expect(article).toMatchObject({
        headline: await page.getByRole('heading', { level: 1 }).textContent(),
        datePublished: '2023-09-14T21:52:00+09:00',
        dateModified: '2023-09-14T21:52:00+09:00',
        inLanguage: locale,
        articleSection: head[locale].section,
        isAccessibleForFree: true,
        mainEntityOfPage: { '@id': url },
        author: [{ '@type': 'Organization', url: `${baseURL}/${locale}/author/yonhap` }],
        publisher: { name: locale === 'en' ? 'The Hanbit Times' : '한빛타임스', logo: { url: `${baseURL}/logo.png` } },
      });
      expect(typeof article.description).toBe('string');
      expect(article.keywords).toContain(head[locale].tag);
      expect((article.image as string[])[0]).toMatch(new RegExp(`^${baseURL}/images/`));
      const other = locale === 'en' ? 'ko' : 'en';
      const link = (locale === 'en' ? (article.workTranslation as unknown[])[0] : article.translationOfWork) as Record<string, string>;
      expect(link['@id']).toBe(`${baseURL}/${other}/article/${SEED_SLUG}#article`);
      const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList')!.itemListElement as { item: string; position: number }[];
      expect(crumbs.map((c) => c.item)).toEqual([`${baseURL}/${locale}`, `${baseURL}/${locale}/section/north-korea`, url]);
      expect((await page.request.get(`${baseURL}/logo.png`)).headers()['content-type']).toBe('image/png');
    });
  });
}

test('a story in one language lists no alternate, og:locale:alternate or translation for the other', { tag: '@seo' }, async ({ page }) => {
  await page.goto('/en/article/fukushima-second-water-release');
  expect(await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((l) => l.map((e) => e.getAttribute('hreflang')))).toEqual(['en', 'x-default']);
  await expect(page.locator('head meta[property="og:locale:alternate"]')).toHaveCount(0);
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(data.workTranslation).toBeUndefined();
  expect(data.translationOfWork).toBeUndefined();
});

test('the front pages describe the site and its search for search engines', { tag: '@seo' }, async ({ page, baseURL }) => {
  for (const locale of LOCALES) {
    await page.goto(`/${locale}`);
    const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap((b) => JSON.parse(b));
    const site = data.find((d: { '@type': string }) => d['@type'] === 'WebSite');
    expect(site.url).toBe(`${baseURL}/${locale}`);
    expect(site.potentialAction.target.urlTemplate).toBe(`${baseURL}/${locale}/search?q={search_term_string}`);
    expect(data.some((d: { '@type': string }) => d['@type'] === 'NewsMediaOrganization')).toBe(true);
    await expect(page.locator('head meta[property="og:image"]')).toHaveAttribute('content', `${baseURL}/${locale}/card.png`);
  }
});

test.describe('generated share cards', { tag: '@seo' }, () => {
  // This Korean headline starts with a Hanja (北), drawn from the bundled Noto Sans KR.
  const card = '/ko/article/nk-constitution-nuclear-policy/card.png';

  test('a story without a photo shares a 1200x630 card of its headline', async ({ page, baseURL }) => {
    await page.goto('/ko/article/nk-constitution-nuclear-policy');
    await expect(page.locator('head meta[property="og:image"]')).toHaveAttribute('content', `${baseURL}${card}`);
    await expect(page.locator('head meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
    const response = await page.request.get(card);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    // PNG header: width and height are big-endian at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  test('the Korean headline is drawn in real glyphs', async ({ page }) => {
    const response = await page.request.get(card);
    // A reviewed rendering: empty boxes or a missing line would differ from it.
    expect(await response.body()).toMatchSnapshot('ko-story-card.png', { maxDiffPixelRatio: 0.01 });
    // And independently of the snapshot: the headline band is full of ink, not blank.
    await page.setContent(`<img src="data:image/png;base64,${(await response.body()).toString('base64')}">`);
    const inked = await page.locator('img').evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(img, 0, 0);
      const { data } = context.getImageData(72, 160, 1000, 160);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 100 && data[i + 1]! < 100 && data[i + 2]! < 100) dark += 1;
      return dark / (data.length / 4);
    });
    expect(inked).toBeGreaterThan(0.08);
  });
});
