import { expect, test } from './support/test';
import { seed, SEED_SLUG } from './support/seed';

test.describe('switching language', () => {
  test('goes from the English story to the Korean one and back', { tag: ['@smoke', '@i18n'] }, async ({ page }) => {
    await page.goto(`/en/article/${SEED_SLUG}`);
    const toKorean = page.getByRole('article').getByRole('link', { name: seed.en.otherLanguageLink });
    await expect(toKorean.locator('[lang="ko"]')).toHaveText('한국어');
    await toKorean.click();
    await expect(page).toHaveURL(`/ko/article/${SEED_SLUG}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.ko.headline);

    const toEnglish = page.getByRole('article').getByRole('link', { name: seed.ko.otherLanguageLink });
    await expect(toEnglish.locator('[lang="en"]')).toHaveText('English');
    await toEnglish.click();
    await expect(page).toHaveURL(`/en/article/${SEED_SLUG}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.en.headline);
  });

  test('explains when a story has no Korean version and offers the English one and the front page', { tag: '@i18n' }, async ({ page }) => {
    await page.goto('/en/article/fukushima-second-water-release');
    await page.getByRole('article').getByRole('link', { name: /한국어/ }).click();
    await expect(page).toHaveURL('/ko/article/fukushima-second-water-release');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('이 기사는 한국어로 제공되지 않습니다');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    const english = page.getByRole('main').getByRole('link', { name: /Fukushima/ });
    await expect(english).toHaveAttribute('href', '/en/article/fukushima-second-water-release');
    await expect(english).toHaveAttribute('hreflang', 'en');
    await expect(page.getByRole('main').getByRole('link', { name: '첫 화면으로 가기' })).toHaveAttribute('href', '/ko');
  });

  test('explains when a story has no English version', { tag: '@i18n' }, async ({ page }) => {
    await page.goto('/en/article/seoul-subway-fare-hike');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This story is not available in English');
    await expect(page.getByRole('main').locator('li[lang="ko"] a')).toHaveAttribute('href', '/ko/article/seoul-subway-fare-hike');
  });

  test('lists both language versions in the page head for search engines', { tag: '@seo' }, async ({ page, baseURL }) => {
    await page.goto(`/en/article/${SEED_SLUG}`);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`));
    expect(alternates.sort()).toEqual(
      [`en ${baseURL}/en/article/${SEED_SLUG}`, `ko ${baseURL}/ko/article/${SEED_SLUG}`, `x-default ${baseURL}/en/article/${SEED_SLUG}`].sort(),
    );
  });
});

test.describe('choosing the language at /', () => {
  test('sends a Korean-speaking browser to /ko', { tag: '@i18n' }, async ({ request }) => {
    const response = await request.get('/', { headers: { 'Accept-Language': 'ko-KR,ko;q=0.9,en;q=0.5' }, maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(new URL(response.headers().location ?? '', 'http://x').pathname).toBe('/ko');
  });

  test('sends everyone else to /en', { tag: '@i18n' }, async ({ request }) => {
    const response = await request.get('/', { headers: { 'Accept-Language': 'fr-FR,fr;q=0.9' }, maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(new URL(response.headers().location ?? '', 'http://x').pathname).toBe('/en');
  });

  test('remembers a reader who chose Korean (NEXT_LOCALE cookie) when the browser asks for no site language', { tag: '@i18n' }, async ({ request }) => {
    const response = await request.get('/', { headers: { Cookie: 'NEXT_LOCALE=ko', 'Accept-Language': 'fr-FR' }, maxRedirects: 0 });
    expect(new URL(response.headers().location ?? '', 'http://x').pathname).toBe('/ko');
  });

  test('puts Accept-Language before the cookie', { tag: '@i18n' }, async ({ request }) => {
    const response = await request.get('/', { headers: { Cookie: 'NEXT_LOCALE=en', 'Accept-Language': 'ko-KR,ko;q=0.9' }, maxRedirects: 0 });
    expect(new URL(response.headers().location ?? '', 'http://x').pathname).toBe('/ko');
  });

  test("never lets a shared cache hand one reader's language to another", async ({ request }) => {
    const response = await request.get('/', { headers: { 'Accept-Language': 'ko' }, maxRedirects: 0 });
    expect(response.headers().vary).toMatch(/Accept-Language/);
    expect(response.headers()['cache-control']).toMatch(/private|no-store/);
  });

  test('keeps the path when a link leaves out the language', { tag: '@i18n' }, async ({ request }) => {
    const response = await request.get(`/article/${SEED_SLUG}`, { headers: { 'Accept-Language': 'ko' }, maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(new URL(response.headers().location ?? '', 'http://x').pathname).toBe(`/ko/article/${SEED_SLUG}`);
  });

  test('remembers the language a reader switches to', async ({ page, context }) => {
    await page.goto(`/en/article/${SEED_SLUG}`);
    await page.getByRole('article').getByRole('link', { name: seed.en.otherLanguageLink }).click();
    await expect(page).toHaveURL(`/ko/article/${SEED_SLUG}`);
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'NEXT_LOCALE')?.value).toBe('ko');
  });
});

test.describe("the footer's language link", () => {
  // The layout cannot know the page, so the link works out its target: it must be in the HTML.
  test.use({ javaScriptEnabled: false });

  test('leads to this page in the other language', async ({ page }) => {
    const footerLink = (name: RegExp) => page.getByRole('contentinfo').getByRole('link', { name });
    const cases = [
      [`/en/article/${SEED_SLUG}`, /한국어/, `/ko/article/${SEED_SLUG}`],
      ['/en/section/business/page/2', /한국어/, '/ko/section/business'],
      ['/ko/author/kim-seo-yeon', /English/, '/en/author/kim-seo-yeon'],
      // Tags are words of one language: the other language's front page instead.
      ['/en/tag/markets', /한국어/, '/ko'],
    ] as const;
    for (const [from, name, to] of cases) {
      await page.goto(from);
      await expect(footerLink(name)).toHaveAttribute('href', to);
    }
    await footerLink(/한국어/).click();
    await expect(page).toHaveURL(/\/ko$/);
  });
});
