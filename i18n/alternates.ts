import { localeConfig } from './locales';
import { absoluteUrl } from './paths';
import { routing, type Locale } from './routing';

export interface Alternate {
  /** `en`, `ko` or `x-default`. */
  hreflang: string;
  /** Absolute URL. */
  href: string;
}

/**
 * The language versions of one page, for `<link rel="alternate" hreflang>` and the sitemap: each
 * version that exists (a page lists itself too), and `x-default`, the English version when there
 * is one, else the only one. One function, so the page head and the sitemap always agree.
 */
export function languageAlternates(versions: Partial<Record<Locale, string>>): Alternate[] {
  const present = routing.locales.filter((l) => versions[l] !== undefined);
  if (present.length === 0) return [];
  const alternates = present.map((l) => ({ hreflang: localeConfig[l].htmlLang, href: absoluteUrl(versions[l]!) }));
  const fallback = versions[routing.defaultLocale] ?? versions[present[0]!]!;
  return [...alternates, { hreflang: 'x-default', href: absoluteUrl(fallback) }];
}

/** The same, as Next.js metadata `alternates.languages`. */
export function metadataLanguages(versions: Partial<Record<Locale, string>>): Record<string, string> {
  return Object.fromEntries(languageAlternates(versions).map((a) => [a.hreflang, a.href]));
}
