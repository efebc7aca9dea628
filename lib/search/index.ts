import type { Locale } from '@/i18n/routing';
import { contentGeneration, contentStore, getArticleText } from '@/lib/content/queries';
import { PAGE_SIZE, pageCount } from '@/lib/pagination';
import type { Article } from '@/lib/content/types';
import { queryTerms, withoutParticles } from './text';

/** What a search result shows: enough of a story to list it, nothing more. */
export type SearchDocument = Pick<Article, 'slug' | 'title' | 'dek' | 'section' | 'publishedAt' | 'tags'> & {
  /** The body as plain text: what is searched, and where result excerpts come from. */
  plainText: string;
};

export interface SearchResults {
  /** What was searched for: the query, or the query without particles when it found nothing. */
  query: string;
  /** How many stories match, within the newest SEARCH_RANKED matches (ContentStore.search). */
  total: number;
  /** Whether more stories match than were ranked: older matches are left out. */
  more: boolean;
  /** The page shown (an old link past the last page shows the last), 1-based, and how many there are. */
  page: number;
  totalPages: number;
  /** The page's matches, best first. */
  documents: SearchDocument[];
}

/**
 * A page of the stories in this language matching every word of the query, best match first,
 * from the content index at the current generation. A Korean query that finds nothing is tried
 * again without its particles (푸틴은 finds stories saying 푸틴과).
 */
export function searchArticles(locale: Locale, query: string, page = 1): SearchResults {
  const { n, now } = contentGeneration();
  const generation = { n, nowMs: Date.parse(now) };
  const search = (text: string): SearchResults => {
    const at = (wanted: number) => contentStore().search(locale, text, { offset: (wanted - 1) * PAGE_SIZE, limit: PAGE_SIZE, generation });
    const wanted = Number.isSafeInteger(page) && page > 1 ? page : 1;
    let found = at(wanted);
    const totalPages = pageCount(found.total);
    const shown = Math.min(wanted, totalPages);
    if (shown !== wanted) found = at(shown);
    const documents = found.articles.map((article) => ({ ...pick(article), plainText: getArticleText(article) }));
    return { query: text, total: found.total, more: found.more, page: shown, totalPages, documents };
  };
  const results = search(query);
  const relaxed = results.total === 0 ? withoutParticles(query) : undefined;
  if (relaxed !== undefined && queryTerms(relaxed).length > 0) {
    const retried = search(relaxed);
    if (retried.total > 0) return retried;
  }
  return results;
}

function pick({ slug, title, dek, section, publishedAt, tags }: Article): Omit<SearchDocument, 'plainText'> {
  return { slug, title, dek, section, publishedAt, tags };
}
