import type { Metadata } from 'next';
import type { ReactNode } from 'react';

// Only what any real page needs to pass Lighthouse's SEO, accessibility and best-practice checks:
// a language, a title, a description and an icon (app/icon.svg; without one the browser's
// /favicon.ico request is a 404 in the console). None of it ships JavaScript.
export const metadata: Metadata = {
  title: 'Floor',
  description: 'A bare Next.js App Router page: the least JavaScript any page of the site can ship.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
