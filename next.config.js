// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

// Canonical, hreflang and share URLs are written into the static pages at build time.
if (process.argv.includes('build') && !process.env.SITE_URL) {
  console.warn('warning: SITE_URL is not set; pages will link to http://localhost:3000. Set it to the public origin.');
}

const isDev = process.env.NODE_ENV === 'development';
// KakaoTalk sharing loads Kakao's SDK from its CDN, only when a key is configured.
const kakao = process.env.NEXT_PUBLIC_KAKAO_JS_KEY ? ' https://t1.kakaocdn.net' : '';

/**
 * The Content-Security-Policy. script-src needs 'unsafe-inline': every statically generated page
 * carries Next.js's inline bootstrap scripts (different on every page, so no hash can list them,
 * and nonces would need per-request rendering) and our two constant inline scripts. No
 * 'unsafe-eval' outside `next dev`, no other origin than Kakao's CDN, no plugins, no framing.
 */
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}${kakao}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self'${kakao}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: csp },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

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
  },
  images: {
    formats: ['image/avif', 'image/webp'],
  },
};

module.exports = withNextIntl(nextConfig);
