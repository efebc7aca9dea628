/**
 * Pairs the blocks (paragraphs, subheads, quotes, lists, photos) of a story's two language
 * versions for the parallel view (docs/adr/0004-bilingual-reading.md): by order, one to one,
 * except where an editor joined a block to the one before it with a line `<!-- + -->` between
 * them (a translation that split a paragraph in two, or merged two: the marker goes in the
 * version with more). When the versions still have different numbers of groups, they do not
 * pair: the view says so rather than pairing wrong paragraphs, and content:check names the
 * first paragraph where they seem to part.
 */

/** What pairing needs of one block of a body. */
export interface PairBlock {
  /** Its plain text's length in characters: where two versions part shows in their lengths. */
  chars: number;
  /** Whether an editor joined it to the block before (`<!-- + -->` between them). */
  joined: boolean;
  /** The line it starts on (within the body as rendered; within the file once loaded). */
  line?: number;
}

/** A row of the parallel view: the blocks of each version it holds (indexes into each body's blocks). */
export type PairRow = [first: number[], second: number[]];

export type Pairing =
  | { paired: true; rows: PairRow[] }
  | {
      paired: false;
      /** How many pairs (groups of blocks) each version has. */
      groups: [first: number, second: number];
      /** The group (0-based) where the two seem to part: the first whose lengths stop matching. */
      partsAt: number;
    };

/**
 * How far a pair's length ratio may stray from the story's own before the pair looks wrong: a
 * merged paragraph doubles one side (a ratio of 2 or 0.5); translations of one paragraph stay
 * well inside these bounds.
 */
const PAIR_RATIO_SPREAD = 1.6;

/** The groups of a body: each block starts one, unless it is joined to the one before. */
export function pairGroups(blocks: readonly PairBlock[]): number[][] {
  const groups: number[][] = [];
  blocks.forEach((block, i) => {
    const last = groups.at(-1);
    if (block.joined && last) last.push(i);
    else groups.push([i]);
  });
  return groups;
}

/** Pairs two versions' blocks, or says where they part. */
export function pairBlocks(first: readonly PairBlock[], second: readonly PairBlock[]): Pairing {
  const a = pairGroups(first);
  const b = pairGroups(second);
  if (a.length === b.length) return { paired: true, rows: a.map((group, i) => [group, b[i]!]) };
  const length = (blocks: readonly PairBlock[], group: number[]) => group.reduce((sum, i) => sum + blocks[i]!.chars, 0);
  const total = (blocks: readonly PairBlock[], groups: number[][]) => groups.reduce((sum, group) => sum + length(blocks, group), 0);
  // The story's own ratio of lengths (Korean runs shorter than English): each pair is judged against it.
  const ratio = total(second, b) / Math.max(1, total(first, a));
  const shorter = Math.min(a.length, b.length);
  for (let i = 0; i < shorter; i++) {
    const pair = length(second, b[i]!) / Math.max(1, length(first, a[i]!)) / (ratio || 1);
    if (pair > PAIR_RATIO_SPREAD || pair < 1 / PAIR_RATIO_SPREAD) return { paired: false, groups: [a.length, b.length], partsAt: i };
  }
  return { paired: false, groups: [a.length, b.length], partsAt: shorter };
}
