import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { seed, SEED_SLUG } from './support/seed';

const bodySize = (page: Page) => page.locator('.article-body').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

/** The page's cumulative layout shift so far, as Chromium measures it. */
function layoutShift(page: Page) {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          resolve(list.getEntries().reduce((sum, e) => sum + ((e as PerformanceEntry & { value: number }).value ?? 0), 0));
        }).observe({ type: 'layout-shift', buffered: true });
        // No entries at all means no shift: the observer never calls back.
        setTimeout(() => resolve(0), 500);
      }),
  );
}

/** The text-size buttons, one tap away: the "Aa" button opens them. */
async function textSizes(page: Page, name: 'Text size' | '글자 크기') {
  await page.getByRole('article').getByRole('button', { name }).click();
  const group = page.getByRole('group', { name });
  await expect(group).toBeVisible();
  return group;
}

test.describe('reading comfort', () => {
  test('the text size holds across pages and applies before the page paints', async ({ page }) => {
    await page.goto(`/en/article/${SEED_SLUG}`);
    const medium = await bodySize(page);
    const sizes = await textSizes(page, 'Text size');
    await sizes.getByRole('button', { name: 'Large' }).click();
    await expect(sizes.getByRole('button', { name: 'Large' })).toHaveAttribute('aria-pressed', 'true');
    expect(await bodySize(page)).toBeGreaterThan(medium);

    // A viewport tall enough that the story text is on screen, so a late resize would count as a shift.
    await page.setViewportSize({ width: page.viewportSize()!.width, height: 2400 });
    await page.goto('/ko/article/busan-film-festival-opens');
    expect(await bodySize(page)).toBeGreaterThan(medium);
    expect(await layoutShift(page)).toBeLessThan(0.01);
    const korean = await textSizes(page, '글자 크기');
    await expect(korean.getByRole('button', { name: '크게' })).toHaveAttribute('aria-pressed', 'true');

    await korean.getByRole('button', { name: '작게' }).click();
    expect(await bodySize(page)).toBeLessThan(medium);
    await page.goto(`/en/article/${SEED_SLUG}`);
    await expect((await textSizes(page, 'Text size')).getByRole('button', { name: 'Small' })).toHaveAttribute('aria-pressed', 'true');
    expect(await bodySize(page)).toBeLessThan(medium);
  });

  test('the chosen text size is applied by the page itself, before any app code runs', async ({ page }) => {
    await page.goto(`/en/article/${SEED_SLUG}`);
    const medium = await bodySize(page);
    await (await textSizes(page, 'Text size')).getByRole('button', { name: 'Large' }).click();
    // With the app's scripts refused, only the inline script in the HTML can apply the size.
    await page.route('**/_next/static/**/*.js', (route) => route.abort());
    await page.goto(`/ko/article/${SEED_SLUG}`);
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
    expect(await bodySize(page)).toBeGreaterThan(medium);
  });

  test('dark mode follows the system, and the reader can choose', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/en');
    const background = () => page.locator('html').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background()).toBe('rgb(18, 18, 18)');

    await page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Light' }).click();
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.goto(`/en/article/${SEED_SLUG}`);
    expect(await background()).toBe('rgb(255, 255, 255)');

    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Dark' }).click();
    expect(await background()).toBe('rgb(18, 18, 18)');
  });

  test('printing keeps the story, photo and caption, drops navigation and buttons, and prints the URL', async ({ page, baseURL }) => {
    await page.goto(`/en/article/${SEED_SLUG}`);
    await (await textSizes(page, 'Text size')).getByRole('button', { name: 'Large' }).click();
    await page.keyboard.press('Escape');
    await page.emulateMedia({ media: 'print' });
    // Print sets its own size (11pt), whatever the reader chose on screen.
    expect(await bodySize(page)).toBeCloseTo((11 * 96) / 72, 1);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('article').getByRole('figure').first()).toBeVisible();
    await expect(page.getByRole('article').getByRole('figure').first().locator('figcaption')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Text size' })).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByText(`Read this story online: ${baseURL}/en/article/${SEED_SLUG}`)).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByText(`Read this story online:`)).toBeHidden();
  });

  test('each language tells the reading time its own way', async ({ page }) => {
    await page.goto(`/en/article/${SEED_SLUG}`);
    await expect(page.getByRole('article').getByText(/^\d+ min read$/)).toBeVisible();
    await page.goto(`/ko/article/${SEED_SLUG}`);
    await expect(page.getByRole('article').getByText(/^\d+분 분량$/)).toBeVisible();
  });
});

test.describe('reading comfort without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('hides the size and theme buttons, which could not work, and still follows the system theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`/en/article/${SEED_SLUG}`);
    await expect(page.getByRole('article')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Text size' })).toBeHidden();
    await expect(page.getByRole('group', { name: 'Text size' })).toBeHidden();
    await expect(page.getByRole('group', { name: 'Theme' })).toBeHidden();
    expect(await page.locator('html').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(18, 18, 18)');
  });
});

test.describe('reading on', () => {
  test('related stories share tags first, stay in the language and never repeat the story', async ({ page }) => {
    await page.goto('/en/article/samsung-q3-preliminary-earnings');
    const related = page.getByRole('region', { name: 'Related stories' });
    const links = related.getByRole('link');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h?.startsWith('/en/article/'))).toBe(true);
    expect(hrefs).not.toContain('/en/article/samsung-q3-preliminary-earnings');
    // The Bank of Korea story shares the Semiconductors tag: it comes first.
    expect(hrefs[0]).toBe('/en/article/bok-holds-rate-october');
  });

  test('"Next in" offers another story from the section', async ({ page }) => {
    await page.goto(`/ko/article/${SEED_SLUG}`);
    const next = page.getByRole('complementary', { name: '북한 다음 기사' });
    await expect(next.getByRole('link')).toHaveAttribute('href', /^\/ko\/article\/(?!kim-train-khabarovsk)/);
    await next.getByRole('link').click();
    await expect(page.getByRole('article').getByRole('link', { name: seed.ko.section }).first()).toBeVisible();
  });
});
