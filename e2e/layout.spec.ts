import { eachLocale, expect, test } from './support/test';
import { pageTypes } from './support/pageTypes';

// Page-wide health checks over every page type, in both languages.
eachLocale('every page', (locale) => {
  for (const { name, path, status = 200 } of pageTypes(locale)) {
    test.describe(name, () => {
      test('fits screens from 320px wide without sideways scrolling', { tag: '@mobile' }, async ({ page }) => {
        expect((await page.goto(path))?.status()).toBe(status);
        for (const width of [320, 375, 390, 768, 1440]) {
          await page.setViewportSize({ width, height: 800 });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${width}px`).toBeLessThanOrEqual(0);
        }
      });

      test('logs no errors and has no failed requests', async ({ page, pageProblems }) => {
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        expect(pageProblems).toEqual([]);
      });

      test('describes every image, or marks it decorative', { tag: '@a11y' }, async ({ page }) => {
        await page.goto(path);
        const images = await page.locator('img').evaluateAll((imgs) =>
          imgs.map((img) => ({
            src: img.getAttribute('src'),
            alt: img.getAttribute('alt'),
            // alt="" is decorative: allowed where a headline or caption beside it says what it is.
            decorative: img.getAttribute('alt') === '' || img.getAttribute('aria-hidden') === 'true' || img.getAttribute('role') === 'presentation',
          })),
        );
        for (const image of images) {
          expect(image.alt, `${image.src} has no alt attribute`).not.toBeNull();
          expect(image.decorative || (image.alt ?? '').trim().length > 0, `${image.src}`).toBe(true);
        }
      });
    });
  }
});
