import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/test';
import { ArticlePage } from './support/ArticlePage';
import { seed, SEED_SLUG } from './support/seed';

/**
 * The suite's build prerenders only the newest stories and the first page of each listing
 * (PRERENDER_STORIES=8, PRERENDER_LISTING_PAGES=1 in playwright.config.ts), so the seed story of
 * Sept. 2023 and every second listing page are archive pages: rendered on first request, cached.
 */
const ARCHIVE_SLUG = SEED_SLUG;
const RECENT_SLUG = 'bok-holds-rate-october';
const localBuild = !process.env.BASE_URL;
/** The site's HTML caching policy (scripts/page-cache.mjs). */
const HTML_CACHE_CONTROL = 'public, max-age=60, s-maxage=300, stale-while-revalidate=86400';

test.describe('the archive', () => {
  test('the build prerendered the newest stories and left the archive for later', () => {
    test.skip(!localBuild, 'reads the local build');
    const pages = path.join('.next', 'server', 'app', 'en', 'article');
    expect(fs.existsSync(path.join(pages, `${RECENT_SLUG}.html`))).toBe(true);
    expect(fs.existsSync(path.join(pages, `${ARCHIVE_SLUG}.html`))).toBe(false);
  });

  for (const locale of ['en', 'ko'] as const) {
    test(`an archive story renders in full on request in ${locale}, then comes from the cache`, async ({ page, request }) => {
      const article = new ArticlePage(page);
      const response = await article.goto(locale, ARCHIVE_SLUG);
      expect(response?.status()).toBe(200);
      // Never Next.js's year for CDNs (s-maxage=31536000): a correction must reach readers.
      expect(response?.headers()['cache-control']).toBe(HTML_CACHE_CONTROL);
      await expect(article.headline).toHaveText(seed[locale].headline);
      await expect(article.article.getByText(seed[locale].byline, { exact: true })).toBeVisible();
      await expect(article.body.locator('p')).toHaveCount(seed[locale].paragraphs);
      await expect(article.body).toContainText(seed[locale].firstWords);
      await expect(page.getByRole('main').getByRole('link', { name: seed[locale].section }).first()).toBeVisible();

      const again = await request.get(`/${locale}/article/${ARCHIVE_SLUG}`);
      expect(again.status()).toBe(200);
      expect(again.headers()['x-nextjs-cache']).toBe('HIT');
      expect(again.headers()['cache-control']).toBe(HTML_CACHE_CONTROL);
      // Once Next.js keeps it, the page cache in front answers it, as fast as a prerendered page.
      await expect
        .poll(async () => (await request.get(`/${locale}/article/${ARCHIVE_SLUG}`)).headers()['x-cache'])
        .toBe('HIT');
    });
  }

  test('a deep listing page renders on request; a page past the end is the static 404 page', async ({ request }) => {
    const second = await request.get('/en/section/business/page/2');
    expect(second.status()).toBe(200);
    expect(await second.text()).toContain('/en/article/market-report-');
    const past = await request.get('/en/section/business/page/3');
    expect(past.status()).toBe(404);
    const html = await past.text();
    expect(html).toMatch(/<h2 [^>]*>Page not found<\/h2>/);
    expect(html).not.toContain('__next_error__');
  });

  test('a made-up story URL is the static 404 page, never rendered or cached', async ({ request }) => {
    for (const slug of ['no-such-archive-story', 'kim-train-khabarovsk-2']) {
      const response = await request.get(`/ko/article/${slug}`);
      expect(response.status()).toBe(404);
      const html = await response.text();
      expect(html).toMatch(/<h2 [^>]*>페이지를 찾을 수 없습니다<\/h2>/);
      expect(html).not.toContain('__next_error__');
      expect(response.headers()['cache-control']).toMatch(/no-store/);
    }
  });
});
