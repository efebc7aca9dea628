import './globals.css';
import './fonts.css';
import type { Metadata } from 'next';
import { APPLY_PREFERENCES_SCRIPT } from '@/lib/readingPreferences';
import { WEB_FONTS_SCRIPT } from '@/lib/webFonts';
import { SITE_ICONS } from '@/lib/siteIcons';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/i18n/languages';
import { paths } from '@/i18n/paths';
import { LOCALE_PATH_PATTERN } from '@/i18n/requestPaths';
import en from '@/messages/en.json';
import ko from '@/messages/ko.json';

const MESSAGES: Record<Locale, typeof en> = { en, ko };

// Next.js marks 404 responses noindex itself.
export const metadata: Metadata = {
  title: `${LOCALES.map((locale) => MESSAGES[locale].NotFound.title).join(' · ')} | ${MESSAGES[DEFAULT_LOCALE].Site.name}`,
  icons: SITE_ICONS,
};

/**
 * Puts the reader's language first on /ko/... URLs. A constant, not content: nothing a request
 * carries is written into the page. Without JavaScript both languages still show.
 */
const LOCALIZE = `(function(){var m=location.pathname.match(new RegExp(${JSON.stringify(LOCALE_PATH_PATTERN)}));if(m&&m[1]!==${JSON.stringify(DEFAULT_LOCALE)}){var d=document.documentElement;d.lang=m[1];d.dataset.locale=m[1];}})();`;
/** The URL's language's part first (LOCALIZE marks <html> with it). */
const FIRST_BY_URL = LOCALES.map((locale) => `html[data-locale='${locale}'] .not-found-${locale}{order:-1}`).join('');

const versions = LOCALES.map((lang) => ({ lang, messages: MESSAGES[lang], home: paths.home(lang), search: paths.search(lang) }));

/**
 * Every 404: an unknown story, section or language. Served as static HTML with status 404 (it
 * never renders request input), in both languages because the URL may name neither.
 */
export default function GlobalNotFound() {
  return (
    <html lang={DEFAULT_LOCALE} suppressHydrationWarning>
      <body className="flex min-h-dvh flex-col">
        <script dangerouslySetInnerHTML={{ __html: LOCALIZE }} />
        <style dangerouslySetInnerHTML={{ __html: FIRST_BY_URL }} />
        {/* The reader's theme and text size hold here too (a constant, see app/[locale]/layout.tsx). */}
        <script dangerouslySetInnerHTML={{ __html: APPLY_PREFERENCES_SCRIPT + WEB_FONTS_SCRIPT }} />
        <header className="border-b-4 border-double border-ink">
          <p className="mx-auto max-w-6xl px-4 py-4 text-center">
            <a href={paths.home(DEFAULT_LOCALE)} className="font-masthead text-3xl font-bold tracking-tight sm:text-5xl">
              {MESSAGES[DEFAULT_LOCALE].Site.name}
            </a>
          </p>
        </header>
        <main id="main" className="mx-auto flex w-full max-w-2xl flex-col gap-12 px-4 py-12">
          {/* One page title for both languages; each language's part below has its own heading. */}
          <h1 className="sr-only">
            {versions.map(({ lang, messages }, i) => (
              <span key={lang} lang={lang}>
                {i > 0 && ' · '}
                {messages.NotFound.title}
              </span>
            ))}
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
