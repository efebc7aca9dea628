import type { Locale } from './routing';

/** The one place that knows the site's URL shapes; components never build them by hand. */
export const paths = {
  home: (locale: Locale) => `/${locale}`,
  article: (locale: Locale, slug: string) => `/${locale}/article/${slug}`,
  section: (locale: Locale, section: string) => `/${locale}/section/${section}`,
};

/** SITE_URL without a trailing slash; canonical and share URLs are built on it. */
export function siteUrl(): string {
  return (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, '');
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path}`;
}
