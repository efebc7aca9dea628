import { isLocale, LOCALES, type Locale } from './languages';

/**
 * URLs as requests bring them, read on the server: by the proxy and its route gate, API routes
 * and the 404 page. A module apart from paths.ts, which client islands import, so that readers'
 * browsers never download these (Turbopack ships a module whole, used exports or not).
 */

/** The source of a pattern for a path that starts with a language, for inline scripts: group 1 is the language. */
export const LOCALE_PATH_PATTERN = `^/(${LOCALES.join('|')})(?:/|$)`;

/** Paths readers type without a language, which are sent to theirs: `/`, `/article/…`, `/section/…`. */
export function needsLanguage(pathname: string): boolean {
  return pathname === '/' || /^\/(article|section)(\/|$)/.test(pathname);
}

/** The same path in a language: `/` becomes `/en`, `/article/x` becomes `/en/article/x`. */
export function withLanguage(locale: Locale, pathname: string): string {
  return `/${locale}${pathname === '/' ? '' : pathname}`;
}

const SITE_PATH = new RegExp(`^/(${LOCALES.join('|')})(/[a-z0-9\\-/%._~]*)?$`, 'i');

/**
 * A path to return to after leaving preview, if it is a page of this site: a local path under a
 * language, without `//`, `..` or a scheme, so the redirect can never leave the site.
 */
export function safeReturnPath(candidate: string | null | undefined): string | undefined {
  if (!candidate || candidate.length > 300 || !SITE_PATH.test(candidate)) return undefined;
  if (candidate.includes('//') || candidate.split('/').some((part) => part === '..' || part === '.')) return undefined;
  return candidate;
}

/** A site path taken apart as its URLs are shaped: `/<locale>/<kind>/<key>/<rest…>`. */
export interface ParsedPath {
  /** The path's language, when its first segment is one. */
  locale: Locale | undefined;
  /** The first segment, a language or not. */
  first: string | undefined;
  kind: string | undefined;
  key: string | undefined;
  rest: string[];
}

export function parsePath(pathname: string): ParsedPath {
  const [, first, kind, key, ...rest] = pathname.split('/');
  return { locale: isLocale(first) ? first : undefined, first, kind, key, rest };
}
