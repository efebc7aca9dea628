import type { SiteLocale } from './labels';
import { SEED_SLUG } from './seed';

/** Every page type readers can reach, in one language: the list page-wide checks run over. */
export function pageTypes(locale: SiteLocale): { name: string; path: string; status?: number }[] {
  return [
    { name: 'article', path: `/${locale}/article/${SEED_SLUG}` },
    { name: 'article with inline figures', path: `/${locale}/article/busan-film-festival-opens` },
    { name: 'parallel view', path: `/${locale}/article/${SEED_SLUG}/bilingual` },
    { name: 'front page', path: `/${locale}` },
    { name: 'section page', path: `/${locale}/section/north-korea` },
    { name: 'second page of a section', path: `/${locale}/section/business/page/2` },
    { name: 'tag page', path: `/${locale}/tag/${locale === 'en' ? 'markets' : encodeURIComponent('증시')}` },
    { name: 'author page', path: `/${locale}/author/park-ji-hoon` },
    { name: 'search page', path: `/${locale}/search` },
    { name: 'search results', path: `/${locale}/search?q=${locale === 'en' ? 'putin' : encodeURIComponent('푸틴')}` },
    { name: 'story not in this language', path: `/${locale}/article/${locale === 'en' ? 'seoul-subway-fare-hike' : 'fukushima-second-water-release'}` },
    { name: '404 page', path: `/${locale}/article/no-such-story`, status: 404 },
  ];
}
