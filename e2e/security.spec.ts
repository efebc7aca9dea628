import { SEED_SLUG } from './support/seed';
import { expect, test } from './support/test';

const paths = ['/en', `/ko/article/${SEED_SLUG}`, '/en/search?q=putin', '/en/feed.xml', '/sitemap.xml', '/en/article/no-such-story', '/api/health'];

test.describe('security headers', { tag: '@security' }, () => {
  for (const path of paths) {
    test(`${path} is served with the security headers`, async ({ request }) => {
      const response = await request.get(path);
      const headers = response.headers();
      const csp = headers['content-security-policy'] ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('unsafe-eval');
      expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy']).toContain('camera=()');
      expect(headers['x-powered-by']).toBeUndefined();
    });
  }

  test('static assets are cached for good (their names change with their content)', async ({ page }) => {
    const assets: { url: string; cacheControl?: string }[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/_next/static/')) assets.push({ url: response.url(), cacheControl: response.headers()['cache-control'] });
    });
    await page.goto(`/en/article/${SEED_SLUG}`);
    await page.waitForLoadState('networkidle');
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(asset.cacheControl, asset.url).toContain('immutable');
  });

  test('the site works under its CSP: no violation on the pages with scripts', async ({ page, pageProblems }) => {
    for (const path of ['/en', `/ko/article/${SEED_SLUG}`, '/ko/search?q=푸틴', '/en/section/business']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    // Copy link and the theme buttons run after hydration: they work.
    await page.goto(`/en/article/${SEED_SLUG}`);
    await page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Dark' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(pageProblems.filter((p) => /Content Security Policy|Refused to/i.test(p))).toEqual([]);
    expect(pageProblems).toEqual([]);
  });
});

test('/api/health answers with the build and the count of public stories', { tag: '@security' }, async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toContain('no-store');
  const body = await response.json();
  expect(body.status).toBe('ok');
  expect(body.buildId).toMatch(/^[\w-]{6,}$/);
  expect(body.stories.total).toBe(body.stories.en + body.stories.ko);
  expect(body.stories.en).toBeGreaterThan(20);
  expect(JSON.stringify(body)).not.toMatch(/\/work\/|node_modules|at .*\.js/);
});
