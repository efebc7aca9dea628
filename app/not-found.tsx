import './globals.css';
import 'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css';
import type { Metadata } from 'next';
import Link from 'next/link';
import en from '@/messages/en.json';
import ko from '@/messages/ko.json';

export const metadata: Metadata = {
  title: `${en.NotFound.title} | ${en.Site.name}`,
  robots: { index: false },
};

/** A URL outside /en and /ko: we cannot know the reader's language, so say it in both. */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main id="main" className="mx-auto max-w-2xl space-y-10 px-4 py-16">
          <section className="space-y-3">
            <h1 className="text-3xl font-bold">{en.NotFound.title}</h1>
            <p>{en.NotFound.body}</p>
            <p>
              <Link href="/en" className="text-link underline">
                {en.NotFound.goHome}
              </Link>
            </p>
          </section>
          <section lang="ko" className="space-y-3">
            <h2 className="text-3xl font-bold">{ko.NotFound.title}</h2>
            <p>{ko.NotFound.body}</p>
            <p>
              <Link href="/ko" className="text-link underline">
                {ko.NotFound.goHome}
              </Link>
            </p>
          </section>
        </main>
      </body>
    </html>
  );
}
