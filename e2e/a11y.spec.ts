import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { LOCALES, seed, SEED_SLUG } from './support/seed';

const pages = (locale: string) => [
  { name: 'article', path: `/${locale}/article/${SEED_SLUG}` },
  { name: 'article with inline figures', path: `/${locale}/article/busan-film-festival-opens` },
  { name: 'front page', path: `/${locale}` },
  { name: 'section page', path: `/${locale}/section/north-korea` },
  { name: 'story not in this language', path: `/${locale}/article/${locale === 'en' ? 'seoul-subway-fare-hike' : 'fukushima-second-water-release'}` },
  { name: '404 page', path: `/${locale}/article/no-such-story` },
  { name: 'second page of a section', path: `/${locale}/section/business/page/2` },
  { name: 'tag page', path: `/${locale}/tag/${locale === 'en' ? 'markets' : encodeURIComponent('증시')}` },
  { name: 'author page', path: `/${locale}/author/park-ji-hoon` },
  { name: 'search page', path: `/${locale}/search` },
  { name: 'search results', path: `/${locale}/search?q=${locale === 'en' ? 'putin' : encodeURIComponent('푸틴')}` },
];

for (const locale of LOCALES) {
  for (const { name, path } of pages(locale)) {
    test(`the ${name} in ${locale} has no WCAG 2.2 AA violations`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }

  for (const name of ['article', 'front page']) {
    test(`the ${name} in ${locale} has no WCAG 2.2 AA violations in dark mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(pages(locale).find((p) => p.name === name)!.path);
      await expectNoAxeViolations(page);
    });
  }

  test(`keyboard readers can skip to the story and reach Copy link in ${locale}`, async ({ page, browserName }) => {
    // Firefox and WebKit move focus differently on Tab (links are skipped on macOS by default).
    test.skip(browserName !== 'chromium', 'Tab order checks run in Chromium');
    await page.goto(`/${locale}/article/${SEED_SLUG}`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: locale === 'en' ? 'Skip to main content' : '본문 바로가기' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    // From the main landmark, the next stops are the kicker and then the share controls.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      const focusedName = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (focusedName.includes(seed[locale].copyLink)) break;
    }
    await expect(page.getByRole('button', { name: seed[locale].copyLink })).toBeFocused();
  });
}

test('the page for an unknown language has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('/fr');
  await expectNoAxeViolations(page);
});
