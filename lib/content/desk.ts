import { routing, type Locale } from '@/i18n/routing';
import { isPublic } from './queries';
import type { Article } from './types';

/** A story version that readers cannot see yet. */
export interface UnpublishedStory {
  article: Article;
  state: 'draft' | 'scheduled';
}

/**
 * Every version readers cannot see: scheduled ones first, soonest first (the next to go live
 * leads), then drafts, newest first.
 */
export function unpublishedStories(articles: readonly Article[], now: Date = new Date()): UnpublishedStory[] {
  const scheduled = articles.filter((a) => a.status === 'published' && !isPublic(a, now)).sort((a, b) => at(a.publishedAt) - at(b.publishedAt) || a.slug.localeCompare(b.slug));
  const drafts = articles.filter((a) => a.status === 'draft').sort((a, b) => at(b.publishedAt) - at(a.publishedAt) || a.slug.localeCompare(b.slug));
  return [...scheduled.map((article) => ({ article, state: 'scheduled' as const })), ...drafts.map((article) => ({ article, state: 'draft' as const }))];
}

/** How one language version of a story stands against the others. */
export type TranslationState = 'current' | 'missing' | 'stale';

export interface TranslationStatus {
  slug: string;
  versions: Partial<Record<Locale, Article>>;
  states: Record<Locale, TranslationState>;
}

const at = (iso: string) => Date.parse(iso);

/**
 * Each story's languages: missing, or stale when another language was updated after this one
 * was last written (its `updatedAt` is later than this version's `updatedAt`, or `publishedAt`
 * if it was never updated). Stories needing work come first, then by slug.
 */
export function translationStatus(articles: readonly Article[]): TranslationStatus[] {
  const bySlug = new Map<string, Partial<Record<Locale, Article>>>();
  for (const article of articles) {
    const versions = bySlug.get(article.slug) ?? {};
    versions[article.locale] = article;
    bySlug.set(article.slug, versions);
  }
  const rows = [...bySlug].map(([slug, versions]) => {
    const states = {} as Record<Locale, TranslationState>;
    for (const locale of routing.locales) {
      const version = versions[locale];
      if (!version) {
        states[locale] = 'missing';
        continue;
      }
      const written = at(version.updatedAt ?? version.publishedAt);
      const newerElsewhere = routing.locales.some((other) => {
        const updated = versions[other]?.updatedAt;
        return other !== locale && updated !== undefined && at(updated) > written;
      });
      states[locale] = newerElsewhere ? 'stale' : 'current';
    }
    return { slug, versions, states };
  });
  const needsWork = (row: TranslationStatus) => routing.locales.some((l) => row.states[l] !== 'current');
  return rows.sort((a, b) => Number(needsWork(b)) - Number(needsWork(a)) || a.slug.localeCompare(b.slug));
}
