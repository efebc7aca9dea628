import { create } from 'xmlbuilder2';
import { localeConfig } from '@/i18n/locales';
import { absoluteUrl, paths } from '@/i18n/paths';
import { routing, type Locale } from '@/i18n/routing';
import type { Article } from '@/lib/content/types';
import { toKstIsoString } from '@/lib/format/dates';

/** Google News takes stories from the last two days, at most 1,000 of them. */
export const NEWS_WINDOW_HOURS = 48;
export const NEWS_SITEMAP_LIMIT = 1000;

const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS = 'http://www.google.com/schemas/sitemap-news/0.9';

/** Public stories published in the 48 hours before `now`, newest first, at most 1,000. */
export function recentStories(articles: readonly Article[], now: Date): Article[] {
  const since = now.getTime() - NEWS_WINDOW_HOURS * 3600_000;
  return articles
    .filter((a) => {
      const at = Date.parse(a.publishedAt);
      return at >= since && at <= now.getTime();
    })
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    .slice(0, NEWS_SITEMAP_LIMIT);
}

/**
 * A Google News sitemap: publication name and language, publication date and title per story.
 * With no story in the window it lists the front pages, without news tags: the sitemaps.org
 * schema requires a urlset to hold a url, and common sitemap parsers reject an empty one, while
 * Google News takes nothing from a url without news tags.
 */
export function renderNewsSitemap(articles: readonly Article[], siteName: (locale: Locale) => string): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(SITEMAP, 'urlset').att('http://www.w3.org/2000/xmlns/', 'xmlns:news', NEWS);
  if (articles.length === 0) {
    root.com(` No story in the last ${NEWS_WINDOW_HOURS} hours: the front pages stand in, since a sitemap must list a URL. `);
    for (const locale of routing.locales) root.ele(SITEMAP, 'url').ele(SITEMAP, 'loc').txt(absoluteUrl(paths.home(locale)));
  }
  for (const article of articles) {
    const url = root.ele(SITEMAP, 'url');
    url.ele(SITEMAP, 'loc').txt(absoluteUrl(paths.article(article.locale, article.slug)));
    const news = url.ele(NEWS, 'news:news');
    const publication = news.ele(NEWS, 'news:publication');
    publication.ele(NEWS, 'news:name').txt(siteName(article.locale));
    publication.ele(NEWS, 'news:language').txt(localeConfig[article.locale].htmlLang);
    news.ele(NEWS, 'news:publication_date').txt(toKstIsoString(article.publishedAt));
    news.ele(NEWS, 'news:title').txt(article.title);
  }
  return root.end({ prettyPrint: true });
}
