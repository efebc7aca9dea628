import './globals.css';
import 'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css';
import type { Metadata } from 'next';
import Link from 'next/link';
import en from '@/messages/en.json';
import ko from '@/messages/ko.json';

// Next.js marks 404 responses noindex itself.
export const metadata: Metadata = {
  title: `${en.NotFound.title} · ${ko.NotFound.title} | ${en.Site.name}`,
};

/**
 * Puts the reader's language first on /ko/... URLs. A constant, not content: nothing a request
 * carries is written into the page. Without JavaScript both languages still show.
 */
const LOCALIZE = `(function(){if(/^\\/ko(\\/|$)/.test(location.pathname)){var d=document.documentElement;d.lang='ko';d.dataset.locale='ko';}})();`;

const versions = [
  { lang: 'en', messages: en, home: '/en' },
  { lang: 'ko', messages: ko, home: '/ko' },
] as const;

/**
 * Every 404: an unknown story, section or language. Served as static HTML with status 404 (it
 * never renders request input), in both languages because the URL may name neither.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en" suppressHydrationWarning>
      <body className="flex min-h-dvh flex-col">
        <script dangerouslySetInnerHTML={{ __html: LOCALIZE }} />
        <header className="border-b-4 border-double border-ink">
          <p className="mx-auto max-w-6xl px-4 py-4 text-center">
            <Link href="/en" className="font-masthead text-3xl font-bold tracking-tight sm:text-5xl">
              {en.Site.name}
            </Link>
          </p>
        </header>
        <main id="main" className="mx-auto flex w-full max-w-2xl flex-col gap-12 px-4 py-12">
          {versions.map(({ lang, messages, home }) => (
            <section key={lang} lang={lang} className={`not-found-${lang} space-y-3`}>
              <h1 className="text-3xl font-bold">{messages.NotFound.title}</h1>
              <p>{messages.NotFound.body}</p>
              <p>
                <Link href={home} className="text-link underline">
                  {messages.NotFound.goHome}
                </Link>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
