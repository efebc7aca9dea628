'use client';

import { usePathname } from 'next/navigation';
import { DevErrorDetails } from '@/components/DevErrorDetails';
import { ERROR_PAGE_TEXT } from '@/i18n/errorPageText';
import { DEFAULT_LOCALE, LOCALES, localeOfPath } from '@/i18n/languages';

/**
 * The last resort, when even the site layout fails (for instance when the content cannot be
 * read): both languages, the URL's first, and no details.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const first = localeOfPath(usePathname() ?? '') ?? DEFAULT_LOCALE;
  const others = LOCALES.filter((locale) => locale !== first);
  return (
    <html lang={first}>
      <head>
        <title>{ERROR_PAGE_TEXT[first].title}</title>
        <meta name="robots" content="noindex" />
        {/* Hangul from the site's slices where the device has no Korean font (scripts/make-fonts.mjs); literals, as this page's
            code ships with every page's JavaScript. */}
        {/* eslint-disable-next-line @next/next/no-css-tags -- a public file, kept out of every page's bundled CSS */}
        <link rel="stylesheet" href="/fonts/pretendard/hangul.css" />
      </head>
      <body style={{ fontFamily: "system-ui, 'Apple SD Gothic Neo', 'Noto Sans KR', 'Noto Sans CJK KR', 'Malgun Gothic', sans-serif, 'Pretendard Hangul'", maxWidth: '40rem', margin: '4rem auto', padding: '0 1rem' }}>
        <main>
          <h1>{ERROR_PAGE_TEXT[first].title}</h1>
          <p>{ERROR_PAGE_TEXT[first].body}</p>
          {others.map((locale) => (
            <section key={locale} lang={locale}>
              <h2>{ERROR_PAGE_TEXT[locale].title}</h2>
              <p>{ERROR_PAGE_TEXT[locale].body}</p>
            </section>
          ))}
          <DevErrorDetails error={error} />
          <button type="button" onClick={reset} style={{ minHeight: '2.75rem', padding: '0 1rem' }}>
            {ERROR_PAGE_TEXT[first].retry}
            {others.map((locale) => (
              <span key={locale} lang={locale}>
                {' / '}
                {ERROR_PAGE_TEXT[locale].retry}
              </span>
            ))}
          </button>
        </main>
      </body>
    </html>
  );
}
