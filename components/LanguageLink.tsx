'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { LOCALE_COOKIE } from '@/i18n/cookie';

interface LanguageLinkProps {
  href: string;
  hrefLang: string;
  /** The language being chosen, remembered for the next visit to `/`. */
  locale: string;
  className?: string;
  children: ReactNode;
}

const ONE_YEAR = 60 * 60 * 24 * 365;

/** A link to the other language that remembers the choice for the next visit to `/`. */
export function LanguageLink({ href, hrefLang, locale, className, children }: LanguageLinkProps) {
  function remember() {
    document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${ONE_YEAR}; samesite=lax`;
  }
  return (
    <Link href={href} hrefLang={hrefLang} className={className} onClick={remember}>
      {children}
    </Link>
  );
}
