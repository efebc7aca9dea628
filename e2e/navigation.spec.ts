import { expect, test } from './support/test';
import { LOCALES } from './support/seed';

const labels = { en: { menu: 'Menu', nav: 'Sections', section: 'Business' }, ko: { menu: '메뉴', nav: '섹션', section: '경제' } };

for (const locale of LOCALES) {
  const l = labels[locale];

  test.describe(`the ${locale} phone menu`, () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('opens and closes from the keyboard, and Escape returns focus to the button', { tag: ['@mobile', '@a11y'] }, async ({ page }) => {
      await page.goto(`/${locale}`);
      const nav = page.getByRole('navigation', { name: l.nav });
      const button = nav.getByRole('button', { name: l.menu });
      const link = nav.getByRole('link', { name: l.section });
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(link).toBeHidden();

      await button.focus();
      await page.keyboard.press('Enter');
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(link).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(nav.getByRole('link').first()).toBeFocused();

      await page.keyboard.press('Escape');
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(link).toBeHidden();
      await expect(button).toBeFocused();

      // Escape meant for something else on the page leaves an open menu alone.
      await page.keyboard.press('Space');
      await expect(link).toBeVisible();
      await page.getByRole('main').getByRole('link').first().focus();
      await page.keyboard.press('Escape');
      await expect(link).toBeVisible();
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await link.click();
      await expect(page).toHaveURL(`/${locale}/section/business`);
    });
  });

  test.describe(`the ${locale} phone menu without JavaScript`, () => {
    test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });

    test('leaves the section links on show, with no menu button that could do nothing', { tag: '@mobile' }, async ({ page }) => {
      await page.goto(`/${locale}`);
      const nav = page.getByRole('navigation', { name: l.nav });
      await expect(nav.getByRole('link', { name: l.section })).toBeVisible();
      await expect(nav.getByRole('button', { name: l.menu })).toBeHidden();
    });
  });

  test(`the ${locale} desktop header shows every section link without a menu button`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/${locale}`);
    const nav = page.getByRole('navigation', { name: l.nav });
    await expect(nav.getByRole('button', { name: l.menu })).toBeHidden();
    await expect(nav.getByRole('link', { name: l.section })).toBeVisible();
  });
}
