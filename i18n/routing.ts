import { defineRouting } from 'next-intl/routing';
import { DEFAULT_LOCALE, LOCALES } from './languages';

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  // Every URL carries its language, so a shared link always opens the version that was shared.
  localePrefix: 'always',
  // The page head carries hreflang alternates; next-intl's Link header gets x-default wrong.
  alternateLinks: false,
});

export { isLocale, type Locale } from './languages';
