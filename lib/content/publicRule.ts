import type { Article } from './types';

/**
 * Public means published and not scheduled for later than `now`. Light on purpose (no index, no
 * loader): the test suite applies the rule to the fixtures without opening the content index.
 */
export function isPublicAt(article: Pick<Article, 'status' | 'publishedAt'>, now: Date): boolean {
  return article.status === 'published' && Date.parse(article.publishedAt) <= now.getTime();
}
