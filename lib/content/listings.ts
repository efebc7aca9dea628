import { paths } from '@/i18n/paths';
import { routing, type Locale } from '@/i18n/routing';
import { getTag, listAuthorArticles, listAuthors, listSectionArticles, listSections, listTags } from './queries';
import type { Article } from './types';

/** Section, tag and author pages: one shape, three ways of choosing the stories. */
export type ListingKind = 'section' | 'tag' | 'author';

/** Every section, tag or author with a page in this language, and its public stories, newest first. */
export function listingKeys(kind: ListingKind, locale: Locale): { key: string; articles: Article[] }[] {
  switch (kind) {
    case 'section':
      return listSections().map((s) => ({ key: s.id, articles: listSectionArticles(locale, s.id) }));
    case 'tag':
      return listTags(locale).map((t) => ({ key: t.slug, articles: getTag(locale, t.slug)?.articles ?? [] }));
    case 'author':
      return listAuthors().map((a) => ({ key: a.id, articles: listAuthorArticles(locale, a.id) }));
  }
}

/** The URL of a page of a listing. */
export function listingPath(kind: ListingKind, locale: Locale, key: string, page = 1): string {
  return paths[kind](locale, key, page);
}

/**
 * The languages a listing's first page exists in: sections and authors have pages in every
 * language; tags are words of one language, so a tag page has no counterpart.
 */
export function listingLocales(kind: ListingKind, locale: Locale): readonly Locale[] {
  return kind === 'tag' ? [locale] : routing.locales;
}
