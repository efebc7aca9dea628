import { paths } from '@/i18n/paths';
import { routing, type Locale } from '@/i18n/routing';
import { listAuthors, listingCounts, listSections } from './queries';

/** Section, tag and author pages: one shape, three ways of choosing the stories. */
export type ListingKind = 'section' | 'tag' | 'author';

/**
 * Every section, tag or author with a page in this language: its key, how many public stories it
 * has and when the newest of them last changed (ms). Every section and author has a page, even
 * with no story yet; a tag exists while a public story has it. Most stories first.
 */
export function listingKeys(kind: ListingKind, locale: Locale): { key: string; count: number; changedMs?: number }[] {
  const counts = listingCounts(kind, locale);
  if (kind === 'tag') return counts;
  const byKey = new Map(counts.map((c) => [c.key, c]));
  const keys = kind === 'section' ? listSections().map((s) => s.id) : listAuthors().map((a) => a.id);
  return keys.map((key) => byKey.get(key) ?? { key, count: 0 });
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
