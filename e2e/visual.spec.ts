import { SEED_SLUG } from './support/seed';
import { eachLocale, expect, test } from './support/test';

/**
 * What the seed story looks like, compared with reviewed screenshots (e2e/__screenshots__/).
 * After an intended design change, look at the new screenshots and refresh them with
 * `npm run test:e2e:update`.
 * Baselines exist for the desktop and mobile projects; the other projects' tag filters leave @visual out.
 */
eachLocale('the look of the seed story', (locale) => {
  test('matches the reviewed screenshot', { tag: '@visual' }, async ({ page }) => {
    await page.goto(`/${locale}/article/${SEED_SLUG}`);
    if (locale === 'ko') {
      // A returning reader's page, in Pretendard: the first page fetched it 2 s after load (lib/webFonts.ts).
      await expect.poll(() => page.evaluate(() => localStorage.getItem('newsroom:webfonts')), { timeout: 10_000 }).toBe('1');
      // Twice: the first returning view fetches the story's rarer slices, which font-display:
      // optional may leave out of that view; the next one has every slice in the cache.
      await page.reload({ waitUntil: 'networkidle' });
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-webfonts', '');
    }
    await page.evaluate(() => document.fonts.ready);
    await expect(page.getByRole('figure').first().locator('img')).toHaveJSProperty('complete', true);
    await expect(page).toHaveScreenshot(`article-${locale}.png`, {
      fullPage: true,
      // The copyright year changes every January; nothing else on the page depends on the date.
      mask: [page.getByRole('contentinfo').getByText(/©/)],
    });
  });
});
