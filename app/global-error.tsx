'use client';

import { DevErrorDetails } from '@/components/DevErrorDetails';
import { ERROR_PAGE_TEXT } from '@/i18n/errorPageText';

/** The last resort, when even the site layout fails: both languages, no details. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <head>
        <meta name="robots" content="noindex" />
      </head>
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '40rem', margin: '4rem auto', padding: '0 1rem' }}>
        <main>
          {(['en', 'ko'] as const).map((locale) => (
            <section key={locale} lang={locale}>
              <h1>{ERROR_PAGE_TEXT[locale].title}</h1>
              <p>{ERROR_PAGE_TEXT[locale].body}</p>
            </section>
          ))}
          <DevErrorDetails error={error} />
          <button type="button" onClick={reset} style={{ minHeight: '2.75rem', padding: '0 1rem' }}>
            {ERROR_PAGE_TEXT.en.retry} / <span lang="ko">{ERROR_PAGE_TEXT.ko.retry}</span>
          </button>
        </main>
      </body>
    </html>
  );
}
