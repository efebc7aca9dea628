'use client';

import { useParams } from 'next/navigation';
import { DevErrorDetails } from '@/components/DevErrorDetails';
import { errorPageText } from '@/i18n/errorPageText';
import { homePath } from '@/i18n/languages';

/**
 * When rendering fails: a localized apology and a way on, with status 500 and never a stack
 * trace or file path (Next.js sends those to the server log only).
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale } = useParams<{ locale: string }>();
  const text = errorPageText(locale);
  return (
    <main id="main" className="mx-auto max-w-2xl space-y-4 px-4 py-16">
      {/* React puts this in the head: an error page is never indexed. */}
      <meta name="robots" content="noindex" />
      <h1 className="text-3xl font-bold">{text.title}</h1>
      <p>{text.body}</p>
      <DevErrorDetails error={error} />
      <p className="flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="share-button">
          {text.retry}
        </button>
        <a href={homePath(text.locale)} className="share-button">
          {text.goHome}
        </a>
      </p>
    </main>
  );
}
