import MiniSearch from 'minisearch';
import type { Locale } from '@/i18n/routing';
import { listPublishedArticles } from '@/lib/content/queries';
import type { Article } from '@/lib/content/types';
import { indexTerms, queryTerms } from './text';

/** Longer queries get a friendly "too long" page instead of a search. */
export const MAX_QUERY_LENGTH = 200;

interface Indexed {
  search: MiniSearch<Article>;
  bySlug: Map<string, Article>;
}

// One index per language, built on the first search of the process from the build's content,
// then reused by every request.
const indexes = new Map<Locale, Indexed>();

function indexFor(locale: Locale): Indexed {
  let indexed = indexes.get(locale);
  if (!indexed) {
    const articles = listPublishedArticles(locale);
    const search = new MiniSearch<Article>({
      idField: 'slug',
      fields: ['title', 'dek', 'tags', 'plainText'],
      extractField: (article, field) => {
        const value = article[field as keyof Article];
        return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
      },
      tokenize: indexTerms,
      processTerm: (term) => term,
      searchOptions: {
        tokenize: queryTerms,
        processTerm: (term) => term,
        combineWith: 'AND',
        boost: { title: 3, tags: 2, dek: 2 },
      },
    });
    search.addAll(articles);
    indexed = { search, bySlug: new Map(articles.map((a) => [a.slug, a])) };
    indexes.set(locale, indexed);
  }
  return indexed;
}

/** Stories in this language matching every word of the query, best first, then newest. */
export function searchArticles(locale: Locale, query: string, limit = 50): Article[] {
  if (queryTerms(query).length === 0) return [];
  const { search, bySlug } = indexFor(locale);
  return search
    .search(query)
    .slice(0, limit)
    .map((hit) => bySlug.get(String(hit.id)))
    .filter((a): a is Article => a !== undefined);
}
