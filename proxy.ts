import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

// Only the bare home page and site paths typed without a language need the proxy: it picks
// the reader's language (NEXT_LOCALE cookie, then Accept-Language, then English) and redirects.
// /en/... and /ko/... never pass through it and are served straight from the static cache, and
// an unknown prefix such as /fr is a plain 404 rather than a redirect to /en/fr.
export default createMiddleware(routing);

export const config = {
  matcher: ['/', '/(article|section)/:path*'],
};
