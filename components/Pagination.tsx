import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

interface PaginationProps {
  locale: Locale;
  page: number;
  totalPages: number;
  /** The URL of a page of this listing. */
  href: (page: number) => string;
}

/** Plain links between the pages of a listing: they work without JavaScript. */
export async function Pagination({ locale, page, totalPages, href }: PaginationProps) {
  if (totalPages <= 1) return null;
  const t = await getTranslations({ locale, namespace: 'Pagination' });
  const pages = Array.from({ length: totalPages }, (_, i) => i + 1);
  return (
    <nav aria-label={t('label')} className="mt-8 border-t border-rule pt-4 print:hidden">
      <p className="sr-only">{t('pageOf', { page, total: totalPages })}</p>
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} rel="prev" className="share-button">
              ← {t('previous')}
            </Link>
          </li>
        )}
        {pages.map((n) => (
          <li key={n}>
            <Link
              href={href(n)}
              aria-current={n === page ? 'page' : undefined}
              aria-label={t('page', { page: n })}
              className={`share-button ${n === page ? 'bg-ink text-paper' : ''}`}
            >
              {n}
            </Link>
          </li>
        ))}
        {page < totalPages && (
          <li>
            <Link href={href(page + 1)} rel="next" className="share-button">
              {t('next')} →
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
