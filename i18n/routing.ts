import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['en', 'ko'],
  defaultLocale: 'en',
  // Every URL carries its language, so a shared link always opens the version that was shared.
  localePrefix: 'always',
  // The page head carries hreflang alternates; next-intl's Link header gets x-default wrong.
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (routing.locales as readonly string[]).includes(value);
}
