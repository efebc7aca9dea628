import { getTranslations } from 'next-intl/server';
import { absoluteUrl, paths } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { getSection, latestArticles, listingPage } from '@/lib/content/queries';
import { FEED_SIZE, type FeedSource } from './feeds';

/** Feed paths, next to the pages they mirror. */
export const feedPaths = {
  rss: (locale: Locale) => `${paths.home(locale)}/feed.xml`,
  json: (locale: Locale) => `${paths.home(locale)}/feed.json`,
  sectionRss: (locale: Locale, section: string) => `${paths.section(locale, section)}/feed.xml`,
};

async function siteText(locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'Site' });
  const home = await getTranslations({ locale, namespace: 'Home' });
  return { name: t('name'), copyright: t('copyright', { year: new Date().getFullYear() }), description: home('description') };
}

/** The whole site in one language: its newest stories. */
export async function siteFeed(locale: Locale): Promise<FeedSource> {
  const text = await siteText(locale);
  return {
    locale,
    title: text.name,
    description: text.description,
    homePath: paths.home(locale),
    rssPath: feedPaths.rss(locale),
    jsonPath: feedPaths.json(locale),
    copyright: text.copyright,
    articles: latestArticles(locale, FEED_SIZE),
  };
}

/** One section in one language, or undefined for an unknown section. */
export async function sectionFeed(locale: Locale, sectionId: string): Promise<FeedSource | undefined> {
  const section = getSection(sectionId);
  if (!section) return undefined;
  const text = await siteText(locale);
  const ts = await getTranslations({ locale, namespace: 'Section' });
  return {
    locale,
    title: `${section.name[locale]} | ${text.name}`,
    description: ts('description', { section: section.name[locale] }),
    homePath: paths.section(locale, section.id),
    rssPath: feedPaths.sectionRss(locale, section.id),
    copyright: text.copyright,
    articles: listingPage('section', locale, section.id, { limit: FEED_SIZE, count: false }).articles,
  };
}

/** "(Yonhap)": how a photo credit reads under a picture, in this language. */
export async function creditFormatter(locale: Locale): Promise<(credit: string) => string> {
  const t = await getTranslations({ locale, namespace: 'Article' });
  return (credit) => t('photoCredit', { credit });
}

/**
 * `<link rel="alternate">` feed discovery for a page's head (Next.js `alternates.types`): the
 * language's site feeds, and on a section page its own feed first.
 */
export async function feedAlternates(locale: Locale, sectionId?: string) {
  const { name } = await siteText(locale);
  const section = sectionId ? getSection(sectionId) : undefined;
  return {
    'application/rss+xml': [
      ...(section ? [{ url: absoluteUrl(feedPaths.sectionRss(locale, section.id)), title: `${section.name[locale]} | ${name} (RSS)` }] : []),
      { url: absoluteUrl(feedPaths.rss(locale)), title: `${name} (RSS)` },
    ],
    'application/feed+json': [{ url: absoluteUrl(feedPaths.json(locale)), title: `${name} (JSON Feed)` }],
  };
}
