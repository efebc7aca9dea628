import { eachLocale, expect, test } from './support/test';

const KST = /(\d{4})\.(\d{2})\.(\d{2}) (\d{2}):(\d{2})/;
const EN_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** A Latest-rail time ("Oct. 19, 2023 - 10:40" / "2023.10.19 10:40") as a sortable number. */
function sortable(text: string): number {
  const ko = KST.exec(text);
  if (ko) return Number(ko.slice(1).join(''));
  const en = /^(\S+) (\d{1,2}), (\d{4}) - (\d{2}):(\d{2})$/.exec(text.trim());
  if (!en) throw new Error(`not a timestamp: ${text}`);
  const month = EN_MONTHS.indexOf(en[1]!) + 1;
  return Number(`${en[3]}${String(month).padStart(2, '0')}${en[2]!.padStart(2, '0')}${en[4]}${en[5]}`);
}

eachLocale('the front page', (locale) => {
  test('leads with the newest story that has a photo, in the largest headline', { tag: '@smoke' }, async ({ frontPage }) => {
    await frontPage.goto();
    // The photo is decorative here (alt=""): the headline beside it names the link.
    await expect(frontPage.lead.locator('img')).toBeVisible();
    const leadSize = await frontPage.leadHeadline.evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
    const otherSizes = await frontPage.main
      .getByRole('heading', { level: 3 })
      .evaluateAll((hs) => hs.map((h) => parseFloat(getComputedStyle(h).fontSize)));
    expect(otherSizes.length).toBeGreaterThan(3);
    for (const size of otherSizes) expect(leadSize).toBeGreaterThan(size);
    // Fixture content: Samsung's earnings story is the newest with a photo (Oct. 11, 2023).
    await expect(frontPage.leadHeadline).toContainText(locale === 'en' ? 'Samsung' : '삼성전자');
  });

  test('lists the latest stories newest first, with times', async ({ frontPage }) => {
    await frontPage.goto();
    const latest = frontPage.latest;
    await expect(latest).toHaveAccessibleName(locale === 'en' ? 'Latest' : '최신 기사');
    const times = await latest.locator('time').allTextContents();
    expect(times.length).toBeGreaterThanOrEqual(5);
    const values = times.map(sortable);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    await expect(latest.locator('time').first()).toHaveAttribute('datetime', /\+09:00$/);
  });

  test('has a block per section with stories, in navigation order, each leading to its section', async ({ page, frontPage }) => {
    await frontPage.goto();
    const blocks = frontPage.sectionBlocks;
    const names = await blocks.getByRole('heading', { level: 2 }).allTextContents();
    const navLinks = page.getByRole('navigation').first().locator('#site-menu a');
    const nav = await navLinks.allTextContents();
    expect(names.length).toBeGreaterThanOrEqual(4);
    expect(names).toEqual(nav.filter((n) => names.includes(n)));
    // A section without a block must have no stories in this language.
    const missing = await navLinks.evaluateAll((links, shown) => links.filter((a) => !shown.includes(a.textContent ?? '')).map((a) => a.getAttribute('href')), names);
    for (const href of missing) {
      await page.goto(href!);
      await expect(page.getByRole('main').getByRole('article')).toHaveCount(0);
    }
    await page.goto(`/${locale}`);
    await blocks.first().getByRole('heading', { level: 2 }).getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/section/`));
  });

  test('shows each story once above the section blocks', async ({ frontPage }) => {
    await frontPage.goto();
    const lead = frontPage.lead;
    const more = frontPage.moreTopStories;
    await expect(more).toHaveAccessibleName(locale === 'en' ? 'More top stories' : '그 밖의 주요 뉴스');
    await expect(more.getByRole('heading', { level: 2 })).toBeAttached();
    const hrefs = [
      ...(await lead.locator('h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))),
      ...(await more.locator('article h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))),
    ];
    expect(hrefs).toHaveLength(5);
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });
});
