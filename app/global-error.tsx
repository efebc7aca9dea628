'use client';

import { usePathname } from 'next/navigation';
import { DevErrorDetails } from '@/components/DevErrorDetails';
import { ERROR_PAGE_TEXT } from '@/i18n/errorPageText';
import { HANGUL_FALLBACK_SCRIPT, STANDALONE_FONT_CSS } from '@/lib/webFonts';

/**
 * The last resort, when even the site layout fails (for instance when the content cannot be
 * read): both languages, the URL's first, and no details.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const pathname = usePathname() ?? '';
  const order = /^\/ko(\/|$)/.test(pathname) ? (['ko', 'en'] as const) : (['en', 'ko'] as const);
  const [first, second] = order;
  return (
    <html lang={first}>
      <head>
        <title>{ERROR_PAGE_TEXT[first].title}</title>
        <meta name="robots" content="noindex" />
        <style dangerouslySetInnerHTML={{ __html: STANDALONE_FONT_CSS }} />
      </head>
      <body style={{ fontFamily: 'var(--font-standalone)', maxWidth: '40rem', margin: '4rem auto', padding: '0 1rem' }}>
        {/* A constant: Korean faces on a device with no Korean font (lib/webFonts.ts). */}
        <script dangerouslySetInnerHTML={{ __html: HANGUL_FALLBACK_SCRIPT }} />
        <main>
          <h1>{ERROR_PAGE_TEXT[first].title}</h1>
          <p>{ERROR_PAGE_TEXT[first].body}</p>
          <section lang={second}>
            <h2>{ERROR_PAGE_TEXT[second].title}</h2>
            <p>{ERROR_PAGE_TEXT[second].body}</p>
          </section>
          <DevErrorDetails error={error} />
          <button type="button" onClick={reset} style={{ minHeight: '2.75rem', padding: '0 1rem' }}>
            {ERROR_PAGE_TEXT[first].retry} / <span lang={second}>{ERROR_PAGE_TEXT[second].retry}</span>
          </button>
        </main>
      </body>
    </html>
  );
}
