import { SearchPage } from './support/SearchPage';
import { expect, test } from './support/test';
import { seed, SEED_SLUG } from './support/seed';

test.describe('search', () => {
  test('a Korean word finds stories where it carries a particle (푸틴 finds 푸틴과)', { tag: ['@smoke', '@i18n'] }, async ({ page }) => {
    const search = new SearchPage(page, 'ko');
    await search.goto();
    await search.search('푸틴');
    await expect(page).toHaveURL(/\/ko\/search\?q=%ED%91%B8%ED%8B%B4/);
    const result = search.result(seed.ko.headline);
    await expect(result).toBeVisible();
    await expect(result.getByRole('link', { name: seed.ko.headline })).toHaveAttribute('href', `/ko/article/${SEED_SLUG}`);
    // The matched word is marked, here inside 푸틴과.
    await expect(result.locator('mark').first()).toHaveText('푸틴');
    await expect(result.getByText('북한', { exact: true })).toBeVisible();
    await expect(result.locator('time')).toHaveText('2023.09.14 21:52');
  });

  test('an English word finds other forms of it, whatever the case', async ({ page }) => {
    await page.goto('/en/search?q=SUMMITS');
    const result = page.getByRole('main').getByRole('listitem').filter({ hasText: seed.en.headline });
    await expect(result).toBeVisible();
    await expect(result.locator('mark').first()).toHaveText(/^summit$/i);
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toContainText('match “SUMMITS”');
    await expect(result.getByRole('heading', { level: 3 })).toBeVisible();
  });

  test('a search that finds nothing says so kindly', async ({ page }) => {
    const response = await page.goto('/en/search?q=zzyzx');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('main')).toContainText('No stories match “zzyzx”');
  });

  test('an empty search and an overlong one get a friendly page, not an error', async ({ page }) => {
    expect((await page.goto('/en/search?q='))?.status()).toBe(200);
    await expect(page.getByText('Type a word or two to search the stories.')).toBeVisible();
    expect((await page.goto(`/ko/search?q=${'가'.repeat(500)}`))?.status()).toBe(200);
    await expect(page.getByText('검색어가 너무 깁니다. 몇 단어로 줄여 주세요.')).toBeVisible();
  });

  test('hostile queries are shown as text, never run', { tag: '@security' }, async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto(`/en/search?q=${encodeURIComponent('<script>alert(1)</script><img src=x onerror=alert(2)>')}`);
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toContainText('<script>alert(1)</script>');
    expect(dialogs).toBe(0);
  });

  test('many results come in pages of 20, with page links that keep the query', async ({ page }) => {
    await page.goto('/en/search?q=KOSPI');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 2 })).toContainText(/^\d+ stories match “KOSPI”$/);
    const total = Number((await main.getByRole('heading', { level: 2 }).textContent())!.split(' ')[0]);
    expect(total).toBeGreaterThan(20);
    await expect(main.locator('ol > li')).toHaveCount(20);
    await main.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL('/en/search?q=KOSPI&page=2');
    await expect(main.locator('ol > li')).toHaveCount(total - 20);
    await expect(main.locator('ol > li mark').first()).toHaveText('KOSPI');
    // A page past the end (an old link) shows the last page rather than an error.
    expect((await page.goto('/en/search?q=KOSPI&page=99'))?.status()).toBe(200);
    await expect(main.locator('ol > li')).toHaveCount(total - 20);
  });

  test('Korean finds words however they are spaced or joined to Latin letters', async ({ page }) => {
    await page.goto(`/ko/search?q=${encodeURIComponent('북러정상회담')}`);
    await expect(page.getByRole('main').getByRole('link', { name: seed.ko.headline })).toBeVisible();
    await page.goto('/ko/search?q=DPRK');
    const result = page.getByRole('main').getByRole('listitem').filter({ hasText: seed.ko.headline });
    // The body says "DPRK는": the Latin part is the match.
    await expect(result.locator('mark').first()).toHaveText('DPRK');
  });

  test('a Korean query with a particle that finds nothing is tried without it, and says so', async ({ page }) => {
    await page.goto(`/ko/search?q=${encodeURIComponent('푸틴은')}`);
    const main = page.getByRole('main');
    await expect(main.getByText('‘푸틴은’에 맞는 기사가 없어 ‘푸틴’ 검색 결과를 보여 드립니다.')).toBeVisible();
    await expect(main.getByRole('link', { name: seed.ko.headline })).toBeVisible();
  });

  test('results pages are kept out of search engines', { tag: '@seo' }, async ({ page }) => {
    await page.goto('/en/search?q=putin');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  });

  test('the header leads to search', async ({ page }) => {
    await page.goto('/ko');
    await page.getByRole('navigation', { name: '섹션' }).getByRole('link', { name: '검색' }).click();
    await expect(page).toHaveURL('/ko/search');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('검색');
  });
});
