import type { Article } from './types';

/** A public English story with just what a unit test needs; override any field. For tests only. */
export function testArticle(slug: string, overrides: Partial<Article> = {}): Article {
  return {
    slug,
    locale: 'en',
    title: slug,
    section: 'politics',
    authors: ['yonhap'],
    publishedAt: '2023-09-14T21:52:00+09:00',
    tags: [],
    status: 'published',
    textStart: '',
    file: `content/articles/${slug}/${overrides.locale ?? 'en'}.md`,
    ...overrides,
  };
}
