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

/** A sections.yaml with two sections, as editors write it. For tests only. */
export const TEST_SECTIONS_YAML = `- id: north-korea
  name: { en: North Korea, ko: 북한 }
- id: business
  name: { en: Business, ko: 경제 }
`;

/** authors/yonhap.yaml: a news agency. For tests only. */
export const TEST_AGENCY_YAML = `kind: agency
name: { en: Yonhap, ko: 연합뉴스 }
`;
