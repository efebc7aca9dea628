// @ts-check
// The floor: the least a Next.js App Router page ships, built and served like the site
// (`npm run bench:floor`). Same next/react as the site (the repository's node_modules), no
// next-intl, no Tailwind, no config beyond what the site also sets.
const path = require('node:path');

// The repository root holds node_modules: Turbopack and file tracing must look there.
const root = path.resolve(__dirname, '..', '..');

/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Its own build folder, bench/floor/.next, apart from the site's .next.
  distDir: '.next',
  turbopack: { root },
  outputFileTracingRoot: root,
  // As the site's: the photo page (app/photo) gets AVIF where the browser takes it.
  images: { formats: ['image/avif', 'image/webp'] },
};
