import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { LOCALES, seed, SEED_SLUG } from './support/seed';
import { expect, test } from './support/test';

/**
 * Reader View (Firefox), Pocket and read-it-later apps run Mozilla's Readability on the page as
 * the reader has it. Here it runs in the page itself, on a copy of the document, as Firefox does.
 */
const READABILITY = fs.readFileSync('node_modules/@mozilla/readability/Readability.js', 'utf8');
// Firefox's test of whether to offer Reader View at all (short Korean paragraphs could fail it).
const READERABLE = fs.readFileSync('node_modules/@mozilla/readability/Readability-readerable.js', 'utf8');

interface Extraction {
  readerable: boolean;
  title: string;
  byline: string | null;
  lang: string | null;
  text: string;
  figures: { src: string; caption: string }[];
  headings: { text: string; followedBy: string | null }[];
}

async function readerView(page: Page, path: string): Promise<Extraction & { paragraphs: string[] }> {
  await page.goto(path);
  // What the page itself shows as the story's paragraphs, to compare with.
  const paragraphs = await page.locator('.article-body > p').evaluateAll((ps) => ps.map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()));
  await page.addScriptTag({ content: READABILITY });
  await page.addScriptTag({ content: READERABLE });
  const extraction = await page.evaluate(() => {
    const readerable = (window as unknown as { isProbablyReaderable: (doc: Document) => boolean }).isProbablyReaderable(document);
    const Reader = (window as unknown as { Readability: new (doc: Document) => { parse(): { title: string; byline: string | null; lang: string | null; content: string } | null } }).Readability;
    const article = new Reader(document.cloneNode(true) as Document).parse();
    if (!article) return null;
    const content = new DOMParser().parseFromString(article.content, 'text/html').body;
    const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
    return {
      readerable,
      title: article.title,
      byline: article.byline,
      lang: article.lang,
      text: squash(content.textContent),
      figures: [...content.querySelectorAll('figure')].map((figure) => ({ src: figure.querySelector('img')?.getAttribute('src') ?? '', caption: squash(figure.querySelector('figcaption')?.textContent ?? '') })),
      headings: [...content.querySelectorAll('h1, h2, h3, h4')].map((heading) => ({ text: squash(heading.textContent), followedBy: heading.nextElementSibling?.tagName ?? null })),
    };
  });
  expect(extraction, 'Readability found a story').not.toBeNull();
  return { ...extraction!, paragraphs };
}

for (const locale of LOCALES) {
  const story = seed[locale];

  test(`Reader View takes the ${locale} story whole, lead photo and caption included, and nothing else`, { tag: '@i18n' }, async ({ page }) => {
    const extracted = await readerView(page, `/${locale}/article/${SEED_SLUG}`);
    expect(extracted.readerable, 'Firefox offers Reader View').toBe(true);
    expect(extracted.title).toBe(story.headline);
    expect(extracted.byline).toContain(story.byline.replace(/^By /, ''));
    expect(extracted.lang).toBe(locale);
    // The lead photo, with its caption, first.
    expect(extracted.figures).toHaveLength(1);
    expect(extracted.figures[0]!.src).toContain(SEED_SLUG);
    expect(extracted.figures[0]!.caption).toContain(story.captionStart);
    expect(extracted.text.indexOf(story.captionStart)).toBeLessThan(extracted.text.indexOf(story.firstWords));
    // Every paragraph of the body, in order.
    expect(extracted.paragraphs).toHaveLength(story.paragraphs);
    let from = 0;
    for (const paragraph of extracted.paragraphs) {
      const at = extracted.text.indexOf(paragraph, from);
      expect(at, `"${paragraph.slice(0, 40)}…" is in the extraction, after the one before`).toBeGreaterThanOrEqual(from);
      from = at + paragraph.length;
    }
    // Nothing of the page around the story: no print-only line, no empty heading, no tools.
    const around = locale === 'en' ? ['Read this story online', 'Tags', 'Copy link', 'Share', 'min read', 'Published'] : ['온라인에서 이 기사 읽기', '태그', '링크 복사', '공유', '분 분량', '입력'];
    for (const text of around) expect(extracted.text, text).not.toContain(text);
    expect(extracted.headings).toEqual([]);
  });
}

test('Reader View keeps a story’s subheads with their text, its list and its inline photo, in Korean too', { tag: '@i18n' }, async ({ page }) => {
  for (const locale of LOCALES) {
    const extracted = await readerView(page, `/${locale}/article/busan-film-festival-opens`);
    expect(extracted.figures.length, locale).toBeGreaterThanOrEqual(2);
    expect(extracted.headings.length, locale).toBeGreaterThan(0);
    // A heading is always followed by what it heads.
    for (const heading of extracted.headings) expect(heading.followedBy, `${locale}: "${heading.text}"`).not.toBeNull();
    for (const paragraph of extracted.paragraphs) expect(extracted.text, locale).toContain(paragraph);
  }
});
