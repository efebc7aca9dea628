import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectNoAxeViolations } from './support/axe';
import { DRAFT, E2E_PREVIEW_SECRET, previewUrl, SCHEDULED, startPreview } from './support/preview';
import { PreviewDesk } from './support/PreviewDesk';
import { LOCALES } from './support/seed';

const UNPUBLISHED = [DRAFT, SCHEDULED];

/** Every page that lists stories, where an unpublished story would show if it leaked. */
const listings = (locale: string) => [
  `/${locale}`,
  `/${locale}/section/business`,
  `/${locale}/section/business/page/2`,
  `/${locale}/tag/${locale === 'en' ? 'markets' : encodeURIComponent('증시')}`,
  `/${locale}/tag/${locale === 'en' ? 'markets' : encodeURIComponent('증시')}/page/2`,
  `/${locale}/author/park-ji-hoon`,
  `/${locale}/author/park-ji-hoon/page/2`,
  // These share tags with the draft (Semiconductors) and the scheduled story (Bank of Korea).
  `/${locale}/article/samsung-q3-preliminary-earnings`,
  `/${locale}/article/bok-holds-rate-october`,
];

async function expectNoTraceOf(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  const html = await page.content();
  for (const story of UNPUBLISHED) {
    expect(html, url).not.toContain(story.marker);
    expect(html, url).not.toContain(`/article/${story.slug}`);
  }
}

test.describe('unpublished stories, for readers', { tag: '@editor' }, () => {
  for (const locale of LOCALES) {
    test(`a draft and a scheduled story are 404s in ${locale}, with nothing of them in the page`, async ({ request }) => {
      for (const story of UNPUBLISHED) {
        const response = await request.get(`/${locale}/article/${story.slug}`);
        expect(response.status()).toBe(404);
        expect(await response.text()).not.toContain(story.marker);
      }
    });

    test(`they are on no ${locale} list: front, section, tag, author pages and related stories`, async ({ page }) => {
      for (const url of listings(locale)) await expectNoTraceOf(page, url);
    });

    test(`search does not find them in ${locale}`, async ({ page }) => {
      for (const query of [DRAFT.marker, SCHEDULED.marker, locale === 'en' ? 'merger talks' : '합병 협상']) {
        // The page repeats the query itself: look at the results and the links.
        await page.goto(`/${locale}/search?q=${encodeURIComponent(query)}`);
        await expect(page.getByRole('main').locator('ol > li')).toHaveCount(0);
        const html = await page.content();
        for (const story of UNPUBLISHED) expect(html).not.toContain(`/article/${story.slug}`);
      }
    });
  }

  test('the desk is a 404 outside preview', async ({ request }) => {
    for (const locale of LOCALES) expect((await request.get(`/${locale}/preview`)).status()).toBe(404);
  });

  test('the build output holds nothing of them: no HTML, no data, no search index entry', () => {
    // The suite's server runs the build in .next (playwright.config.ts). The content index
    // (.next/cache/content/<folder>/index.sqlite*) is the server's own copy of the content folder,
    // which holds the drafts too; it is never served, and it must know a scheduled story to
    // publish it at its time without a build.
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (/^index\.sqlite(-wal|-shm)?$/.test(entry.name) && file.includes(path.join('cache', 'content'))) continue;
        if (entry.isDirectory()) walk(file);
        else if (entry.isFile()) {
          const text = fs.readFileSync(file, 'latin1');
          for (const story of UNPUBLISHED) if (text.includes(story.marker)) found.push(`${file}: ${story.marker}`);
        }
      }
    };
    expect(fs.existsSync('.next/BUILD_ID'), 'a production build in .next').toBe(true);
    walk('.next');
    expect(found).toEqual([]);
  });
});

test.describe('the preview link', { tag: ['@editor', '@security'] }, () => {
  test('refuses a missing or wrong secret with 401, and says why', async ({ request }) => {
    for (const url of [`/api/draft?slug=${DRAFT.slug}&locale=en`, previewUrl(DRAFT.slug, 'en', 'wrong'), previewUrl(DRAFT.slug, 'en', `${E2E_PREVIEW_SECRET}x`)]) {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBe(401);
      expect(await response.text()).toMatch(/secret/);
      expect(response.headers()['set-cookie']).toBeUndefined();
    }
  });

  test('answers an unknown story with 404, and can only ever lead to a story on this site', async ({ request }) => {
    for (const [slug, locale] of [
      ['no-such-story', 'en'],
      ['//evil.example', 'en'],
      ['https://evil.example', 'en'],
      ['../api/draft/disable', 'en'],
      [DRAFT.slug, 'fr'],
      [DRAFT.slug, '//evil.example'],
    ]) {
      const response = await request.get(previewUrl(slug!, locale!), { maxRedirects: 0 });
      expect(response.status(), `${slug} ${locale}`).toBe(404);
      expect(response.headers()['location']).toBeUndefined();
      expect(response.headers()['set-cookie']).toBeUndefined();
    }
    const ok = await request.get(previewUrl(DRAFT.slug, 'ko'), { maxRedirects: 0 });
    expect(ok.status()).toBe(307);
    expect(ok.headers()['location']).toBe(`/ko/article/${DRAFT.slug}`);
  });
});

