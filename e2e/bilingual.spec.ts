import { expectNoAxeViolations } from './support/axe';
import { seed, SEED_SLUG } from './support/seed';
import { eachLocale, expect, test } from './support/test';

/** The parallel view (docs/adr/0004-bilingual-reading.md): a story's two versions, pair by pair. */
eachLocale('the parallel view', (locale) => {
  const other = locale === 'en' ? 'ko' : 'en';
  const path = `/${locale}/article/${SEED_SLUG}/bilingual`;
  const link = locale === 'en' ? 'Read in English and Korean' : '한영 대역으로 읽기';

  test('is linked from a story in both languages, and pairs its 13 paragraphs in order, the page’s language first', { tag: '@i18n' }, async ({ page }) => {
    await page.goto(`/${locale}/article/${SEED_SLUG}`);
    await page.getByRole('link', { name: link }).click();
    await expect(page).toHaveURL(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed[locale].headline);
    const rows = page.locator('main .parallel-row').filter({ has: page.locator('.article-body') });
    await expect(rows).toHaveCount(seed[locale].paragraphs);
    // Each pair: the page's language, then the other, each paragraph in its own language.
    const first = rows.first();
    await expect(first.locator('p').first()).toHaveAttribute('lang', locale);
    await expect(first.locator('p').first()).toContainText(seed[locale].firstWords);
    await expect(first.locator('p').nth(1)).toHaveAttribute('lang', other);
    await expect(first.locator('p').nth(1)).toContainText(seed[other].firstWords);
    // The dateline opens each version's first paragraph, as on the story.
    await expect(first.locator('p').first()).toContainText(seed[locale].dateline);
    const paragraphs = page.locator('main .article-body p');
    await expect(paragraphs).toHaveCount(2 * seed[locale].paragraphs);
    for (const lang of await paragraphs.evaluateAll((ps) => ps.map((p) => p.getAttribute('lang')))) expect([locale, other]).toContain(lang);
    // The headline, standfirst and caption pair too: the other language's headline is there.
    await expect(page.locator('header [lang]').filter({ hasText: seed[other].headline })).toHaveAttribute('lang', other);
    await expect(page.getByRole('figure').locator(`[lang="${other}"]`)).toContainText(seed[other].captionStart);
  });

  test('keeps each pair level side by side on a desktop, and each paragraph just before its translation on a phone', async ({ page }, testInfo) => {
    await page.goto(path);
    const tops = await page.locator('main .parallel-row').evaluateAll((rows) =>
      rows
        .filter((row) => row.querySelector('.article-body'))
        .map((row) => [...row.children].map((side) => side.querySelector('p')!.getBoundingClientRect()))
        .map(([a, b]) => ({ aTop: a!.top, bTop: b!.top, aBottom: a!.bottom, aLeft: a!.left, bLeft: b!.left })),
    );
    expect(tops).toHaveLength(seed[locale].paragraphs);
    if (testInfo.project.name === 'mobile') {
      // One column: the translation follows its paragraph, below it, left edges aligned.
      for (const pair of tops) {
        expect(pair.bTop).toBeGreaterThanOrEqual(pair.aBottom);
        expect(Math.abs(pair.aLeft - pair.bLeft)).toBeLessThanOrEqual(1);
      }
    } else {
      for (const pair of tops) {
        expect(Math.abs(pair.aTop - pair.bTop)).toBeLessThanOrEqual(2);
        expect(pair.bLeft).toBeGreaterThan(pair.aLeft);
      }
    }
  });

  test('switches among both languages, the page’s only and translation on tap, and keeps the choice on the next page', async ({ page }) => {
    const labels = locale === 'en' ? { both: 'Both languages', single: 'English only', reveal: 'Translation on tap', translation: 'Translation' } : { both: '한영 함께', single: '한국어만', reveal: '눌러서 번역 보기', translation: '번역' };
    await page.goto(path);
    const rows = page.locator('main .parallel-row').filter({ has: page.locator('.article-body') });
    const mine = rows.locator(`[data-side="${locale}"] p`);
    const translations = rows.locator('[data-translation] p');
    await expect(translations.first()).toBeVisible();
    await expect(page.getByRole('button', { name: labels.both })).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('button', { name: labels.single }).click();
    await expect(translations.first()).toBeHidden();
    await expect(translations.last()).toBeHidden();
    await expect(mine.first()).toBeVisible();
    // Kept across pages, like the text size: the next parallel view opens the same way.
    await page.reload();
    await expect(page.getByRole('button', { name: labels.single })).toHaveAttribute('aria-pressed', 'true');
    await expect(translations.first()).toBeHidden();

    await page.getByRole('button', { name: labels.reveal }).click();
    const buttons = rows.getByRole('button', { name: labels.translation });
    await expect(buttons).toHaveCount(seed[locale].paragraphs);
    await expect(translations.first()).toBeHidden();
    // A tap shows one pair's translation, and only that one.
    await buttons.first().click();
    await expect(buttons.first()).toHaveAttribute('aria-expanded', 'true');
    await expect(translations.first()).toBeVisible();
    await expect(translations.nth(1)).toBeHidden();
    // The keyboard too.
    await buttons.nth(1).focus();
    await page.keyboard.press('Enter');
    await expect(translations.nth(1)).toBeVisible();
    await buttons.first().click();
    await expect(translations.first()).toBeHidden();

    await page.getByRole('button', { name: labels.both }).click();
    await expect(translations.first()).toBeVisible();
    await expect(buttons.first()).toBeHidden();
  });

  test('prints both languages in two columns whatever the mode', async ({ page }) => {
    await page.goto(path);
    await page.evaluate(() => localStorage.setItem('newsroom:parallel', 'single'));
    await page.reload();
    await page.emulateMedia({ media: 'print' });
    const pairs = await page.locator('main .parallel-row').evaluateAll((rows) =>
      rows
        .filter((row) => row.querySelector('.article-body'))
        .map((row) => [...row.querySelectorAll('p')].slice(0, 2).map((p) => p.getBoundingClientRect()))
        .map(([a, b]) => ({ aTop: a!.top, bTop: b!.top, aLeft: a!.left, bLeft: b!.left, bWidth: b!.width })),
    );
    expect(pairs).toHaveLength(seed[locale].paragraphs);
    for (const pair of pairs) {
      expect(pair.bWidth).toBeGreaterThan(0);
      expect(Math.abs(pair.aTop - pair.bTop)).toBeLessThanOrEqual(2);
      expect(pair.bLeft).toBeGreaterThan(pair.aLeft);
    }
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('shows both languages, with no buttons that need it', async ({ page }) => {
      await page.goto(path);
      const rows = page.locator('main .parallel-row').filter({ has: page.locator('.article-body') });
      await expect(rows.locator('[data-translation] p').first()).toBeVisible();
      await expect(page.locator('main button:visible')).toHaveCount(0);
    });
  });

  test('is for readers, not search engines: noindex, and the story is its canonical page', async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/${locale}/article/${SEED_SLUG}$`));
  });

  test('does not exist for a story in one language, which links to none', async ({ page, request }) => {
    const single = locale === 'en' ? 'fukushima-second-water-release' : 'seoul-subway-fare-hike';
    expect((await request.get(`/${locale}/article/${single}/bilingual`)).status()).toBe(404);
    await page.goto(`/${locale}/article/${single}`);
    await expect(page.getByRole('link', { name: link })).toHaveCount(0);
    expect((await request.get(`/${locale}/article/no-such-story/bilingual`)).status()).toBe(404);
  });

  test('has no WCAG 2.2 AA violations', { tag: '@a11y' }, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
});

test.describe('translation credits', () => {
  test('a translation names its translator and the language of its original, in either language', { tag: '@i18n' }, async ({ page }) => {
    await page.goto('/en/article/chuseok-holiday-exodus');
    await expect(page.getByText('Translated from Korean by Jung Da-eun')).toBeVisible();
    await page.goto('/ko/article/desk-stale-translation');
    await expect(page.getByText('영어 원문을 김서연 기자가 번역했습니다')).toBeVisible();
    // The original itself credits no translator.
    await page.goto('/en/article/desk-stale-translation');
    await expect(page.getByText(/Translated from/)).toHaveCount(0);
  });

  test('a translation older than its original’s last update says so, linking to the original', async ({ page }) => {
    await page.goto('/ko/article/desk-stale-translation');
    const note = page.getByRole('note');
    await expect(note).toContainText('영어 원문이 2023.07.04 09:30에 수정되었습니다.');
    await expect(note.getByRole('link', { name: '원문 보기' })).toHaveAttribute('href', '/en/article/desk-stale-translation');
    // A translation as new as its original has no such notice.
    await page.goto('/en/article/chuseok-holiday-exodus');
    await expect(page.getByRole('note')).toHaveCount(0);
  });

  test('structured data names the translator and the original work', async ({ page }) => {
    await page.goto('/ko/article/desk-stale-translation');
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '[]') as Record<string, unknown>[];
    const article = (Array.isArray(data) ? data : [data]).find((d) => d['@type'] === 'NewsArticle')!;
    expect(article.translator).toEqual([expect.objectContaining({ '@type': 'Person', name: '김서연' })]);
    expect(article.translationOfWork).toMatchObject({ '@id': expect.stringMatching(/\/en\/article\/desk-stale-translation#article$/) });
  });
});

test.describe('a translation that merged two paragraphs', () => {
  test('pairs them with the one paragraph they became, where the editor’s marker says', async ({ page }) => {
    // The Korean joins the English first two paragraphs into one; en.md has <!-- + --> between them.
    await page.goto('/en/article/chuseok-holiday-exodus/bilingual');
    const rows = page.locator('main .parallel-row').filter({ has: page.locator('.article-body') });
    await expect(rows).toHaveCount(5);
    await expect(rows.first().locator('[data-side="en"] p')).toHaveCount(2);
    await expect(rows.first().locator('[data-translation] p')).toHaveCount(1);
    await expect(rows.first().locator('[data-translation] p')).toContainText('정부가 추석 연휴와 개천절 사이인');
    await expect(rows.nth(1).locator('[data-side="en"] p')).toContainText('The transport ministry estimates');
    await expect(rows.nth(1).locator('[data-translation] p')).toContainText('국토교통부는');
    // The marker shows nowhere on the story itself.
    await page.goto('/en/article/chuseok-holiday-exodus');
    await expect(page.locator('main')).not.toContainText('<!-- + -->');
  });
});
