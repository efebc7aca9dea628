import { devices, type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { ArticlePage } from './support/ArticlePage';
import { LOCALES, seed, SEED_SLUG } from './support/seed';

for (const locale of LOCALES) {
  const story = seed[locale];

  test.describe(`sharing the seed story in ${locale}`, () => {
    test('Copy link puts the canonical URL on the clipboard and announces it politely', { tag: '@smoke' }, async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
      const article = new ArticlePage(page);
      await article.goto(locale, SEED_SLUG);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(canonical).toBe(`${baseURL}/${locale}/article/${SEED_SLUG}`);

      await article.openShareMenu();
      await expect(article.copyLinkStatus).toHaveAttribute('aria-live', 'polite');
      await expect(article.copyLinkStatus).toHaveText('');
      await article.copyLinkButton(story.copyLink).click();
      await expect(article.copyLinkStatus).toHaveText(story.linkCopied);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    });

    test('says so when the browser refuses the clipboard', async ({ page }) => {
      await page.addInitScript(() => {
        Object.defineProperty(navigator, 'clipboard', {
          value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
        });
      });
      const article = new ArticlePage(page);
      await article.goto(locale, SEED_SLUG);
      await article.openShareMenu();
      await article.copyLinkButton(story.copyLink).click();
      await expect(article.copyLinkStatus).not.toHaveText('');
      await expect(article.copyLinkStatus).not.toHaveText(story.linkCopied);
      // The link is offered, selected, for copying by hand.
      const field = article.article.getByRole('textbox');
      await expect(field).toHaveValue(new RegExp(`/${locale}/article/${SEED_SLUG}$`));
      expect(await field.evaluate((input: HTMLInputElement) => input.selectionEnd! - input.selectionStart!)).toBe(
        (await field.inputValue()).length,
      );
    });

    test('offers plain share links that carry the encoded URL and open safely in a new tab', async ({ page, baseURL }) => {
      await new ArticlePage(page).goto(locale, SEED_SLUG);
      await new ArticlePage(page).openShareMenu();
      const url = `${baseURL}/${locale}/article/${SEED_SLUG}`;
      const share = page.getByRole('region', { name: locale === 'en' ? 'Share this story' : '기사 공유하기' });
      const links = share.getByRole('link');
      const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      const hosts = hrefs.filter((h) => h.startsWith('https://')).map((h) => new URL(h).host);
      expect(hosts).toEqual(['www.facebook.com', 'x.com', 'social-plugins.line.me', 'share.naver.com']);
      for (const href of hrefs.filter((h) => h.startsWith('https://'))) {
        expect([...new URL(href).searchParams.values()]).toContain(url);
      }
      for (const link of await share.locator('a[target="_blank"]').all()) {
        await expect(link).toHaveAttribute('rel', /noopener/);
      }
      const mail = hrefs.find((h) => h.startsWith('mailto:'));
      expect(mail && decodeURIComponent(mail)).toContain(url);
    });

    test('names each share link starting with the word it shows, and says which open a new tab', async ({ page }) => {
      await new ArticlePage(page).goto(locale, SEED_SLUG);
      await new ArticlePage(page).openShareMenu();
      const share = page.getByRole('region', { name: locale === 'en' ? 'Share this story' : '기사 공유하기' });
      // Hidden text is its own run: browsers may put a space before it.
      const facebook = share.getByRole('link', { name: locale === 'en' ? /^Facebook +– share this story +\(opens in a new tab\)$/ : /^페이스북 +공유 +\(새 탭에서 열림\)$/ });
      await expect(facebook).toBeVisible();
      await expect(share.getByRole('link', { name: locale === 'en' ? /^Email +– share this story$/ : /^이메일 +공유$/ })).toBeVisible();
      for (const link of await share.getByRole('link').all()) {
        // What a sighted reader sees: the text without the visually hidden parts.
        const visible = await link.evaluate((a) => {
          const copy = a.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.sr-only').forEach((hidden) => hidden.remove());
          return (copy.textContent ?? '').trim();
        });
        expect(visible.length).toBeGreaterThan(0);
        await expect(link).toHaveAccessibleName(new RegExp(`^${visible.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`));
      }
    });

    // The suite builds the site with a test Kakao key (playwright.config.ts), and stands in for
    // Kakao's SDK: the network here reaches no CDN, and tests must not share to real services.
    test('loads the KakaoTalk SDK only on the first click, then shares the canonical URL', async ({ page, baseURL }) => {
      const sdkRequests: string[] = [];
      await page.route('https://t1.kakaocdn.net/**', (route) => {
        sdkRequests.push(route.request().url());
        return route.fulfill({
          contentType: 'application/javascript',
          body: `window.Kakao = { _key: null, isInitialized() { return this._key !== null; }, init(key) { this._key = key; },
            Share: { sendScrap(options) { window.__kakaoShared = { key: window.Kakao._key, ...options }; } } };`,
        });
      });
      await new ArticlePage(page).goto(locale, SEED_SLUG);
      await new ArticlePage(page).openShareMenu();
      const kakao = page.getByRole('button', { name: locale === 'en' ? 'KakaoTalk' : '카카오톡' });
      await expect(kakao).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(sdkRequests).toEqual([]);

      await kakao.click();
      await expect.poll(() => page.evaluate(() => (window as unknown as { __kakaoShared?: object }).__kakaoShared)).toEqual({
        key: 'e2e-test-kakao-key',
        requestUrl: `${baseURL}/${locale}/article/${SEED_SLUG}`,
      });
      expect(sdkRequests).toHaveLength(1);
    });

    test('gives every share control a touch target of at least 24 by 24 pixels', { tag: ['@mobile', '@a11y'] }, async ({ page }) => {
      await new ArticlePage(page).goto(locale, SEED_SLUG);
      await new ArticlePage(page).openShareMenu();
      const controls = page.getByRole('region', { name: locale === 'en' ? 'Share this story' : '기사 공유하기' }).locator('a, button');
      expect(await controls.count()).toBeGreaterThanOrEqual(7);
      for (const control of await controls.all()) {
        const box = await control.boundingBox();
        expect(box?.width).toBeGreaterThanOrEqual(24);
        expect(box?.height).toBeGreaterThanOrEqual(24);
      }
    });
  });
}

