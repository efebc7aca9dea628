import { expect, test } from '@playwright/test';

test.describe('pages that do not exist', () => {
  test('an unknown story is a localized 404 in English', async ({ page }) => {
    const response = await page.goto('/en/article/no-such-story');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('main').getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/en');
  });

  test('an unknown story is a localized 404 in Korean', async ({ page }) => {
    const response = await page.goto('/ko/article/no-such-story');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다');
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
  ];
  for (const path of hostile) {
    test(`${path.length > 60 ? `${path.slice(0, 60)}…` : path} is a 404`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(404);
      const body = await response.text();
      expect(body).not.toMatch(/at .*\.(js|ts):\d+|node_modules|\/work\//);
    });
  }
});
