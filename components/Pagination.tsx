import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { pageWindow } from '@/lib/pagination';

interface PaginationProps {
  locale: Locale;
  page: number;
  totalPages: number;
  /** The URL of a page of this listing. */
  href: (page: number) => string;
}

/**
 * Plain links between the pages of a listing: they work without JavaScript. Page numbers carry
 * their word ("Page 2", "2쪽") as hidden text, so the spoken name contains the visible number.
 */
export async function Pagination({ locale, page, totalPages, href }: PaginationProps) {
  if (totalPages <= 1) return null;
  const t = await getTranslations({ locale, namespace: 'Pagination' });
  return (
    <nav aria-label={t('label')} className="mt-8 border-t border-rule pt-4 print:hidden">
      <p className="sr-only">{t('pageOf', { page, total: totalPages })}</p>
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <a href={href(page - 1)} rel="prev" className="share-button">
              <span aria-hidden="true">←</span> {t('previous')}
            </a>
          </li>
        )}
        {pageWindow(page, totalPages).map((n, i) =>
          n === 'gap' ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={n}>
              <a href={href(n)} aria-current={n === page ? 'page' : undefined} className={`share-button ${n === page ? 'bg-ink text-paper' : ''}`}>
                {t.rich('page', { page: n, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
              </a>
            </li>
          ),
        )}
        {page < totalPages && (
          <li>
            <a href={href(page + 1)} rel="next" className="share-button">
              {t('next')} <span aria-hidden="true">→</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
