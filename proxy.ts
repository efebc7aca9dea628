import { NextResponse, type NextRequest } from 'next/server';
import { LOCALE_COOKIE } from './i18n/cookie';
import { preferredLocale } from './i18n/negotiate';

/**
 * Only `/` and site paths typed without a language (`/article/...`) pass through here: they are
 * redirected to the reader's language. /en/... and /ko/... never do, so they are served straight
 * from the static cache, and an unknown prefix such as /fr is a plain 404.
 */
export function proxy(request: NextRequest) {
  const locale = preferredLocale(request.headers.get('accept-language'), request.cookies.get(LOCALE_COOKIE)?.value);
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}${url.pathname === '/' ? '' : url.pathname}`;
  const response = NextResponse.redirect(url, 307);
  // The answer depends on these request headers: caches must not share it between readers.
  response.headers.set('Vary', 'Accept-Language, Cookie');
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export const config = {
  matcher: ['/', '/(article|section)/:path*'],
};
