import type { ReactNode } from 'react';
import { localeConfig } from '@/i18n/locales';
import type { Locale } from '@/i18n/routing';

interface ParallelRowProps {
  /** Each side: its language and what it shows (the page's language first). */
  sides: [{ locale: Locale; content: ReactNode }, { locale: Locale; content: ReactNode }];
  /** Names the translation for its button ("translation on tap" mode): unique on the page. */
  id: string;
  /** The button's label, in the page's language. */
  translationLabel: string;
  className?: string;
}

/**
 * One pair of the parallel view: side by side on a desktop (both start level, as one grid row),
 * one after the other on a phone, each side in its own language for screen readers (WCAG 3.1.2).
 */
export function ParallelRow({ sides: [first, second], id, translationLabel, className = '' }: ParallelRowProps) {
  const translation = `${id}-translation`;
  return (
    <div className={`parallel-row grid gap-x-10 gap-y-2 md:grid-cols-2 print:grid-cols-2 ${className}`}>
      <div lang={localeConfig[first.locale].htmlLang} data-side={first.locale} className="min-w-0">
        {first.content}
      </div>
      <div data-side={second.locale} className="min-w-0">
        {/* Shown only in "translation on tap" mode (globals.css); a server button, one listener (RevealTranslations). */}
        <button type="button" data-reveal aria-expanded="false" aria-controls={translation} className="reveal-button share-button">
          {translationLabel}
        </button>
        <div id={translation} lang={localeConfig[second.locale].htmlLang} data-translation>
          {second.content}
        </div>
      </div>
    </div>
  );
}
