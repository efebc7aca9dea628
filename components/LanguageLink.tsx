'use client';

import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { LOCALE_COOKIE } from '@/i18n/cookie';
import { counterpartPath } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';

interface LanguageLinkProps {
  /** Where the other version lives; without one, this page's counterpart (`counterpartPath`). */
  href?: string;
  hrefLang: string;
  /** The language being chosen, remembered for the next visit to `/`. */
  locale: Locale;
  className?: string;
  children: ReactNode;
}

const ONE_YEAR = 60 * 60 * 24 * 365;

/** A link to the other language that remembers the choice for the next visit to `/`. */
export function LanguageLink({ href, hrefLang, locale, className, children }: LanguageLinkProps) {
  // Known while prerendering too, so the link is right in the static HTML.
  const pathname = usePathname();
  function remember() {
    document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${ONE_YEAR}; samesite=lax`;
  }
  return (
    // Few readers switch language: prefetching the other version would cost every reader a request.
    <a href={href ?? counterpartPath(pathname, locale)} hrefLang={hrefLang} className={className} onClick={remember}>
      {children}
    </a>
  );
}
