import { SectionPage } from './support/SectionPage';
import { expect, test } from './support/test';

// The fixture content has 24 daily market reports (business section, tagged Markets / 증시,
// by Park Ji-hoon) besides the newsroom's own stories, so these listings run to two pages.
const listings = [
  { name: 'the Business section in English', url: '/en/section/business', heading: 'Business', total: 26 },
  { name: 'the 경제 section in Korean', url: '/ko/section/business', heading: '경제', total: 26 },
  { name: 'the Markets tag in English', url: '/en/tag/markets', heading: 'Stories tagged “Markets”', total: 24 },
  { name: 'the 증시 tag in Korean', url: `/ko/tag/${encodeURIComponent('증시')}`, heading: '‘증시’ 관련 기사', total: 24 },
  { name: "Park Ji-hoon's page in English", url: '/en/author/park-ji-hoon', heading: 'Park Ji-hoon', total: 25 },
  { name: '박지훈 기자 page in Korean', url: '/ko/author/park-ji-hoon', heading: '박지훈', total: 25 },
];

for (const listing of listings) {
  test.describe(listing.name, () => {
    test('shows 20 stories newest first, then the rest on page 2', async ({ page, baseURL }) => {
      const listingPage = new SectionPage(page, listing.url.startsWith('/ko') ? 'ko' : 'en');
      const response = await page.goto(listing.url);
      expect(response?.status()).toBe(200);
      await expect(listingPage.heading).toHaveText(listing.heading);
      const stories = listingPage.stories;
      await expect(stories).toHaveCount(20);
      const times = await stories.locator('time').evaluateAll((ts) => ts.map((t) => Date.parse(t.getAttribute('datetime') ?? '')));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}${listing.url}`);

      // The number shows; the word ("Page", "쪽") is for screen readers and speech input.
      await expect(listingPage.currentPage).toHaveAccessibleName(/^(Page 1|1 ?쪽)$/);
      await listingPage.nextPage.click();
      await expect(page).toHaveURL(`${listing.url}/page/2`);
      await expect(listingPage.stories).toHaveCount(listing.total - 20);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}${listing.url}/page/2`);
      await expect(listingPage.currentPage).toHaveAccessibleName(/^(Page 2|2 ?쪽)$/);
      // Back to page 1: its one URL, without /page/1.
      await listingPage.previousPage.click();
      await expect(page).toHaveURL(listing.url);
    });

    test('has no page past the last, and no second address for page 1', async ({ request }) => {
      expect((await request.get(`${listing.url}/page/3`)).status()).toBe(404);
      expect((await request.get(`${listing.url}/page/1`)).status()).toBe(404);
      expect((await request.get(`${listing.url}/page/0`)).status()).toBe(404);
      expect((await request.get(`${listing.url}/page/two`)).status()).toBe(404);
    });
  });
}

test.describe('listings', () => {
  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('page links still work', async ({ page }) => {
      await page.goto('/en/tag/markets');
      await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Page 2' }).click();
      await expect(page).toHaveURL('/en/tag/markets/page/2');
      await expect(page.getByRole('main').locator('ol > li')).toHaveCount(4);
    });
  });

  test("an author's page shows their role and bio in the page language", async ({ page }) => {
    await page.goto('/ko/author/kim-seo-yeon');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('김서연');
    await expect(page.getByText('북한팀 선임기자')).toBeVisible();
    await expect(page.getByText('남북관계와 북한 외교를 취재한다.')).toBeVisible();
  });

  test('the byline and tags of a story lead to the author and tag pages', async ({ page }) => {
    await page.goto('/en/article/samsung-q3-preliminary-earnings');
    await page.getByRole('article').getByRole('link', { name: 'Park Ji-hoon' }).click();
    await expect(page).toHaveURL('/en/author/park-ji-hoon');
    await page.goto('/ko/article/kim-train-khabarovsk');
    await page.getByRole('article').getByRole('link', { name: '북러 정상회담' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('‘북러 정상회담’ 관련 기사');
    await expect(page.getByRole('main').locator('ol > li')).toHaveCount(1);
  });

  test('an unknown section, tag or author is a 404', { tag: '@security' }, async ({ request }) => {
    for (const url of ['/en/section/sport', '/en/tag/no-such-tag', '/ko/tag/%EC%97%86%EC%9D%8C', '/en/author/nobody', '/en/tag/..%2F..%2Fetc']) {
      expect((await request.get(url)).status(), url).toBe(404);
    }
  });

  test('a tag written only in English has no Korean page', async ({ request }) => {
    expect((await request.get('/en/tag/kim-jong-un')).status()).toBe(200);
    expect((await request.get('/ko/tag/kim-jong-un')).status()).toBe(404);
  });
});
