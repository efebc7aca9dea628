import type { Locator } from '@playwright/test';
import { expect, test } from './support/test';
import { ArticlePage } from './support/ArticlePage';
import { drawsHangul, expectHangulDrawn, withKoreanSystemFont } from './support/koreanFont';
import { LOCALES, seed, SEED_PUBLISHED_ISO, SEED_SLUG } from './support/seed';

for (const locale of LOCALES) {
  const story = seed[locale];

  test.describe(`the seed story in ${locale}`, () => {
    test('shows the masthead, section kicker, headline and standfirst', { tag: '@smoke' }, async ({ page }) => {
      const article = new ArticlePage(page);
      const response = await article.goto(locale, SEED_SLUG);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('banner').getByRole('link', { name: locale === 'en' ? 'The Hanbit Times' : '한빛타임스' })).toBeVisible();
      await expect(article.headline).toHaveText(story.headline);
      await expect(page).toHaveTitle(new RegExp(`^${story.headline.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      await expect(article.kicker).toHaveText(story.section);
      await expect(article.kicker).toHaveAttribute('href', `/${locale}/section/north-korea`);
    });

    test('credits the agency in the byline and at the end, and times the story in KST', { tag: ['@smoke', '@i18n'] }, async ({ page }) => {
      const article = new ArticlePage(page);
      await article.goto(locale, SEED_SLUG);
      await expect(article.article.getByText(story.byline, { exact: true })).toBeVisible();
      await expect(article.article.getByText(story.published)).toBeVisible();
      await expect(article.timestamp).toHaveAttribute('datetime', SEED_PUBLISHED_ISO);
      // The agency's credit line closes the story, right after the body.
      await expect(article.body.locator('xpath=following-sibling::*[1]')).toHaveText(story.agencyCredit);
    });

    test('shows the lead photo once, with a caption, a credit and alt text that describes the picture', { tag: '@smoke' }, async ({ page }) => {
      const article = new ArticlePage(page);
      await article.goto(locale, SEED_SLUG);
      const image = article.photo.getByRole('img');
      await expect(image).toBeVisible();
      const alt = await image.getAttribute('alt');
      expect(alt?.length).toBeGreaterThan(20);
      await expect(article.caption).toContainText(story.captionStart);
      await expect(article.caption).toContainText(story.credit);
      expect(await article.caption.textContent()).not.toContain(alt ?? '');
      // The caption appears once on the page, not repeated as alt text or twice in the figure.
      await expect(page.getByText(story.captionStart)).toHaveCount(1);
      // The image has its dimensions before it loads, so the text below never jumps.
      await expect(image).toHaveAttribute('width', /\d+/);
      await expect(image).toHaveAttribute('height', /\d+/);
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    });

    test('opens the body with the dateline and keeps every paragraph', async ({ page }) => {
      const article = new ArticlePage(page);
      await article.goto(locale, SEED_SLUG);
      const paragraphs = article.body.locator('p');
      await expect(paragraphs).toHaveCount(story.paragraphs);
      const first = (await paragraphs.first().textContent()) ?? '';
      expect(first.startsWith(story.dateline)).toBe(true);
      expect(first).toContain(story.firstWords);
      if (story.lastWords) await expect(paragraphs.last()).toContainText(story.lastWords);
    });

    test('shows the same times to a reader in New York', { tag: '@i18n' }, async ({ browser }) => {
      const context = await browser.newContext({ timezoneId: 'America/New_York', locale: 'en-US' });
      const page = await context.newPage();
      await page.goto(`/${locale}/article/${SEED_SLUG}`);
      await expect(page.getByRole('article').getByText(story.published)).toBeVisible();
      await context.close();
    });
  });
}

// A small phone (an iPhone SE's 375x667): the news on the first screen, not the chrome.
test.describe('on a 375x667 phone the story comes first', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
  const SCREEN = 667;
  const top = async (locator: Locator) => (await locator.evaluate((el) => el.getBoundingClientRect().top + window.scrollY)) as number;

  for (const locale of LOCALES) {
    for (const slug of [SEED_SLUG, 'busan-film-festival-opens']) {
      test(`${locale} ${slug}: the lead photo starts on the first screen, the first paragraph within 1.5, the tools in one row`, async ({ page }) => {
        const article = new ArticlePage(page);
        await article.goto(locale, slug);
        await page.evaluate(() => document.fonts.ready);
        expect(await top(article.photo)).toBeLessThan(SCREEN);
        expect(await top(article.body.locator('p').first())).toBeLessThan(1.5 * SCREEN);
        // Share, text size, the other language and the parallel view: one row, between the byline and the photo.
        const tools = [article.shareButton, article.article.getByRole('button', { name: locale === 'en' ? 'Text size' : '글자 크기' }), article.article.getByRole('link', { name: seed[locale].otherLanguageLink }), article.article.getByRole('link', { name: locale === 'en' ? 'Read in English and Korean' : '한영 대역 보기' })];
        const boxes = await Promise.all(tools.map((tool) => tool.boundingBox()));
        const middles = boxes.map((box) => box!.y + box!.height / 2);
        expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(2);
        for (const box of boxes) expect(box!.height).toBeGreaterThanOrEqual(24);
      });
    }
    test(`${locale}: a story without a photo starts its first paragraph on the first screen`, async ({ page }) => {
      const article = new ArticlePage(page);
      await article.goto(locale, 'bok-holds-rate-october');
      await page.evaluate(() => document.fonts.ready);
      await expect(article.photo).toHaveCount(0);
      expect(await top(article.body.locator('p').first())).toBeLessThan(SCREEN);
    });
  }
});

test('an updated story shows both times, in each language', { tag: '@i18n' }, async ({ page }) => {
  await page.goto('/en/article/assembly-audit-begins');
  const times = page.getByRole('article').locator('header time');
  await expect(times).toHaveCount(2);
  await expect(page.getByRole('article').getByText(/^Updated : \w+\.? \d{1,2}, \d{4} - \d{2}:\d{2}$/)).toBeVisible();
  await page.goto('/ko/article/assembly-audit-begins');
  await expect(page.getByRole('article').getByText(/^수정 \d{4}\.\d{2}\.\d{2} \d{2}:\d{2}$/)).toBeVisible();
});

test('Korean text breaks between words; a first page reads in the system font and fetches Pretendard for the next', { tag: '@i18n' }, async ({ page }) => {
  await withKoreanSystemFont(page);
  const article = new ArticlePage(page);
  await article.goto('ko', SEED_SLUG);
  const paragraph = article.body.locator('p').first();
  await expect(paragraph).toHaveCSS('word-break', 'keep-all');
  const fontFamily = () => paragraph.evaluate((el) => getComputedStyle(el).fontFamily);
  expect(await fontFamily()).not.toMatch(/Pretendard/);
  // After the load event, and only then, the commonest slices come from the site itself.
  const fontRequests = () =>
    page.evaluate(() => {
      const loadEnd = performance.getEntriesByType('navigation')[0]?.toJSON().loadEventEnd ?? 0;
      return performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('.woff2'))
        .map((e) => ({ host: new URL(e.name).host, afterLoad: e.startTime >= loadEnd }));
    });
  // FONT_PREFETCH_DELAY_MS (2 s) after load, well after the page's largest paint.
  await expect.poll(async () => (await fontRequests()).length, { timeout: 10_000 }).toBe(4);
  const requests = await fontRequests();
  expect(requests.every((r) => r.afterLoad && r.host === new URL(page.url()).host)).toBe(true);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('newsroom:webfonts'))).toBe('1');

  // The next page uses Pretendard from the browser's cache.
  await page.goto('/ko');
  await article.goto('ko', SEED_SLUG);
  await expect(page.locator('html')).toHaveAttribute('data-webfonts', '');
  expect(await fontFamily()).toMatch(/^Pretendard/);
  await expect
    .poll(() => page.evaluate(() => [...document.fonts].some((f) => f.family.includes('Pretendard') && f.status === 'loaded')))
    .toBe(true);
  // The commonest slices came from the browser's cache, not the network again.
  const common = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => /\/fonts\/pretendard\/(88|89|90|91)\.woff2$/.test(e.name))
      .map((e) => e.transferSize),
  );
  expect(common.length).toBeGreaterThan(0);
  expect(common.every((size) => size === 0)).toBe(true);
});

test('a device with no Korean font reads Korean on a first visit: the slices its text needs, never boxes', { tag: '@i18n' }, async ({ page }) => {
  // Layout shifts on each page, as Chrome reports them (the fonts wait rather than swap in).
  await page.addInitScript(() => {
    const page = window as unknown as { shifts: number };
    page.shifts = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => (page.shifts += (entry as unknown as { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/en');
  // CI's browser has no Korean font; a laptop's usually has one, which this test cannot take away.
  test.skip(await drawsHangul(page), 'this machine has a Korean font of its own, so the browser never needs the web font');
  await expect(page.locator('html')).toHaveAttribute('data-hangul-web', '');
  // The English page's language switch, then a Korean story's masthead and text, on a first visit.
  await expectHangulDrawn(page.getByRole('contentinfo').getByRole('link', { name: /한국어/ }), '한국어');
  const article = new ArticlePage(page);
  await article.goto('ko', SEED_SLUG);
  await expect(page.locator('html')).not.toHaveAttribute('data-webfonts', '');
  // Nothing moved while the fonts came (measured before the checks below add text of their own).
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.01);
  await expectHangulDrawn(page.getByRole('banner').getByRole('link', { name: '한빛타임스' }), '한빛타임스');
  await expectHangulDrawn(article.headline, seed.ko.headline.slice(0, 6));
  await expect(article.body.locator('p').first()).toHaveCSS('font-family', /Pretendard Hangul/);
  // Only slices with characters the page can show (menus included, not its scripts' data) were fetched.
  const faces = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let shown = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!['SCRIPT', 'STYLE'].includes(node.parentNode!.nodeName)) shown += (node as Text).data;
    const text = [...shown].map((c) => c.codePointAt(0)!);
    return [...document.fonts]
      .filter((face) => face.family.replace(/"/g, '') === 'Pretendard Hangul' && face.status !== 'unloaded')
      .map((face) =>
        face.unicodeRange.split(',').some((part) => {
          const [lo, hi = lo] = part.trim().replace(/^U\+/i, '').split('-').map((h) => parseInt(h, 16));
          return text.some((c) => c >= lo! && c <= hi!);
        }),
      );
  });
  expect(faces.length).toBeGreaterThan(0);
  expect(faces.every(Boolean)).toBe(true);
});

test('a story in other sections renders its Markdown: subheads, quotes, lists, figures (a photo from its folder) and safe external links', async ({ page }) => {
  await page.goto('/en/article/busan-film-festival-opens');
  const body = page.locator('.article-body');
  await expect(body.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect(body.locator('blockquote')).toHaveCount(1);
  await expect(body.getByRole('listitem').first()).toBeVisible();
  // The lead photo opens the text; the body's own figure comes after it.
  const figures = body.getByRole('figure');
  await expect(figures).toHaveCount(2);
  await expect(figures.last().locator('figcaption')).not.toBeEmpty();
  // The figure's photo lives in the story's own folder (`![…](outdoor-screening.jpg)`): served from
  // there, optimized, and loaded.
  const photo = figures.last().getByRole('img');
  await expect(photo).toHaveAttribute('src', /^\/_next\/image\?url=%2Fmedia%2Fbusan-film-festival-opens%2F[0-9a-f]{16}%2Foutdoor-screening\.jpg&/);
  await photo.scrollIntoViewIfNeeded();
  // The optimizer's first AVIF of a photo at a width takes seconds on a busy 2-core machine.
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 15_000 }).toBe(true);
  const external = body.locator('a[href^="https://"]').first();
  await expect(external).toHaveAttribute('rel', /noopener/);
  await expect(external).toHaveAttribute('rel', /noreferrer/);
});

// market-report-2023-08-24 names a hero file that is not in public/images: the build warns
// (lib/content/load.test.ts) and the story must still open, whole, with no photo and no broken image.
test('a story whose photo file is missing still opens, without a photo or a broken image', async ({ page }) => {
  const article = new ArticlePage(page);
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(r.url());
  });
  for (const [locale, headline] of [
    ['en', 'Seoul shares rise 1.01 percent as chipmakers rally'],
    ['ko', '코스피 1.01% 상승… 반도체주 강세'],
  ] as const) {
    const response = await article.goto(locale, 'market-report-2023-08-24');
    expect(response?.status()).toBe(200);
    await expect(article.headline).toHaveText(headline);
    await expect(article.body.locator('p').first()).toBeVisible();
    await expect(article.article.getByRole('figure')).toHaveCount(0);
    await expect(page.locator('img[src*="dealing-room"], link[href*="dealing-room"], meta[content*="dealing-room"]')).toHaveCount(0);
  }
  expect(failed).toEqual([]);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of LOCALES) {
    test(`the ${locale} story is complete and its share links work`, async ({ page, baseURL }) => {
      await page.goto(`/${locale}/article/${SEED_SLUG}`);
      const story = seed[locale];
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.headline);
      await expect(page.getByRole('article').getByText(story.published)).toBeVisible();
      await expect(page.getByRole('article').getByRole('figure').locator('figcaption')).toContainText(story.captionStart);
      await expect(page.locator('.article-body p')).toHaveCount(story.paragraphs);
      // The Share button opens its menu natively, without script.
      await new ArticlePage(page).openShareMenu();
      const facebook = page.getByRole('link', { name: /Facebook|페이스북/ });
      await expect(facebook).toHaveAttribute('href', `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(`${baseURL}/${locale}/article/${SEED_SLUG}`)}`);
    });
  }
});
