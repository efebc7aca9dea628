import fs from 'node:fs';
import path from 'node:path';
import MiniSearch, { type Options } from 'minisearch';
import { routing, type Locale } from '@/i18n/routing';
import { listPublishedArticles } from '@/lib/content/queries';
import type { Article } from '@/lib/content/types';
import { indexTerms, queryTerms } from './text';

/** What a search result shows: enough of a story to list it, nothing more. */
export type SearchDocument = Pick<Article, 'slug' | 'title' | 'dek' | 'section' | 'publishedAt' | 'tags' | 'plainText'>;

interface SearchIndex {
  search: MiniSearch<SearchDocument>;
  documents: Map<string, SearchDocument>;
}

const OPTIONS: Options<SearchDocument> = {
  idField: 'slug',
  fields: ['title', 'dek', 'tags', 'plainText'],
  extractField: (doc, field) => {
    const value = doc[field as keyof SearchDocument];
    return Array.isArray(value) ? value.join(' ') : (value ?? '');
  },
  tokenize: indexTerms,
  processTerm: (term) => term,
  searchOptions: {
    tokenize: queryTerms,
    processTerm: (term) => term,
    combineWith: 'AND',
    boost: { title: 3, tags: 2, dek: 2 },
  },
};

/** Where `npm run build` leaves each language's index, beside the build it belongs to. */
export function searchIndexFile(locale: Locale, cwd = process.cwd()): string {
  return path.join(/*turbopackIgnore: true*/ cwd, '.next', 'search', `${locale}.json`);
}

function toDocument(article: Article): SearchDocument {
  const { slug, title, dek, section, publishedAt, tags, plainText } = article;
  return { slug, title, dek, section, publishedAt, tags, plainText };
}

function buildIndex(documents: SearchDocument[]): SearchIndex {
  const search = new MiniSearch<SearchDocument>(OPTIONS);
  search.addAll(documents);
  return { search, documents: new Map(documents.map((d) => [d.slug, d])) };
}

/** The index and documents of one language, as JSON, for scripts/build-search-index.ts. */
export function serializeSearchIndex(locale: Locale): string {
  const documents = listPublishedArticles(locale).map(toDocument);
  return JSON.stringify({ documents, index: buildIndex(documents).search.toJSON() });
}

export function writeSearchIndexes(cwd = process.cwd()): string[] {
  return routing.locales.map((locale) => {
    const file = searchIndexFile(locale, cwd);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, serializeSearchIndex(locale));
    return file;
  });
}

const loaded = new Map<Locale, SearchIndex>();

/**
 * The index built by `npm run build` for this build's content, loaded once per server process.
 * Without one (next dev), it is built from the content folder instead.
 */
function indexFor(locale: Locale): SearchIndex {
  let index = loaded.get(locale);
  if (!index) {
    const file = searchIndexFile(locale);
    if (process.env.NODE_ENV === 'production' && fs.existsSync(file)) {
      const { documents, index: json } = JSON.parse(fs.readFileSync(file, 'utf8')) as { documents: SearchDocument[]; index: unknown };
      index = { search: MiniSearch.loadJS(json as Parameters<typeof MiniSearch.loadJS>[0], OPTIONS), documents: new Map(documents.map((d) => [d.slug, d])) };
    } else {
      index = buildIndex(listPublishedArticles(locale).map(toDocument));
    }
    // In development, content changes between requests: rebuild each time there.
    if (process.env.NODE_ENV === 'production') loaded.set(locale, index);
  }
  return index;
}

/** Stories in this language matching every word of the query, best match first. */
export function searchArticles(locale: Locale, query: string, limit = 50): SearchDocument[] {
  if (queryTerms(query).length === 0) return [];
  const { search, documents } = indexFor(locale);
  return search
    .search(query)
    .slice(0, limit)
    .map((hit) => documents.get(String(hit.id)))
    .filter((d): d is SearchDocument => d !== undefined);
}
