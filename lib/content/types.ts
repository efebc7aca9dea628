import type { Root } from 'hast';
import type { Locale } from '@/i18n/routing';

/** A value written once per site language. */
export type Localized<T> = Record<Locale, T>;

export interface Section {
  id: string;
  name: Localized<string>;
}

export type AuthorKind = 'staff' | 'agency';

export interface Author {
  id: string;
  /** Agencies (Yonhap) are credited differently from staff reporters. */
  kind: AuthorKind;
  name: Localized<string>;
  role?: Localized<string>;
  bio?: Localized<string>;
}

export interface Photo {
  /** Path under public/, e.g. `/images/kim-train.jpg`. */
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
  width: number;
  height: number;
}

export type ArticleStatus = 'published' | 'draft';

/** One language version of one story. */
export interface Article {
  slug: string;
  locale: Locale;
  title: string;
  dek?: string;
  section: string;
  authors: string[];
  /** ISO 8601 with offset, exactly as the editor wrote it. */
  publishedAt: string;
  updatedAt?: string;
  dateline?: string;
  hero?: Photo;
  tags: string[];
  status: ArticleStatus;
  /** The Markdown body, parsed and sanitized into an HTML syntax tree at build time. */
  body: Root;
  /** Plain text of the body, for descriptions, search and reading time. */
  plainText: string;
  /** Plain text of the body's first paragraph: a description when there is no dek. */
  firstParagraph?: string;
  /** Where the story lives, relative to the working directory (for editors' messages). */
  file: string;
}

export interface ContentIndex {
  sections: Section[];
  authors: Map<string, Author>;
  articles: Article[];
}

export type ProblemSeverity = 'error' | 'warning';

export interface ContentProblem {
  severity: ProblemSeverity;
  /** Path relative to the working directory. */
  file: string;
  line?: number;
  /** Dotted field path (`hero.alt`), or `body` / `file` for problems outside the frontmatter. */
  field: string;
  message: string;
}
