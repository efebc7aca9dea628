import type { ReactNode } from 'react';
import { localeConfig } from '@/i18n/locales';
import type { Locale } from '@/i18n/routing';

interface ParallelRowProps {
  /** Each side: its language and what it shows (the page's language first). */
  sides: [{ locale: Locale; content: ReactNode }, { locale: Locale; content: ReactNode }];
  className?: string;
}

/**
 * One pair of the parallel view: side by side on a desktop (both start level, as one grid row),
 * one after the other on a phone, each side in its own language for screen readers (WCAG 3.1.2).
 */
export function ParallelRow({ sides, className = '' }: ParallelRowProps) {
  return (
    <div className={`parallel-row grid gap-x-10 gap-y-2 md:grid-cols-2 print:grid-cols-2 ${className}`}>
      {sides.map(({ locale, content }) => (
        <div key={locale} lang={localeConfig[locale].htmlLang} data-side={locale} className="min-w-0">
          {content}
        </div>
      ))}
    </div>
  );
}
