import { stemmer } from 'stemmer';

const HANGUL = /\p{Script=Hangul}/u;
/**
 * A run of one script: Hangul, or letters and digits of other scripts. Words that mix them
 * ("DPRK는", "2015년") are split, so their Latin or numeric part is searchable as itself.
 */
const RUN = /\p{Script=Hangul}+|(?:(?!\p{Script=Hangul})[\p{L}\p{N}])+/gu;

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
 * indexed as overlapping one- and two-syllable pieces, which any part of a word matches; the
 * piece across a space is indexed too, because writers space compounds differently (북러
 * 정상회담, 북러정상회담). Other words are stemmed (rallied, rallies -> ralli).
 *
 * Order matters: the two-syllable pieces of Korean words joined by spaces come one after the
 * other (북러 러정 정상 상회 회담), and the single syllables after them, so a longer word is a
 * phrase of consecutive pieces (queryPhrases) that matches only where the word is written.
 */
export function indexTerms(text: string): string[] {
  const normal = normalize(text);
  const terms: string[] = [];
  // The syllables of the Korean words since the last break other than a space.
  let syllables: string[] = [];
  let previous: { last: string; end: number } | undefined;
  const endOfWords = () => {
    terms.push(...syllables);
    syllables = [];
    previous = undefined;
  };
  for (const match of normal.matchAll(RUN)) {
    const run = match[0];
    if (HANGUL.test(run)) {
      const chars = [...run];
      if (previous && /^\s+$/.test(normal.slice(previous.end, match.index))) terms.push(previous.last + chars[0]);
      else endOfWords();
      terms.push(...hangulGrams(run, [2]));
      syllables.push(...chars);
      previous = { last: chars.at(-1)!, end: match.index + run.length };
    } else {
      endOfWords();
      terms.push(stemmer(run));
    }
  }
  endOfWords();
  return terms;
}

export interface ParsedQuery {
  /** Korean words, to be found anywhere in the text, spaces in the text ignored. */
  korean: string[];
  /** Stems of the other words, to match whole words. */
  stems: string[];
}

/**
 * A query as words. A single Hangul syllable stuck to a Latin or numeric word is a particle or
 * counter (DPRK는, 2015년) and is dropped: the word before it is what the reader looks for.
 */
export function parseQuery(query: string): ParsedQuery {
  const korean = new Set<string>();
  const stems = new Set<string>();
  for (const word of normalize(query).split(/[^\p{L}\p{N}]+/u)) {
    const runs = word.match(RUN) ?? [];
    for (const run of runs) {
      if (!HANGUL.test(run)) stems.add(stemmer(run));
      else if (runs.length === 1 || [...run].length > 1) korean.add(run);
    }
  }
  return { korean: [...korean], stems: [...stems] };
}

/** Terms for a query: all must match. A Korean word becomes its two-syllable pieces. */
export function queryTerms(query: string): string[] {
  return [...new Set(queryPhrases(query).flat())];
}

/**
 * A query as the index must find it: every entry is one word's terms, to be found one after the
 * other in one field. A Korean word of three syllables or more is its two-syllable pieces in order
 * (정상회담: 정상 상회 회담), which indexTerms puts next to each other only where the word is
 * written, spaces in the text aside; any other word is one term.
 */
export function queryPhrases(query: string): string[][] {
  const { korean, stems } = parseQuery(query);
  const phrases = [...korean.map((word) => ([...word].length === 1 ? [word] : hangulGrams(word, [2]))), ...stems.map((stem) => [stem])];
  return [...new Map(phrases.map((phrase) => [phrase.join(' '), phrase])).values()];
}

// Longest first, so 에서 is tried before 에.
const PARTICLES = ['에서는', '으로는', '에게서', '에서', '에게', '으로', '까지', '부터', '처럼', '보다', '은', '는', '이', '가', '을', '를', '과', '와', '의', '에', '도', '만', '로'];

/**
 * The query with a particle taken off the end of each Korean word (푸틴은 -> 푸틴), or undefined
 * when there is none to take. Searches use it only when the query as typed finds nothing:
 * a word may end in what looks like a particle (도 in 수도).
 */
export function withoutParticles(query: string): string | undefined {
  let changed = false;
  const relaxed = query.replace(/\p{Script=Hangul}+/gu, (word) => {
    const particle = PARTICLES.find((p) => word.endsWith(p) && [...word].length > [...p].length + 1);
    if (!particle) return word;
    changed = true;
    return word.slice(0, -particle.length);
  });
  return changed ? relaxed : undefined;
}

export interface Highlighted {
  text: string;
  match: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The text cut into plain and matched runs: Korean query words wherever they occur, even inside a
 * longer word (푸틴 in 푸틴과) or spaced differently; other words where the word has the stem.
 */
export function highlight(text: string, query: string): Highlighted[] {
  const { korean, stems } = parseQuery(query);
  const ranges: [number, number][] = [];
  for (const word of korean) {
    // Hangul has no case and keeps its length when normalized: search the text as written.
    const pattern = new RegExp([...word].map(escapeRegExp).join('\\s*'), 'gu');
    for (const match of text.matchAll(pattern)) ranges.push([match.index, match.index + match[0].length]);
  }
  if (stems.length > 0) {
    const wanted = new Set(stems);
    for (const match of text.matchAll(RUN)) {
      if (!HANGUL.test(match[0]) && wanted.has(stemmer(normalize(match[0])))) ranges.push([match.index, match.index + match[0].length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
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
  const parts = highlight(text, query);
  const first = parts.findIndex((part) => part.match);
  if (first === -1) return undefined;
  const offset = parts.slice(0, first).reduce((n, part) => n + part.text.length, 0);
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
