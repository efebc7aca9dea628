import { NextResponse, type NextRequest } from 'next/server';
import { LOCALE_COOKIE } from './i18n/cookie';
import { preferredLocale } from './i18n/negotiate';
import { needsLanguage, withLanguage } from './i18n/requestPaths';
import { IndexGate } from './lib/content/gate';
import { contentIndexFile } from './lib/content/indexFile';
import { isKnownRoute } from './lib/routeGate';
import { startingResponse } from './lib/startingPage';

/** Next.js's Draft Mode cookie: with it, an editor may preview a draft (the page checks it properly). */
const PREVIEW_COOKIE = '__prerender_bypass';
/** A path no route matches: Next.js answers it with the static 404 page (app/global-not-found.tsx). */
const NOT_FOUND_PATH = '/_/not-found';

let gate: IndexGate | undefined;

/**
 * The content index (lib/content/gate.ts), which every publish updates, so the proxy's answers
 * follow the folder. None under `next dev` (pages read the folder themselves) or when the file
 * cannot be read as an index; 'building' while a server that found no index builds it
 * (lib/content/queries.ts: startIndexBuild).
 */
function routeLookup(): IndexGate | 'building' | null {
  if (process.env.NODE_ENV === 'development') return null;
  gate ??= new IndexGate(contentIndexFile());
  const state = gate.state();
  // An index that cannot be read at all: the page says sorry itself (and /api/health says 503).
  return state === 'ready' ? gate : state === 'building' ? 'building' : null;
}

/**
 * Two jobs. `/` and paths typed without a language (`/article/...`) are redirected to the
 * reader's language. Archive stories and deep listing pages (rendered on first request, see
 * README: Architecture) are let through only when the content index has them; any other
 * URL there gets the static 404 page, so a made-up slug never renders or fills the cache; so
 * does search under anything but /en and /ko (it renders per request). Every other /en/... and
 * /ko/... URL never comes here: it is served straight from the build.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (needsLanguage(pathname)) return redirectToLanguage(request);
  const known = routeLookup();
  // Stories, listings and search need the index: "back in a minute" (503, Retry-After), never a 404.
  if (known === 'building') return startingResponse(pathname);
  if (!known || isKnownRoute(pathname, known, { preview: request.cookies.has(PREVIEW_COOKIE) })) return NextResponse.next();
  return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
}

function redirectToLanguage(request: NextRequest) {
  const locale = preferredLocale(request.headers.get('accept-language'), request.cookies.get(LOCALE_COOKIE)?.value);
  const url = request.nextUrl.clone();
  url.pathname = withLanguage(locale, url.pathname);
  const response = NextResponse.redirect(url, 307);
  // The answer depends on these request headers: caches must not share it between readers.
  response.headers.set('Vary', 'Accept-Language, Cookie');
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export const config = {
  matcher: ['/', '/(article|section)/:path*', '/:locale/article/:path*', '/:locale/(section|tag|author)/:key', '/:locale/(section|tag|author)/:key/:path+', '/:locale/search'],
};
