import { describe, expect, it } from 'vitest';
import { frontPage } from './frontPage';
import { testArticle } from './testArticle';
import type { Article, Section } from './types';

const sections: Section[] = [
  { id: 'politics', name: { en: 'Politics', ko: '정치' } },
  { id: 'business', name: { en: 'Business', ko: '경제' } },
  { id: 'sports', name: { en: 'Sports', ko: '스포츠' } },
];

const story = (slug: string, section: string, hero = false): Article =>
  testArticle(slug, { section, hero: hero ? { src: '/x.jpg', alt: 'x', width: 3, height: 2 } : undefined });

// Newest first, as the content layer hands them over.
const stories = [
  story('p1', 'politics'),
  story('b1', 'business', true),
  story('p2', 'politics'),
  story('b2', 'business'),
  story('p3', 'politics'),
  story('b3', 'business'),
  story('p4', 'politics'),
  story('b4', 'business'),
];

describe('the front page', () => {
  it('leads with the newest story that has a photo', () => {
    expect(frontPage(stories, sections).lead?.slug).toBe('b1');
    expect(frontPage([story('a', 'politics')], sections).lead?.slug).toBe('a');
  });

  it('follows with the next newest stories, then fills section blocks without repeats', () => {
    const page = frontPage(stories, sections);
    expect(page.secondary.map((a) => a.slug)).toEqual(['p1', 'p2', 'b2', 'p3']);
    expect(page.sections.map(({ section, articles }) => [section.id, articles.map((a) => a.slug)])).toEqual([
      ['politics', ['p4']],
      ['business', ['b3', 'b4']],
    ]);
  });

  it('gives every section with stories a block, even when all its stories are above', () => {
    const page = frontPage([story('b1', 'business', true), story('s1', 'sports'), story('p1', 'politics')], sections);
    expect(page.secondary.map((a) => a.slug)).toEqual(['s1', 'p1']);
    expect(page.sections.map(({ section, articles }) => [section.id, articles.map((a) => a.slug)])).toEqual([
      ['politics', ['p1']],
      ['business', ['b1']],
      ['sports', ['s1']],
    ]);
  });

  it('keeps the latest rail in publication order, lead included', () => {
    expect(frontPage(stories, sections).latest.map((a) => a.slug)).toEqual(stories.map((a) => a.slug));
  });

  it('has no lead and no blocks without stories', () => {
    expect(frontPage([], sections)).toEqual({ lead: undefined, secondary: [], latest: [], sections: [] });
  });
});
