import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { seed, SEED_SLUG } from './support/seed';
import { eachLocale, expect, test } from './support/test';

/** The parallel view (docs/adr/0004-bilingual-reading.md): a story's two versions, pair by pair. */
eachLocale('the parallel view', (locale) => {
  const other = locale === 'en' ? 'ko' : 'en';
  const path = `/${locale}/article/${SEED_SLUG}/bilingual`;
  const link = locale === 'en' ? 'Read in English and Korean' : '한영 대역 보기';

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

/** Learners' glosses (README, "Glosses for learners"): the fixture story bok-holds-rate-october has them in both versions. */
eachLocale('glosses for learners', (locale) => {
  const other = locale === 'en' ? 'ko' : 'en';
  const path = `/${locale}/article/bok-holds-rate-october/bilingual`;
  // A term in the page's language, its gloss in the other, and the next term along.
  const term = locale === 'en' ? { name: 'benchmark interest rate', gloss: '기준금리', next: 'household debt' } : { name: '기준금리', gloss: 'base rate, the benchmark interest rate', next: '가계부채' };
  const glossed = (page: Page, name: string) => page.locator(`main [data-side="${locale}"]`).getByRole('button', { name, exact: true }).first();
  const popoverOf = async (page: Page, name: string) => page.locator(`[id="${await glossed(page, name).getAttribute('popovertarget')}"]`);

  test('a tap on a term shows its gloss beside it, in the other language; Escape or a tap elsewhere hides it', async ({ page }, testInfo) => {
    const touch = testInfo.project.use.hasTouch === true;
    await page.goto(path);
    const button = glossed(page, term.name);
    const popover = await popoverOf(page, term.name);
    await expect(popover).toBeHidden();
    await (touch ? button.tap() : button.click());
    await expect(popover).toBeVisible();
    await expect(popover).toHaveText(term.gloss);
    await expect(popover).toHaveAttribute('lang', other);
    // Next to its term (below it, or above it near the foot of the screen), inside the screen.
    const [at, box, width] = await Promise.all([button.boundingBox(), popover.boundingBox(), page.evaluate(() => window.innerWidth)]);
    expect(Math.min(Math.abs(box!.y - (at!.y + at!.height)), Math.abs(box!.y + box!.height - at!.y))).toBeLessThanOrEqual(8);
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    await (touch ? button.tap() : button.click());
    await expect(popover).toBeVisible();
    await (touch ? page.getByRole('heading', { level: 1 }).tap() : page.getByRole('heading', { level: 1 }).click());
    await expect(popover).toBeHidden();
  });

  test('keyboard focus shows a term’s gloss and moving on hides it; screen readers hear the gloss as the term’s description', async ({ page }) => {
    await page.goto(path);
    const button = glossed(page, term.name);
    const popover = await popoverOf(page, term.name);
    await expect(button).toHaveAccessibleDescription(term.gloss);
    // Reach the term from the keyboard: from it, back one stop and forward again.
    await button.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await expect(popover).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    await expect(button).toBeFocused();
    // Enter opens it again; Tab moves to the next term, whose gloss shows instead.
    await page.keyboard.press('Enter');
    await expect(popover).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(glossed(page, term.next)).toBeFocused();
    await expect(popover).toBeHidden();
    await expect(await popoverOf(page, term.next)).toBeVisible();
  });

  test('lists the story’s terms under the view, each term and gloss in its own language', async ({ page }) => {
    await page.goto(path);
    const list = page.getByRole('region', { name: locale === 'en' ? 'Key terms' : '주요 용어' });
    await expect(list.locator('dt')).toHaveCount(9);
    // The page's language's terms first.
    await expect(list.locator('dt').first()).toHaveText(term.name);
    await expect(list.locator('dt').first()).toHaveAttribute('lang', locale);
    await expect(list.locator('dd').first()).toHaveText(term.gloss);
    await expect(list.locator('dd').first()).toHaveAttribute('lang', other);
    await expect(list.locator('dt[lang="ko"]', { hasText: '금융통화위원회' })).toHaveCount(1);
    await expect(list.locator('dd[lang="ko"]', { hasText: '가계부채' })).toHaveCount(1);
  });

  test('the story itself reads its terms as plain text, with no gloss or marker showing', async ({ page }) => {
    await page.goto(`/${locale}/article/bok-holds-rate-october`);
    const body = page.locator('main .article-body');
    await expect(body).toContainText(locale === 'en' ? 'kept its benchmark interest rate unchanged' : '19일 기준금리를 연 3.50%로');
    await expect(body.getByRole('button')).toHaveCount(0);
    await expect(body).not.toContainText(']{');
    await expect(body).not.toContainText(term.gloss);
  });

  test('has no WCAG 2.2 AA violations with a gloss open', { tag: '@a11y' }, async ({ page }) => {
    await page.goto(path);
    await glossed(page, term.name).click();
    await expect(await popoverOf(page, term.name)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('a tap still shows a gloss (the popover is the browser’s own)', async ({ page }) => {
      await page.goto(path);
      await glossed(page, term.name).click();
      await expect(await popoverOf(page, term.name)).toBeVisible();
    });
  });
});

/** The browser's speech synthesis, as a reader's browser with these voices has it; what it is asked to say is kept. */
function withVoices(page: Page, langs: string[]) {
  return page.addInitScript((voiceLangs: string[]) => {
    const voices = voiceLangs.map((lang) => ({ lang, name: `Test voice ${lang}`, voiceURI: lang, default: false, localService: true }));
    const said: { text: string; lang: string; voice?: string }[] = [];
    Object.assign(window, { said, utterances: [] as unknown[] });
    // A real utterance accepts only the browser's own voices.
    window.SpeechSynthesisUtterance = class {
      text: string;
      lang = '';
      voice: { name: string } | null = null;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    } as unknown as typeof SpeechSynthesisUtterance;
    Object.assign(window.speechSynthesis, {
      getVoices: () => voices,
      speak: (utterance: SpeechSynthesisUtterance) => {
        said.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name });
        (window as unknown as { utterances: unknown[] }).utterances.push(utterance);
      },
      cancel: () => undefined,
    });
  }, langs);
}

eachLocale('listening to a paragraph', (locale) => {
  const path = `/${locale}/article/bok-holds-rate-october/bilingual`;
  const listen = { en: locale === 'en' ? 'Listen in English' : '영어로 듣기', ko: locale === 'en' ? 'Listen in Korean' : '한국어로 듣기' };
  const rows = (page: Page) => page.locator('main .parallel-row').filter({ has: page.locator('.article-body') });

  test('is offered only in the languages the browser has a voice for', async ({ page }) => {
    await withVoices(page, ['en-GB']);
    await page.goto(path);
    await expect(rows(page).first().getByRole('button', { name: listen.en })).toBeVisible();
    await expect(page.getByRole('button', { name: listen.en })).toHaveCount(7);
    await expect(page.getByRole('button', { name: listen.ko })).toHaveCount(0);
  });

  test('reads a paragraph in its own language and voice, glosses aside; pressing again stops it', async ({ page }) => {
    await withVoices(page, ['en-US', 'ko-KR']);
    await page.goto(path);
    const korean = rows(page).first().locator('[data-side="ko"]');
    const button = korean.getByRole('button', { name: listen.ko });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    const said = await page.evaluate(() => (window as unknown as { said: { text: string; lang: string; voice?: string }[] }).said);
    expect(said).toEqual([{ text: expect.stringContaining('한국은행이 19일 기준금리를 연 3.50%로 동결했다.'), lang: 'ko-KR', voice: 'Test voice ko-KR' }]);
    expect(said[0]!.text).not.toContain('base rate');
    // Pressing again stops it; so does the paragraph's end.
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    const english = rows(page).nth(1).locator('[data-side="en"]').getByRole('button', { name: listen.en });
    await english.click();
    await expect(english).toHaveAttribute('aria-pressed', 'true');
    await page.evaluate(() => (window as unknown as { utterances: { onend: () => void }[] }).utterances.at(-1)!.onend());
    await expect(english).toHaveAttribute('aria-pressed', 'false');
  });

  test('is not offered where the browser has no voice for either language', async ({ page }) => {
    await withVoices(page, []);
    await page.goto(path);
    await expect(rows(page).first().locator('.article-body').first()).toBeVisible();
    await expect(page.locator('main button[data-listen]:visible')).toHaveCount(0);
  });
});
