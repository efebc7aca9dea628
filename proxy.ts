import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

// Only URLs without a locale prefix need the proxy (to pick the reader's language and
// redirect); /en/... and /ko/... are served straight from the static cache.
export default createMiddleware(routing);

export const config = {
  matcher: ['/', '/((?!api|_next|_vercel|en(?:/|$)|ko(?:/|$)|.*\\..*).*)'],
};
