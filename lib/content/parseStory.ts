import type { Locale } from '@/i18n/routing';
import { indexTerms } from '@/lib/search/text';
import path from 'node:path';
import { loadStoryFile, photoMeasurers, storyPath, type ContentPaths, type StoryContext } from './load';
import type { PairBlock } from './pairing';
import type { Article, Author, ContentProblem, Section } from './types';

/** A story file to read: which story, which language. */
export interface StoryFileRef {
  slug: string;
  locale: Locale;
}

/**
 * One story file read, checked and tokenized for search: everything the index writes for it.
 * Plain data, so a parse worker (indexWorker.ts) can hand it back to the thread that writes.
 */
export interface ParsedStory {
  article?: Article;
  problems: ContentProblem[];
  text?: string;
  markdown?: string;
  frontmatter?: unknown;
  /** The search index's terms for the headline, standfirst, tags and body (space-separated). */
  terms?: [string, string, string, string];
  /** The body's blocks as the parallel view pairs them (pairing.ts), lines as the file numbers them. */
  blocks?: PairBlock[];
}

/** What story files are checked against, as plain data: the index's last good lists. */
export interface StoryLists {
  sections: Section[];
  authors: Author[];
  checkReferences: StoryContext['checkReferences'];
}

/** A story context from plain lists; its photo measurers read this thread's own view of the folder. */
export function storyContext(paths: ContentPaths, lists: StoryLists): StoryContext {
  return { sections: lists.sections, authors: new Map(lists.authors.map((a) => [a.id, a])), checkReferences: lists.checkReferences, ...photoMeasurers(paths) };
}

/** Reads, checks and tokenizes one story file (the costly part of indexing it). */
export function parseStory(paths: ContentPaths, { slug, locale }: StoryFileRef, context: StoryContext): ParsedStory {
  let loaded: ReturnType<typeof loadStoryFile>;
  try {
    loaded = loadStoryFile(paths, slug, locale, context);
  } catch (error) {
    // Gone or unreadable since the scan saw it (a build takes minutes): this file fails, keeping
    // its last good version, and the next scan sees what became of it. Not the whole sync.
    const file = storyPath(paths, slug, locale);
    const reason = error instanceof Error ? error.message : String(error);
    return { problems: [{ severity: 'error', file: path.relative(paths.cwd, file) || file, field: 'file', message: `cannot read the file (${reason})` }] };
  }
  const { article, text } = loaded;
  if (!article) return loaded;
  const terms = (value: string) => indexTerms(value).join(' ');
  return { ...loaded, terms: [terms(article.title), terms(article.dek ?? ''), terms(article.tags.join(' ')), terms(text ?? '')] };
}
