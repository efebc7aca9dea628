import Negotiator from 'negotiator';
import { isLocale, routing, type Locale } from './routing';

/**
 * The language to send a reader to when the URL names none: the browser's Accept-Language
 * first (in the reader's order of preference, `ko-KR` counting as `ko`), then the language the
 * reader last chose on the site (NEXT_LOCALE cookie), then English.
 */
export function preferredLocale(acceptLanguage: string | null | undefined, cookie: string | null | undefined): Locale {
  const languages = new Negotiator({ headers: { 'accept-language': acceptLanguage ?? '' } }).languages();
  for (const tag of languages) {
    const primary = tag.split('-')[0]?.toLowerCase();
    if (isLocale(primary)) return primary;
  }
  if (isLocale(cookie)) return cookie;
  return routing.defaultLocale;
}
