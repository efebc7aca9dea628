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
    // Photos and icons: cached for a day, then revalidated.
    for (const path of ['/images/biff-red-carpet.jpg', '/favicon.ico']) {
      expect((await page.request.get(path)).headers()['cache-control'], path).toMatch(/public, max-age=86400/);
    }
  });

  test('a page is answered compressed from the page cache, fresh for a minute; a 404 is never kept', async ({ request }) => {
    // A story the build prerendered (the suite's prerender window holds the newest eight).
    const path = '/en/article/bok-holds-rate-october';
    const first = await request.get(path);
    const again = await request.get(path);
    expect(again.headers()['x-cache']).toBe('HIT');
    expect(again.headers()['content-encoding']).toMatch(/^(br|gzip)$/);
    expect(again.headers()['cache-control']).toBe('public, max-age=60, s-maxage=300, stale-while-revalidate=86400');
    expect(again.headers()['content-security-policy']).toBe(first.headers()['content-security-policy']);
    expect(await again.text()).toBe(await first.text());
    // Navigation data for the same URL is not the page: Next.js answers it.
    const rsc = await request.get(path, { headers: { rsc: '1' } });
    expect(rsc.headers()['content-type']).toContain('text/x-component');
    for (let i = 0; i < 2; i++) {
      const missing = await request.get('/en/article/no-such-story');
      expect(missing.status()).toBe(404);
      expect(missing.headers()['cache-control']).toContain('no-store');
    }
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

/**
 * e2e/fixtures/content/articles/xss-canary carries script in every field: title, dek, alt,
 * caption, credit, dateline, tags and a body of raw HTML, script URLs and malformed tags.
 * Wherever the story appears, all of it must be text: no dialog, no script, no handler.
 */
test.describe('a story full of script payloads', { tag: '@security' }, () => {
  const places = (locale: string) => [
    `/${locale}/article/xss-canary`,
    `/${locale}/section/culture`,
    `/${locale}/author/jung-da-eun`,
    `/${locale}/tag/script-alert-tag-script`,
    `/${locale}/search?q=XSSCANARY`,
  ];

  for (const locale of ['en', 'ko']) {
    test(`renders as harmless text wherever it appears (${locale})`, async ({ page, pageProblems }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      for (const path of places(locale)) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await page.waitForLoadState('networkidle');
        await expect(page.getByText('XSSCANARY').first(), path).toBeVisible();
        const injected = await page.evaluate(() => {
          const found: string[] = [];
          for (const element of document.querySelectorAll('*')) {
            for (const attribute of element.attributes) {
              if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`);
              if (/^(href|src|action|xlink:href|formaction)$/i.test(attribute.name) && /^\s*(javascript|vbscript|data):/i.test(attribute.value)) {
                found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
              }
            }
          }
          // The site's own search form is the one form allowed.
          for (const tag of ['iframe', 'object', 'embed', 'form:not([role="search"])', 'math', 'svg script', 'style:not([data-precedence])']) {
            for (const element of document.querySelectorAll(`main ${tag}`)) found.push(`<${element.tagName.toLowerCase()}> in main`);
          }
          // The story's text also travels as escaped JSON in Next.js's data scripts: what must not
          // exist is a script element of the story's own.
          for (const script of document.querySelectorAll('script')) if (/^\s*alert\(/.test(script.textContent ?? '')) found.push(`<script>${script.textContent}`);
          return found;
        });
        expect(injected, path).toEqual([]);
      }
      expect(dialogs).toEqual([]);
      expect(pageProblems).toEqual([]);
    });

    test(`keeps the title as text in the head, structured data, feed and share card (${locale})`, async ({ page, request }) => {
      await page.goto(`/${locale}/article/xss-canary`);
      const title = await page.getByRole('heading', { level: 1 }).textContent();
      expect(title).toContain('</script><script>alert(');
      await expect(page).toHaveTitle(new RegExp(`^${title!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      await expect(page.locator('head meta[property="og:title"]')).toHaveAttribute('content', title!);
      // JSON-LD: parses, and the title inside it is the same text.
      const jsonLd = [JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!)].flat();
      expect(jsonLd.find((d: { '@type': string }) => d['@type'] === 'NewsArticle').headline).toBe(title);
      const rawHtml = await (await request.get(`/${locale}/article/xss-canary`)).text();
      expect(rawHtml).not.toContain("<script>alert('title')");
      // The feed: well-formed XML whose item title is the same text, and a body without script.
      const feed = await (await request.get(`/${locale}/section/culture/feed.xml`)).text();
      // Outside the CDATA sections, markup in the title is escaped XML text.
      expect(feed.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')).not.toMatch(/<script|<img|<b>/i);
      const item = feed.split('<item>').find((i) => i.includes('XSSCANARY'))!;
      expect(item).toBeDefined();
      const body = /<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/.exec(item)![1]!;
      // Parsed as a feed reader would: what elements and attributes does the story's HTML make?
      const dangers = await page.evaluate((html) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const found = [...doc.body.querySelectorAll('script, iframe, object, embed, svg, math, form, style')].map((e) => `<${e.tagName.toLowerCase()}>`);
        for (const element of doc.body.querySelectorAll('*')) {
          for (const attribute of element.attributes) {
            if (/^on/i.test(attribute.name) || /^\s*(javascript|vbscript|data):/i.test(attribute.value)) found.push(`${element.tagName} ${attribute.name}`);
          }
        }
        return found;
      }, body);
      expect(dangers).toEqual([]);
      // ...while the story itself is all there.
      expect(body).toContain(locale === 'en' ? 'A story whose every field carries script' : '모든 항목에 스크립트를 넣은 기사');
      const card = await request.get(`/${locale}/article/xss-canary/card.png`);
      // The story has a photo: it shares the photo, and no card is drawn.
      expect(card.status()).toBe(404);
      await expect(page.locator('head meta[property="og:image"]')).toHaveAttribute('content', /\/images\/biff-outdoor-screening\.jpg$/);
    });
  }
});
