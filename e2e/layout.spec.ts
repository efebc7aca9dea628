import { eachLocale, expect, test } from './support/test';
import { pageTypes } from './support/pageTypes';

// Page-wide health over every page type, in both languages: one page load, three checks.
eachLocale('every page', (locale) => {
  for (const { name, path, status = 200 } of pageTypes(locale)) {
    test(`the ${name} fits 320px screens, logs no errors and describes its images`, { tag: ['@mobile', '@a11y'] }, async ({ page, pageProblems }) => {
      expect((await page.goto(path))?.status()).toBe(status);
      await page.waitForLoadState('networkidle');

      await test.step('no console errors, page errors or failed requests', () => {
        expect(pageProblems).toEqual([]);
      });

      await test.step('every image has alt text, or alt="" where it is decorative', async () => {
        const images = await page.locator('img').evaluateAll((imgs) =>
          imgs.map((img) => ({
            src: img.getAttribute('src'),
            alt: img.getAttribute('alt'),
            // Decorative: a headline or caption beside the picture already says what it is.
            decorative: img.getAttribute('alt') === '' || img.getAttribute('aria-hidden') === 'true' || img.getAttribute('role') === 'presentation',
          })),
        );
        for (const image of images) {
          expect(image.alt, `${image.src} has no alt attribute`).not.toBeNull();
          expect(image.decorative || (image.alt ?? '').trim().length > 0, `${image.src} has blank alt text`).toBe(true);
        }
      });

      await test.step('no sideways scrolling from 320px to 1440px wide', async () => {
        for (const width of [320, 375, 390, 768, 1440]) {
          await page.setViewportSize({ width, height: 800 });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${width}px`).toBeLessThanOrEqual(0);
        }
      });
    });
  }
});
