// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

// Canonical, hreflang and share URLs are written into the static pages at build time.
if (process.argv.includes('build') && !process.env.SITE_URL) {
  console.warn('warning: SITE_URL is not set; pages will link to http://localhost:3000. Set it to the public origin.');
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
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
