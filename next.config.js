// @ts-check
const os = require('node:os');
const createNextIntlPlugin = require('next-intl/plugin');
const { securityHeaders: createSecurityHeaders } = require('./scripts/security-headers.cjs');

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

// Canonical, hreflang and share URLs are written into the static pages at build time.
if (process.argv.includes('build') && !process.env.SITE_URL) {
  console.warn('warning: SITE_URL is not set; pages will link to http://localhost:3000. Set it to the public origin.');
}

// One list with the front door's (scripts/front-door.mjs), which adds them where this config cannot.
const securityHeaders = createSecurityHeaders({
  dev: process.env.NODE_ENV === 'development',
  kakao: Boolean(process.env.NEXT_PUBLIC_KAKAO_JS_KEY),
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // SITE_URL as the build saw it, written into the server code: archive stories rendered on
  // their first request (after the build) must link to the same origin as prerendered pages,
  // whatever the server's environment says.
  env: { SITE_URL: process.env.SITE_URL || '' },
  poweredByHeader: false,
  // A self-contained server in .next/standalone: `npm start` and the Docker image run it.
  output: 'standalone',
  // Content is read at run time from CONTENT_DIR (scripts/start.mjs, the Dockerfile): the
  // server bundle must not carry a copy of the folder, drafts included.
  outputFileTracingExcludes: { '*': ['content/**', 'e2e/**', 'scripts/**', 'bench/**', '*.md'] },
  // An archive story's share card is drawn on its first request, so the server needs the card
  // fonts (lib/distribution/cardFonts.ts) that the build alone used before.
  outputFileTracingIncludes: {
    // Keys are globs (a literal [locale] would be a character class).
    '/*/article/*/card.png': [
      './node_modules/pretendard/dist/public/static/Pretendard-Bold.otf',
      './node_modules/@fontsource/noto-sans-kr/700.css',
      './node_modules/@fontsource/noto-sans-kr/files/*-700-normal.woff',
    ],
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Photos, fonts and icons keep their names when unchanged: a day fresh, a week usable while revalidating.
      {
        source: '/:file(images/.*|fonts/.*|favicon\\.ico|icon\\.svg|apple-touch-icon\\.png)',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=86400, stale-while-revalidate=604800' }],
      },
    ];
  },
  experimental: {
    // app/[locale]/layout.tsx is the root layout (it knows <html lang>); URLs outside any
    // locale get app/global-not-found.tsx, which brings its own <html>.
    globalNotFound: true,
    // Prerendering on every core (Next.js leaves one free by default: one worker on this 2-core
    // machine): a 200,000-story archive's build took 3 min 9 s instead of 3 min 35 s. At most 4:
    // each worker loads the whole server.
    cpus: Math.max(1, Math.min(os.availableParallelism(), 4)),
  },
  images: {
    formats: ['image/avif', 'image/webp'],
    // Story photos (/media/<slug>/<version>/<file>) carry their version in the path, so the
    // default localPatterns (any local path, no query string) let the optimizer read them; the
    // front door answers an optimized image only while its source answers (docs/adr/0003).
  },
};

module.exports = withNextIntl(nextConfig);