test.describe('the Share button', () => {
  const stubShare = () => {
    const shared: ShareData[] = [];
    Object.assign(window, { __shared: shared });
    Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (shared.push(data), Promise.resolve()) });
  };
  const sharedOn = (page: Page) => page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);

  test('where the device has a share sheet, phone or computer, opens it with the headline and canonical URL, not the menu', { tag: '@mobile' }, async ({ browser, baseURL }) => {
    // A phone, then a computer with a mouse (Safari, Windows), whatever the project emulates.
    for (const [locale, device] of [
      ['ko', devices['Pixel 7']],
      ['en', { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false }],
    ] as const) {
      const context = await browser.newContext({ ...device, baseURL });
      const page = await context.newPage();
      await page.addInitScript(stubShare);
      const article = new ArticlePage(page);
      await article.goto(locale, SEED_SLUG);
      await article.shareButton.click();
      expect(await sharedOn(page)).toEqual([{ title: seed[locale].headline, url: `${baseURL}/${locale}/article/${SEED_SLUG}` }]);
      await expect(article.shareMenu).toBeHidden();
      await context.close();
    }
  });

  test('where the browser cannot share, opens the menu, which Escape or its Close button closes, giving focus back', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
    const article = new ArticlePage(page);
    await article.goto('en', SEED_SLUG);
    await expect(article.shareMenu).toBeHidden();
    await article.openShareMenu();
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
    await page.getByRole('button', { name: 'Copy link' }).focus();
    await page.keyboard.press('Escape');
    await expect(article.shareMenu).toBeHidden();
    await expect(article.shareButton).toBeFocused();
    // And its Close button, for a screen reader on a touch screen.
    await article.openShareMenu();
    await article.shareMenu.getByRole('button', { name: 'Close' }).click();
    await expect(article.shareMenu).toBeHidden();
  });
});
