/**
 * The site's languages and the root of every URL, `/<locale>`, in a module of their own with no
 * dependencies: the error pages, which ship with every page's JavaScript, need no more, and
 * Turbopack copies a module into each chunk that imports it. routing.ts builds next-intl's
 * routing from these; i18n/paths.ts builds every other URL on them (and re-exports them).
 */
export const LOCALES = ['en', 'ko'] as const;
export const DEFAULT_LOCALE = 'en';

export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A language's front page, the root of its URLs. */
export function homePath(locale: Locale): string {
  return `/${locale}`;
}

/** The language a path is in (`/ko/…`), if its first segment names one. */
export function localeOfPath(pathname: string): Locale | undefined {
  const first = pathname.split('/')[1];
  return isLocale(first) ? first : undefined;
}
