import { expectNoAxeViolations } from './support/axe';
import { pageTypes } from './support/pageTypes';
import { seed, SEED_SLUG } from './support/seed';
import { eachLocale, expect, test } from './support/test';

eachLocale('accessibility', (locale) => {
  for (const { name, path } of pageTypes(locale)) {
    test(`the ${name} has no WCAG 2.2 AA violations`, { tag: '@a11y' }, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }

  for (const name of ['article', 'front page']) {
    test(`the ${name} has no WCAG 2.2 AA violations in dark mode`, { tag: '@a11y' }, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(pageTypes(locale).find((p) => p.name === name)!.path);
      await expectNoAxeViolations(page);
    });
  }

  test('a keyboard alone reads a story: skip link, share, other language', { tag: ['@a11y', '@smoke'] }, async ({ page, browserName }) => {
    // Firefox and WebKit move focus differently on Tab (links are skipped on macOS by default).
    test.skip(browserName !== 'chromium', 'Tab order checks run in Chromium');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/${locale}/article/${SEED_SLUG}`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: locale === 'en' ? 'Skip to main content' : '본문 바로가기' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);

    const tabTo = async (target: ReturnType<typeof page.getByRole>) => {
      for (let i = 0; i < 25 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      await expect(target).toBeFocused();
    };
    // From the main landmark, Tab reaches Share, Enter opens its menu, Tab goes on into it to Copy link, and Enter copies.
    await tabTo(page.getByRole('article').getByRole('button', { name: locale === 'en' ? 'Share' : '공유', exact: true }));
    await page.keyboard.press('Enter');
    const copy = page.getByRole('button', { name: seed[locale].copyLink });
    await tabTo(copy);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('article').getByRole('status').first()).toHaveText(seed[locale].linkCopied);
    // On to the other language's version.
    const other = page.getByRole('article').getByRole('link', { name: seed[locale].otherLanguageLink });
    await tabTo(other);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`/${locale === 'en' ? 'ko' : 'en'}/article/${SEED_SLUG}`);
  });
});

test('the page for an unknown language has no WCAG 2.2 AA violations', { tag: '@a11y' }, async ({ page }) => {
  await page.goto('/fr');
  await expectNoAxeViolations(page);
});
