import { describe, expect, it } from 'vitest';
import type { Locale } from '@/i18n/routing';
import { translationStatus, unpublishedStories } from './desk';
import { testArticle } from './testArticle';
import type { Article } from './types';

const version = (slug: string, locale: Locale, extra: Partial<Article> = {}) => testArticle(slug, { locale, ...extra });

const now = new Date('2023-10-01T00:00:00+09:00');

describe('the editors desk', () => {
  it('lists scheduled stories soonest first, then drafts, and nothing public', () => {
    const stories = [
      version('live', 'en'),
      version('later', 'en', { publishedAt: '2023-12-01T09:00:00+09:00' }),
      version('sooner', 'ko', { publishedAt: '2023-10-02T09:00:00+09:00' }),
      version('old-draft', 'en', { status: 'draft', publishedAt: '2023-01-01T09:00:00+09:00' }),
      version('new-draft', 'ko', { status: 'draft', publishedAt: '2023-09-30T09:00:00+09:00' }),
    ];
    expect(unpublishedStories(stories, now).map(({ article, state }) => `${state}:${article.slug}`)).toEqual([
      'scheduled:sooner',
      'scheduled:later',
      'draft:new-draft',
      'draft:old-draft',
    ]);
  });

  it('finds a language that is missing, or older than an update to the other', () => {
    const rows = translationStatus([
      version('both', 'en'),
      version('both', 'ko'),
      version('english-only', 'en'),
      version('corrected', 'en', { updatedAt: '2023-09-15T09:00:00+09:00' }),
      version('corrected', 'ko'),
      // The Korean was corrected too, at the same time: current.
      version('caught-up', 'en', { updatedAt: '2023-09-15T09:00:00+09:00' }),
      version('caught-up', 'ko', { updatedAt: '2023-09-15T09:00:00+09:00' }),
      // Whichever language changed last is the one the other must catch up with.
      version('korean-first', 'en', { updatedAt: '2023-09-15T09:00:00+09:00' }),
      version('korean-first', 'ko', { updatedAt: '2023-09-16T09:00:00+09:00' }),
    ]);
    expect(rows.map((r) => [r.slug, r.states.en, r.states.ko])).toEqual([
      ['corrected', 'current', 'stale'],
      ['english-only', 'current', 'missing'],
      ['korean-first', 'stale', 'current'],
      ['both', 'current', 'current'],
      ['caught-up', 'current', 'current'],
    ]);
  });

  it('does not call a version stale only because the other was published later', () => {
    const rows = translationStatus([version('x', 'en', { publishedAt: '2023-09-14T23:00:00+09:00' }), version('x', 'ko')]);
    expect(rows[0]?.states).toEqual({ en: 'current', ko: 'current' });
  });
});
