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
  /**
   * The URL path pages show: a file under public/ (`/images/kim-train.jpg`), or a photo in the
   * story's folder as its route serves it (`paths.storyPhoto`).
   */
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
  width: number;
  height: number;
}

/**
 * A photo in the story's own folder (`articles/<slug>/photo.jpg`) that a version shows, as hero
 * or in its body. Its route serves it only while a public version lists it (app/media).
 */
export interface StoryPhoto {
  /** The file name the editor wrote. */
  name: string;
  /** A fingerprint of the file's bytes, part of its URL: a replaced photo gets a new URL. */
  version: string;
  /** Its URL path (`paths.storyPhoto`). */
  src: string;
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
  /** The language of the original this version translates, and who translated it (author ids). */
  translatedFrom?: Locale;
  translatedBy?: string[];
  hero?: Photo;
  /** Photos from the story's folder that this version shows (absent when none). */
  photos?: StoryPhoto[];
  tags: string[];
  status: ArticleStatus;
  /** Plain text of the body's first paragraph: a description when there is no dek. */
  firstParagraph?: string;
  /**
   * The start of the body's plain text (a few hundred characters): a description when there is
   * neither dek nor paragraph. The body itself is rendered when a page needs it (getArticleBody),
   * so an archive of any size costs no more than its frontmatter to hold.
   */
  textStart: string;
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
