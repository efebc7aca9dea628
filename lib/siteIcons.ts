import type { Metadata } from 'next';

/** The site icons in public/ (drawn by scripts/make-icons.mjs), for every page's head. */
export const SITE_ICONS: Metadata['icons'] = {
  icon: [
    { url: '/favicon.ico', sizes: '32x32' },
    { url: '/icon.svg', type: 'image/svg+xml' },
  ],
  apple: '/apple-touch-icon.png',
};
