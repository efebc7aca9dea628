import fs from 'node:fs';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { PAIR_MARKER, renderMarkdown } from './markdown';
import { pairBlocks, pairGroups } from './pairing';

/** The body of a story file of the newsroom's folder (after its frontmatter). */
function body(slug: string, locale: 'en' | 'ko'): string {
  const text = fs.readFileSync(path.join('content', 'articles', slug, `${locale}.md`), 'utf8');
  return text.slice(text.indexOf('\n---\n', 4) + 5).trim();
}

const paragraphs = (markdown: string) => markdown.split(/\n\s*\n/);
const render = (markdown: string, locale: 'en' | 'ko') => renderMarkdown(markdown, { locale });
const SEED = 'kim-train-khabarovsk';

describe('pairing a story’s two versions', () => {
  it('pairs the seed story’s 13 paragraphs in order', () => {
    const en = render(body(SEED, 'en'), 'en').blocks;
    const ko = render(body(SEED, 'ko'), 'ko').blocks;
    expect(en).toHaveLength(13);
    expect(pairBlocks(en, ko)).toEqual({ paired: true, rows: Array.from({ length: 13 }, (_, i) => [[i], [i]]) });
  });

  it('says where two versions part when a translation merged two paragraphs, and pairs them once a marker says so', () => {
    const en = paragraphs(body(SEED, 'en'));
    const ko = paragraphs(body(SEED, 'ko'));
    // The Korean joins its 4th and 5th paragraphs into one.
    const merged = [...ko.slice(0, 3), `${ko[3]} ${ko[4]}`, ...ko.slice(5)].join('\n\n');
    const unmarked = pairBlocks(render(en.join('\n\n'), 'en').blocks, render(merged, 'ko').blocks);
    expect(unmarked).toEqual({ paired: false, groups: [13, 12], partsAt: 3 });
    // The marker goes in the version with more paragraphs, between the two that stay together.
    const marked = [...en.slice(0, 4), PAIR_MARKER, ...en.slice(4)].join('\n\n');
    const pairing = pairBlocks(render(marked, 'en').blocks, render(merged, 'ko').blocks);
    expect(pairing.paired).toBe(true);
    if (!pairing.paired) return;
    expect(pairing.rows).toHaveLength(12);
    expect(pairing.rows[3]).toEqual([[3, 4], [3]]);
    expect(pairing.rows[4]).toEqual([[5], [4]]);
  });

  it('pairs a translation that split a paragraph in two, with the marker in the translation', () => {
    const en = paragraphs(body(SEED, 'en'));
    const ko = paragraphs(body(SEED, 'ko'));
    const [firstHalf, secondHalf] = ko[1]!.split(/(?<=다\.) /);
    const split = [ko[0], firstHalf, PAIR_MARKER, secondHalf, ...ko.slice(2)].join('\n\n');
    const pairing = pairBlocks(render(en.join('\n\n'), 'en').blocks, render(split, 'ko').blocks);
    expect(pairing).toMatchObject({ paired: true });
    if (pairing.paired) expect(pairing.rows[1]).toEqual([[1], [1, 2]]);
  });

  it('leaves nothing of a marker on the article page, and reports one with no paragraph on a side', () => {
    const marked = render(`First paragraph.\n\n${PAIR_MARKER}\n\nSecond paragraph.`, 'en');
    const html = toHtml(marked.tree);
    expect(html).not.toContain('<!--');
    expect(marked.plainText).toBe('First paragraph. Second paragraph.');
    expect(marked.blocks.map((b) => b.joined)).toEqual([false, true]);
    expect(marked.problems).toEqual([]);
    for (const misplaced of [`${PAIR_MARKER}\n\nFirst paragraph.`, `First paragraph.\n\n${PAIR_MARKER}`]) {
      expect(render(misplaced, 'en').problems).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('must stand between two paragraphs') })]);
    }
  });

  it('pairs subheads, quotes and lists as blocks, and leaves footnotes out', () => {
    const markdown = 'Lead.\n\n## A subhead\n\n> A quote.\n\n- one\n- two\n\nWith a note.[^1]\n\n[^1]: The note.';
    expect(render(markdown, 'en').blocks.map((b) => b.chars)).toEqual([5, 9, 8, 7, 13]);
  });

  it('groups blocks as the markers say', () => {
    const block = (joined: boolean) => ({ chars: 10, joined });
    expect(pairGroups([block(false), block(true), block(true), block(false)])).toEqual([[0, 1, 2], [3]]);
    // A first block cannot be joined to anything: it starts the first group.
    expect(pairGroups([block(true), block(false)])).toEqual([[0], [1]]);
  });
});
