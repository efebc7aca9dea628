import { expect, test } from '@playwright/test';
import { LOCALES, SEED_SLUG } from './support/seed';

const pages = (locale: string) => [
  `/${locale}/article/${SEED_SLUG}`,
  `/${locale}/article/busan-film-festival-opens`,
  `/${locale}`,
  `/${locale}/section/north-korea`,
  `/${locale}/article/${locale === 'en' ? 'seoul-subway-fare-hike' : 'fukushima-second-water-release'}`,
  `/${locale}/article/no-such-story`,
];

for (const locale of LOCALES) {
  for (const path of pages(locale)) {
    test(`${path} fits screens from 320px wide without sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      for (const width of [320, 390, 768, 1440]) {
        await page.setViewportSize({ width, height: 800 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${width}px`).toBeLessThanOrEqual(0);
      }
    });
  }

  test(`the ${locale} article logs no errors and no failed requests`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
    });
    await page.goto(`/${locale}/article/${SEED_SLUG}`);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
}