const banner = {
  en: { draft: 'Preview: draft', scheduled: 'Preview: scheduled for Jan. 15, 2099 - 10:00 KST', exit: 'Exit preview', desk: "Editors' desk", label: 'Preview' },
  ko: { draft: '미리보기: 초안', scheduled: '미리보기: 2099.01.15 10:00(한국 시간) 공개 예정', exit: '미리보기 종료', desk: '편집 데스크', label: '미리보기' },
};

for (const locale of LOCALES) {
  test.describe(`previewing in ${locale}`, { tag: '@editor' }, () => {
    test('shows a draft with a banner, unindexed and uncached, until the editor exits', async ({ page }) => {
      const response = await startPreview(page, DRAFT.slug, locale);
      await expect(page).toHaveURL(`/${locale}/article/${DRAFT.slug}`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['cache-control']).toMatch(/private|no-store/);
      expect(response?.headers()['cache-control']).not.toMatch(/public|s-maxage/);
      const previewBanner = page.getByRole('complementary', { name: banner[locale].label });
      await expect(previewBanner).toContainText(banner[locale].draft);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(DRAFT.marker);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
      // Its photo, from its own folder, for the editor alone (the file itself, never the optimizer's copy).
      const photo = page.getByRole('article').getByRole('figure').first().getByRole('img');
      const photoUrl = (await photo.getAttribute('src')) ?? '';
      expect(photoUrl).toMatch(new RegExp(`^/media/${DRAFT.slug}/[0-9a-f]{16}/photo\\.jpg$`));
      await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 15_000 }).toBe(true);
      // The banner stays in view as the editor reads on.
      await page.mouse.wheel(0, 2000);
      await expect(previewBanner).toBeInViewport();

      await previewBanner.getByRole('link', { name: banner[locale].exit }).click();
      await expect(page).toHaveURL(`/${locale}/article/${DRAFT.slug}`);
      // Back to what readers get: this draft does not exist.
      await expect(page.getByRole('heading', { level: 1 })).not.toContainText(DRAFT.marker);
      const again = await page.request.get(`/${locale}/article/${DRAFT.slug}`);
      expect(again.status()).toBe(404);
      // Readers never get the draft's photo, directly or optimized.
      for (const url of [photoUrl, `/_next/image?url=${encodeURIComponent(photoUrl)}&w=640&q=75`]) expect((await page.request.get(url)).status(), url).toBe(404);
    });

    test('shows a scheduled story with the time it goes live, in KST', async ({ page }) => {
      await startPreview(page, SCHEDULED.slug, locale);
      await expect(page.getByRole('complementary', { name: banner[locale].label })).toContainText(banner[locale].scheduled);
      await expect(page.getByRole('complementary', { name: banner[locale].label }).locator('time')).toHaveAttribute('datetime', '2099-01-15T10:00:00+09:00');
      await expect(page.getByRole('heading', { level: 1 })).toContainText(SCHEDULED.marker);
    });

    test('the desk lists drafts, scheduled stories and translation gaps', async ({ page }) => {
      const desk = new PreviewDesk(page, locale);
      await desk.preview(DRAFT.slug);
      await desk.openDesk();
      await expect(page).toHaveURL(`/${locale}/preview`);
      await expect(desk.heading).toHaveText(banner[locale].desk);

      const rows = desk.unpublishedRows;
      // Header row, then the scheduled story before the draft, each in both languages.
      await expect(rows).toHaveCount(5);
      await expect(rows.nth(1)).toContainText(SCHEDULED.marker);
      await expect(rows.nth(1)).toContainText(locale === 'en' ? 'Scheduled for Jan. 15, 2099 - 10:00 KST' : '2099.01.15 10:00 공개 예약');
      await expect(rows.nth(3)).toContainText(DRAFT.marker);
      await expect(rows.nth(3)).toContainText(locale === 'en' ? 'Draft' : '초안');

      await expect(desk.translationState('fukushima-second-water-release', 'ko')).toHaveAttribute('data-state', 'missing');
      await expect(desk.translationState('seoul-subway-fare-hike', 'en')).toHaveAttribute('data-state', 'missing');
      await expect(desk.translationState('desk-stale-translation', 'ko')).toHaveAttribute('data-state', 'stale');
      await expect(desk.translationState('desk-stale-translation', 'ko')).toContainText(locale === 'en' ? "Older than the other language's update" : '다른 언어판 수정 이전 내용');
      await expect(desk.translationState('desk-stale-translation', 'en')).toHaveAttribute('data-state', 'current');
      await expect(desk.translationState('kim-train-khabarovsk', 'ko')).toHaveAttribute('data-state', 'current');

      // A draft on the desk opens in preview.
      await rows.nth(3).getByRole('link', { name: new RegExp(DRAFT.marker) }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(DRAFT.marker);
    });

    test('the preview banner and the desk have no WCAG 2.2 AA violations', async ({ page }) => {
      await startPreview(page, SCHEDULED.slug, locale);
      await expectNoAxeViolations(page);
      await page.goto(`/${locale}/preview`);
      await expectNoAxeViolations(page);
    });
  });
}
