import './globals.css';
import './fonts.css';
import type { Metadata } from 'next';
import { APPLY_PREFERENCES_SCRIPT } from '@/lib/readingPreferences';
import { WEB_FONTS_SCRIPT } from '@/lib/webFonts';
import { SITE_ICONS } from '@/lib/siteIcons';
import en from '@/messages/en.json';
import ko from '@/messages/ko.json';

// Next.js marks 404 responses noindex itself.
export const metadata: Metadata = {
  title: `${en.NotFound.title} · ${ko.NotFound.title} | ${en.Site.name}`,
  icons: SITE_ICONS,
};

/**
 * Puts the reader's language first on /ko/... URLs. A constant, not content: nothing a request
 * carries is written into the page. Without JavaScript both languages still show.
 */
const LOCALIZE = `(function(){if(/^\\/ko(\\/|$)/.test(location.pathname)){var d=document.documentElement;d.lang='ko';d.dataset.locale='ko';}})();`;

const versions = [
  { lang: 'en', messages: en, home: '/en', search: '/en/search' },
  { lang: 'ko', messages: ko, home: '/ko', search: '/ko/search' },
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
        {/* The reader's theme and text size hold here too (a constant, see app/[locale]/layout.tsx). */}
        <script dangerouslySetInnerHTML={{ __html: APPLY_PREFERENCES_SCRIPT + WEB_FONTS_SCRIPT }} />
        <header className="border-b-4 border-double border-ink">
          <p className="mx-auto max-w-6xl px-4 py-4 text-center">
            <a href="/en" className="font-masthead text-3xl font-bold tracking-tight sm:text-5xl">
              {en.Site.name}
            </a>
          </p>
        </header>
        <main id="main" className="mx-auto flex w-full max-w-2xl flex-col gap-12 px-4 py-12">
          {/* One page title for both languages; each language's part below has its own heading. */}
          <h1 className="sr-only">
            <span lang="en">{en.NotFound.title}</span> · <span lang="ko">{ko.NotFound.title}</span>
          </h1>
          {versions.map(({ lang, messages, home, search }) => (
            <section key={lang} lang={lang} aria-labelledby={`not-found-${lang}`} className={`not-found-${lang} space-y-3`}>
              <h2 id={`not-found-${lang}`} className="text-3xl font-bold">
                {messages.NotFound.title}
              </h2>
              <p>{messages.NotFound.body}</p>
              <ul className="flex flex-wrap gap-x-6">
                <li>
                  <a href={home} className="footer-link text-link underline">
                    {messages.NotFound.goHome}
                  </a>
                </li>
                <li>
                  <a href={search} className="footer-link text-link underline">
                    {messages.Search.label}
                  </a>
                </li>
              </ul>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
