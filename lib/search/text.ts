import { stemmer } from 'stemmer';

const HANGUL = /\p{Script=Hangul}/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** Lowercase, compatibility forms folded, Latin accents dropped (é -> e); Hangul kept whole. */
export function normalize(text: string): string {
  // NFD splits Hangul syllables into jamo; NFC after removing the marks puts them back.
  return text.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();
}

function hangulGrams(run: string, sizes: readonly number[]): string[] {
  const chars = [...run];
  const grams: string[] = [];
  for (const size of sizes) {
    for (let i = 0; i + size <= chars.length; i++) grams.push(chars.slice(i, i + size).join(''));
  }
  return grams;
}

/**
 * Terms for the index. Korean attaches particles to words (푸틴과, 푸틴은), so Korean text is
 * indexed as overlapping one- and two-syllable pieces, which any part of a word matches.
 * Other words are stemmed (rallied, rallies -> ralli), so other forms of a word match too.
 */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of normalize(text).match(WORD) ?? []) {
    if (HANGUL.test(word)) terms.push(...hangulGrams(word, [1, 2]));
    else terms.push(stemmer(word));
  }
  return terms;
}

/** Terms for a query: all must match. A Korean word becomes its two-syllable pieces. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const word of normalize(query).match(WORD) ?? []) {
    if (HANGUL.test(word)) terms.push(...([...word].length === 1 ? [word] : hangulGrams(word, [2])));
    else terms.push(stemmer(word));
  }
  return [...new Set(terms)];
}

export interface Highlighted {
  text: string;
  match: boolean;
}

/**
 * The text cut into plain and matched runs: Korean query words wherever they occur, even inside a
 * longer word (푸틴 in 푸틴과); other words where the word has the query word's stem.
 */
export function highlight(text: string, query: string): Highlighted[] {
  const words = normalize(query).match(WORD) ?? [];
  const korean = words.filter((w) => HANGUL.test(w));
  const stems = new Set(words.filter((w) => !HANGUL.test(w)).map((w) => stemmer(w)));
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    const normal = normalize(word);
    if (HANGUL.test(word)) {
      // Normalizing Hangul keeps its length, so offsets in `normal` are offsets in `word`.
      for (const k of korean) {
        for (let at = normal.indexOf(k); at !== -1 && normal.length === word.length; at = normal.indexOf(k, at + k.length)) {
          ranges.push([start + at, start + at + k.length]);
        }
      }
    } else if (stems.has(stemmer(normal))) {
      ranges.push([start, start + word.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: Highlighted[] = [];
  let cursor = 0;
  for (const [from, to] of ranges) {
    if (from < cursor) continue;
    if (from > cursor) parts.push({ text: text.slice(cursor, from), match: false });
    parts.push({ text: text.slice(from, to), match: true });
    cursor = to;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), match: false });
  return parts;
}

/** About `length` characters of the text around its first match, cut at spaces where there are some. */
export function excerpt(text: string, query: string, length = 180): string | undefined {
  const first = highlight(text, query).findIndex((part) => part.match);
  if (first === -1) return undefined;
  const offset = highlight(text, query)
    .slice(0, first)
    .reduce((n, part) => n + part.text.length, 0);
  let start = Math.max(0, offset - Math.floor(length / 3));
  let end = Math.min(text.length, start + length);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < offset) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > offset) end = space;
  }
  return `${start > 0 ? '… ' : ''}${text.slice(start, end).trim()}${end < text.length ? ' …' : ''}`;
}
