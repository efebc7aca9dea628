import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Headline } from '@/components/Headline';
import { Highlight } from '@/components/Highlight';
import { Pagination } from '@/components/Pagination';
import { SearchForm } from '@/components/SearchForm';
import { Timestamp } from '@/components/Timestamp';
import { paths } from '@/i18n/paths';
import { isLocale } from '@/i18n/routing';
import { getSection } from '@/lib/content/queries';
import { searchArticles } from '@/lib/search/index';
import { MAX_QUERY_LENGTH } from '@/lib/search/limits';
import { excerpt } from '@/lib/search/text';

// Only /en/search and /ko/search exist.
export const dynamicParams = false;

interface SearchPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string | string[]; page?: string | string[] }>;
}

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).trim();
}

/** `?page=N` as a number; anything odd reads as page 1, as a reader following a bad link expects. */
function readPage(value: string | string[] | undefined): number {
  const text = first(value);
  return /^[1-9]\d{0,3}$/.test(text) ? Number(text) : 1;
}

export async function generateMetadata({ params, searchParams }: SearchPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Search' });
  const query = first((await searchParams).q);
  const shown = query.length > MAX_QUERY_LENGTH ? `${query.slice(0, 40)}…` : query;
  return {
    title: shown ? t('titleWithQuery', { query: shown }) : t('title'),
    // Result pages are endless and thin: keep them out of search engines.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ params, searchParams }: SearchPageProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Search' });
  const tp = await getTranslations({ locale, namespace: 'Pagination' });
  const { q, page: pageParam } = await searchParams;
  const query = first(q);
  const tooLong = query.length > MAX_QUERY_LENGTH;
  // Past the last page (the index changed since the link was made): the last page.
  const found = query && !tooLong ? searchArticles(locale, query, readPage(pageParam)) : undefined;
  const total = found?.total ?? 0;
  // What the results matched: the query, or the query without particles (see searchArticles).
  const matched = found?.query ?? query;
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <h1 className="font-headline text-2xl font-bold sm:text-3xl">{t('title')}</h1>
      <SearchForm locale={locale} query={tooLong ? '' : query} />
      {!query && <p className="text-muted">{t('emptyQuery')}</p>}
      {tooLong && <p>{t('tooLong')}</p>}
      {found && (
        <section aria-labelledby="results-heading" className="space-y-4">
          <h2 id="results-heading" className="text-lg font-semibold">
            {found.more ? t('resultsMore', { count: total, query: matched }) : t('results', { count: total, query: matched })}
          </h2>
          {found.more && <p className="text-muted">{t('moreHint', { count: total })}</p>}
          {matched !== query && <p className="text-muted">{t('relaxed', { query, relaxed: matched })}</p>}
          {total === 0 && <p className="text-muted">{t('noResultsHint')}</p>}
          {found.totalPages > 1 && <p className="text-sm text-muted">{tp('pageOf', { page: found.page, total: found.totalPages })}</p>}
          <ol className="divide-y divide-rule">
            {found.documents.map((article) => {
              const section = getSection(article.section);
              const bodyExcerpt = excerpt(article.plainText, matched);
              const snippet = article.dek ?? bodyExcerpt ?? article.plainText.slice(0, 160);
              return (
                <li key={article.slug} className="space-y-2 py-5">
                  <Headline
                    size="list"
                    level={3}
                    title={<Highlight text={article.title} query={matched} />}
                    href={paths.article(locale, article.slug)}
                    kicker={section ? { label: section.name[locale], href: paths.section(locale, section.id) } : undefined}
                  />
                  <p className="text-muted">
                    <Highlight text={snippet} query={matched} />
                  </p>
                  {article.dek && bodyExcerpt && (
                    <p className="text-sm text-muted">
                      <Highlight text={bodyExcerpt} query={matched} />
                    </p>
                  )}
                  <Timestamp locale={locale} publishedAt={article.publishedAt} />
                </li>
              );
            })}
          </ol>
          <Pagination locale={locale} page={found.page} totalPages={found.totalPages} href={(n) => paths.search(locale, query, n)} />
        </section>
      )}
    </main>
  );
}
