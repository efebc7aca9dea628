import type { Article } from './types';

const DESCRIPTION_LIMIT = 160;

/** A story's description for search and social cards: the dek, else its first paragraph, cut at a word. */
export function describe(article: Pick<Article, 'dek' | 'firstParagraph' | 'textStart'>, limit = DESCRIPTION_LIMIT): string {
  const text = (article.dek ?? article.firstParagraph ?? article.textStart).trim();
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
