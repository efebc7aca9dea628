import fs from 'node:fs';
import path from 'node:path';
import MiniSearch, { type Options } from 'minisearch';
import { routing, type Locale } from '@/i18n/routing';
import { contentGeneration, getArticleText, latestArticles } from '@/lib/content/queries';
import type { Article } from '@/lib/content/types';
import { compact, containsKoreanWords, indexTerms, parseQuery, queryTerms, withoutParticles } from './text';

/** What a search result shows: enough of a story to list it, nothing more. */
export type SearchDocument = Pick<Article, 'slug' | 'title' | 'dek' | 'section' | 'publishedAt' | 'tags'> & {
  /** The body as plain text: what is searched, and where result excerpts come from. */
  plainText: string;
};

interface SearchIndex {
  search: MiniSearch<SearchDocument>;
  documents: Map<string, SearchDocument>;
  /** Each story's searchable text without spaces, made when first needed, for the Korean check. */
  compacted: Map<string, string>;
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
  const { slug, title, dek, section, publishedAt, tags } = article;
  return { slug, title, dek, section, publishedAt, tags, plainText: getArticleText(article) };
}

function buildIndex(documents: SearchDocument[]): SearchIndex {
  const search = new MiniSearch<SearchDocument>(OPTIONS);
  search.addAll(documents);
  return { search, documents: new Map(documents.map((d) => [d.slug, d])), compacted: new Map() };
}

/** The index and documents of one language, as JSON, with the content generation they are of (build-data.ts). */
export function serializeSearchIndex(locale: Locale): string {
  const documents = latestArticles(locale, Number.POSITIVE_INFINITY).map(toDocument);
  const { n, now } = contentGeneration();
  return JSON.stringify({ generation: n, now, documents, index: buildIndex(documents).search.toJSON() });
}

export function writeSearchIndexes(cwd = process.cwd()): string[] {
  return routing.locales.map((locale) => {
    const file = searchIndexFile(locale, cwd);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, serializeSearchIndex(locale));
    return file;
  });
}

// One index per language and content generation, per process (shared by Next.js's bundles).
const loaded = ((globalThis as { [key: symbol]: unknown })[Symbol.for('hanbit.search')] ??= new Map()) as Map<Locale, { generation: number; index: SearchIndex }>;

/**
 * The index of the current content generation: the one `npm run build` wrote when it is of this
 * generation, else built from the content (after a publish, and under next dev).
 */
function indexFor(locale: Locale): SearchIndex {
  const { n: generation, now } = contentGeneration();
  const kept = loaded.get(locale);
  if (kept?.generation === generation) return kept.index;
  let index: SearchIndex | undefined;
  const file = searchIndexFile(locale);
  if (process.env.NODE_ENV === 'production' && fs.existsSync(file)) {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { generation?: number; now?: string; documents: SearchDocument[]; index: unknown };
    // Its "now" too: a server over another folder (CONTENT_DIR) numbers its generations from 1 as well.
    if (saved.generation === generation && saved.now === now) {
      index = {
        search: MiniSearch.loadJS(saved.index as Parameters<typeof MiniSearch.loadJS>[0], OPTIONS),
        documents: new Map(saved.documents.map((d) => [d.slug, d])),
        compacted: new Map(),
      };
    }
  }
  index ??= buildIndex(latestArticles(locale, Number.POSITIVE_INFINITY).map(toDocument));
  loaded.set(locale, { generation, index });
  return index;
}

function compacted(index: SearchIndex, doc: SearchDocument): string {
  let text = index.compacted.get(doc.slug);
  if (text === undefined) {
    text = compact([doc.title, doc.dek ?? '', doc.tags.join(' '), doc.plainText].join(' '));
    index.compacted.set(doc.slug, text);
  }
  return text;
}

function matches(index: SearchIndex, query: string): SearchDocument[] {
  const parsed = parseQuery(query);
  return index.search
    .search(query)
    .map((hit) => index.documents.get(String(hit.id)))
    .filter((d): d is SearchDocument => d !== undefined && containsKoreanWords(compacted(index, d), parsed));
}

export interface SearchResults {
  /** What was searched for: the query, or the query without particles when it found nothing. */
  query: string;
  /** Every match, best first. */
  documents: SearchDocument[];
}

/**
 * Stories in this language matching every word of the query, best match first. A Korean query
 * that finds nothing is tried again without its particles (푸틴은 finds stories saying 푸틴과).
 */
export function searchArticles(locale: Locale, query: string): SearchResults {
  if (queryTerms(query).length === 0) return { query, documents: [] };
  const index = indexFor(locale);
  const documents = matches(index, query);
  const relaxed = documents.length === 0 ? withoutParticles(query) : undefined;
  if (relaxed !== undefined && queryTerms(relaxed).length > 0) {
    const retried = matches(index, relaxed);
    if (retried.length > 0) return { query: relaxed, documents: retried };
  }
  return { query, documents };
}
