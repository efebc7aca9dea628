/**
 * The site's languages, in a module of their own with no dependencies, so that code shipped to the
 * browser (error pages, the language link) can know them without next-intl. routing.ts builds
 * next-intl's routing from these.
 */
export const LOCALES = ['en', 'ko'] as const;
export const DEFAULT_LOCALE = 'en';

export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
