import { expect, test } from './support/test';

test.describe('pages that do not exist', () => {
  test('an unknown English story is a 404 that speaks English first', { tag: '@smoke' }, async ({ page }) => {
    const response = await page.goto('/en/article/no-such-story');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found · 페이지를 찾을 수 없습니다');
    await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Page not found');
    await expect(page.getByRole('main').getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/en');
    await expect(page.getByRole('main').getByRole('link', { name: 'Search stories' })).toHaveAttribute('href', '/en/search');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  });

  test('an unknown Korean story is a 404 that speaks Korean first', { tag: '@i18n' }, async ({ page }) => {
    const response = await page.goto('/ko/article/no-such-story');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page).toHaveTitle(/페이지를 찾을 수 없습니다/);
    const headings = page.getByRole('heading', { level: 2 });
    // Visual order: the Korean section is laid out first.
    const [first, second] = await Promise.all([headings.nth(0).boundingBox(), headings.nth(1).boundingBox()]);
    const korean = (await headings.nth(0).textContent()) === '페이지를 찾을 수 없습니다' ? first : second;
    const english = korean === first ? second : first;
    expect(korean!.y).toBeLessThan(english!.y);
    await expect(page.getByRole('main').getByRole('link', { name: '첫 화면으로 가기' })).toHaveAttribute('href', '/ko');
  });

  test('the 404 page is complete HTML without JavaScript, in both languages', async ({ request }) => {
    const response = await request.get('/ko/article/no-such-story');
    expect(response.status()).toBe(404);
    const html = await response.text();
    expect(html).toMatch(/<h2 [^>]*>Page not found<\/h2>/);
    expect(html).toMatch(/<h2 [^>]*>페이지를 찾을 수 없습니다<\/h2>/);
    expect(html).not.toContain('__next_error__');
  });

  test("the 404 page keeps the reader's dark theme", async ({ page }) => {
    await page.goto('/en');
    await page.evaluate(() => localStorage.setItem('newsroom:theme', 'dark'));
    await page.goto('/en/article/no-such-story');
    expect(await page.locator('html').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(18, 18, 18)');
  });

  const hostile = [
    '/en/article/Kim-Train-Khabarovsk',
    '/en/article/kim-train-khabarovsk%2F..%2F..',
    '/en/article/%2e%2e%2fpackage.json',
    `/en/article/${'a'.repeat(400)}`,
    '/en/article/kim%00train',
    '/en/section/no-such-section',
    '/en/no/such/page',
    '/fr',
    '/fr/article/kim-train-khabarovsk',
    '/EN/article/kim-train-khabarovsk',
    '/en/section/Business',
    '/en/section/business%2F..%2F..%2Fpackage.json',
    `/en/section/${'b'.repeat(300)}`,
    '/en/section/business/page/2%00',
    '/en/tag/%2e%2e%2f%2e%2e%2fpackage.json',
    '/en/tag/markets%00',
    `/en/tag/${'%EC%A6%9D'.repeat(200)}`,
    '/ko/tag/%ED%95%9C%EA%B8%80%EB%82%A0-%EC%97%86%EC%9D%8C',
    '/en/author/KIM-SEO-YEON',
    '/en/author/..%2f..%2fetc%2fpasswd',
    '/en/author/kim-seo-yeon%0d%0aSet-Cookie:x=1',
    '/en/preview/..%2f..%2fapi%2fhealth',
  ];
  for (const path of hostile) {
    test(`${path.length > 60 ? `${path.slice(0, 60)}…` : path} is a 404`, { tag: '@security' }, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(404);
      const body = await response.text();
      expect(body).not.toMatch(/at .*\.(js|ts):\d+|node_modules|\/work\//);
      expect(response.headers()['set-cookie']).toBeUndefined();
    });
  }

  test('a dot segment is resolved on the site, never outside it', { tag: '@security' }, async ({ request }) => {
    // Next.js normalizes `/page/%2e%2e` to its parent with a permanent redirect.
    const response = await request.get('/en/section/business/page/%2e%2e', { maxRedirects: 0 });
    expect([308, 404]).toContain(response.status());
    if (response.status() === 308) expect(response.headers()['location']).toBe('/en/section/business');
  });
});
