import type { Element, Root } from 'hast';
import type { Parent, PhrasingContent, Root as MdastRoot, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { localeConfig, otherLocale } from '@/i18n/locales';
import type { Locale } from '@/i18n/routing';
import type { BodyProblem } from './markdown';

/**
 * Glosses for learners: `[기준금리]{base rate}` in ko.md, `[base rate]{기준금리}` in en.md. The term
 * is read as usual on the article page, in feeds and in search; the parallel view shows the gloss
 * (in the other language) on tap or focus and lists the story's terms under it.
 */
declare module 'mdast' {
  interface Gloss extends Parent {
    type: 'gloss';
    children: PhrasingContent[];
  }
  interface PhrasingContentMap {
    gloss: Gloss;
  }
  interface RootContentMap {
    gloss: Gloss;
  }
}

export interface Gloss {
  term: string;
  gloss: string;
}

/** Plain text in both parts, on one line; `\[` writes a bracket that starts no gloss. */
const GLOSS = /(?<!\\)\[([^[\]{}\n]*)\]\{([^{}\n]*)\}/g;

/** The first gloss written in a text, as written (for text that cannot have one, such as the headline). */
export function glossWritten(text: string): string | undefined {
  return [...text.matchAll(GLOSS)].find((match) => match[1]?.trim() && match[2]?.trim())?.[0];
}

/** Whether a gloss is written in the language a reader of the other version reads. */
/** Whether a gloss is written in the letters of the story's other language (i18n/locales.ts). */
const inOtherLanguage = (locale: Locale, gloss: string) => localeConfig[otherLocale(locale)].letters.test(gloss);

interface GlossOptions {
  locale: Locale;
  problems: BodyProblem[];
}

/** The remark pass: each `[term]{gloss}` in a text becomes a gloss node (a `span` with `data-gloss`). */
export function remarkGlosses() {
  return (tree: MdastRoot, file: VFile) => {
    const { locale, problems } = file.data.newsBody as GlossOptions;
    const source = String(file.value);
    let count = 0;
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !node.value.includes(']{')) return undefined;
      const line = node.position?.start.line;
      // A backslash escape is gone from the text's value: look for it in what the editor wrote.
      const written = node.position ? source.slice(node.position.start.offset, node.position.end.offset) : node.value;
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(GLOSS)) {
        const [whole, rawTerm = '', rawGloss = ''] = match;
        if (written !== node.value && written.includes(`\\${whole}`) && !written.replace(`\\${whole}`, '').includes(whole)) continue;
        const term = rawTerm.trim();
        const gloss = rawGloss.replace(/\s+/g, ' ').trim();
        if (!term || !gloss) {
          problems.push({ severity: 'warning', line, message: `the gloss "${whole}" needs both a term and its gloss, e.g. [기준금리]{base rate}; it is shown as written` });
          continue;
        }
        if (parent.type === 'link' || parent.type === 'linkReference') {
          problems.push({ severity: 'warning', line, message: `the gloss "${whole}" is inside a link, where a reader's tap follows the link: put it outside the link; only "${term}" is shown` });
        } else if (!inOtherLanguage(locale, gloss)) {
          problems.push({ severity: 'warning', line, message: `the gloss "${whole}" is for readers of the other language: write "${gloss}" in ${localeConfig[otherLocale(locale)].englishName}` });
        }
        if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
        parts.push(
          parent.type === 'link' || parent.type === 'linkReference'
            ? { type: 'text', value: term }
            : { type: 'gloss', children: [{ type: 'text', value: term }], data: { hName: 'span', hProperties: { dataGloss: gloss, dataGlossId: ++count } } },
        );
        last = match.index + whole.length;
      }
      if (parts.length === 0) return undefined;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}

/** What the page's element for a gloss carries: its gloss and its number in the body. */
export function glossOf(properties: Element['properties'] | Record<string, unknown>): { gloss: string; id: number } | undefined {
  const gloss = properties.dataGloss ?? properties['data-gloss'];
  const id = properties.dataGlossId ?? properties['data-gloss-id'];
  return typeof gloss === 'string' ? { gloss, id: Number(id) } : undefined;
}

/** The body's glosses in order, each term once (the first gloss it was given). */
export function glossesIn(tree: Root): Gloss[] {
  const seen = new Map<string, Gloss>();
  visit(tree, 'element', (node: Element) => {
    const found = glossOf(node.properties);
    if (!found) return;
    const term = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
    if (!seen.has(term)) seen.set(term, { term, gloss: found.gloss });
  });
  return [...seen.values()];
}

/** The tree with each gloss's term as plain text, the gloss gone (for feeds, which have no popover). */
export function withoutGlosses(tree: Root): Root {
  visit(tree, 'element', (node: Element, index, parent) => {
    if (!parent || index === undefined || !glossOf(node.properties)) return undefined;
    parent.children.splice(index, 1, ...node.children);
    return index;
  });
  return tree;
}
