import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { glossesIn, withoutGlosses } from './glosses';
import { renderMarkdown } from './markdown';

const render = (markdown: string, locale: 'en' | 'ko' = 'ko') => renderMarkdown(markdown, { locale });

describe('glosses for learners', () => {
  it('turns [term]{gloss} into the term, carrying its gloss and its number in the body', () => {
    const body = render('한국은행은 [기준금리]{base rate}를 **[동결]{hold}** 했다.\n\n[기준금리]{base rate}는 그대로다.');
    expect(toHtml(body.tree)).toBe(
      '<p>한국은행은 <span data-gloss="base rate" data-gloss-id="1">기준금리</span>를 <strong><span data-gloss="hold" data-gloss-id="2">동결</span></strong> 했다.</p>\n' +
        '<p><span data-gloss="base rate" data-gloss-id="3">기준금리</span>는 그대로다.</p>',
    );
    expect(body.problems).toEqual([]);
    // Readers, feeds and search read the term alone.
    expect(body.plainText).toBe('한국은행은 기준금리를 동결 했다. 기준금리는 그대로다.');
    expect(body.blocks.map((block) => block.chars)).toEqual(['한국은행은 기준금리를 동결 했다.'.length, '기준금리는 그대로다.'.length]);
  });

  it('lists each term once, in order', () => {
    const body = render('[가계부채]{household debt}와 [물가]{prices}, 다시 [가계부채]{household debt}.');
    expect(glossesIn(body.tree)).toEqual([
      { term: '가계부채', gloss: 'household debt' },
      { term: '물가', gloss: 'prices' },
    ]);
  });

  it('leaves text alone that only looks like a gloss: escaped, in code, a link followed by braces', () => {
    const body = render('A \\[note]{kept} and `[code]{kept}` and [a link](/x){kept}.', 'en');
    expect(toHtml(body.tree)).toBe('<p>A [note]{kept} and <code>[code]{kept}</code> and <a href="/x">a link</a>{kept}.</p>');
    expect(glossesIn(body.tree)).toEqual([]);
    expect(body.problems).toEqual([]);
  });

  it('warns, naming what the editor wrote, about a gloss without a term or gloss, in a link, or in the story’s own language', () => {
    const body = render('[기준금리]{ } 그리고 [동결]{동결하다}\n\n[[금리]{rate}](/x)');
    expect(body.problems).toEqual([
      { severity: 'warning', line: 1, message: 'the gloss "[기준금리]{ }" needs both a term and its gloss, e.g. [기준금리]{base rate}; it is shown as written' },
      { severity: 'warning', line: 1, message: 'the gloss "[동결]{동결하다}" is for readers of the other language: write "동결하다" in English' },
      { severity: 'warning', line: 3, message: `the gloss "[금리]{rate}" is inside a link, where a reader's tap follows the link: put it outside the link; only "금리" is shown` },
    ]);
    // The link keeps its text, the term alone.
    expect(toHtml(body.tree)).toContain('<a href="/x">금리</a>');
    expect(render('The [base rate]{base rate} held.', 'en').problems[0]?.message).toBe('the gloss "[base rate]{base rate}" is for readers of the other language: write "base rate" in Korean');
  });

  it('drops the glosses for feeds, keeping the terms', () => {
    expect(toHtml(withoutGlosses(render('[기준금리]{base rate} 동결').tree))).toBe('<p>기준금리 동결</p>');
  });

  it('keeps a gloss as text: quotes and angle brackets in it are escaped, never markup', () => {
    const html = toHtml(render('[금리]{rate "x" & <y}').tree);
    expect(html).toBe('<p><span data-gloss="rate &#x22;x&#x22; &#x26; <y" data-gloss-id="1">금리</span></p>');
  });
});
