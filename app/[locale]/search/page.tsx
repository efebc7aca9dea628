import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Headline } from '@/components/Headline';
import { Highlight } from '@/components/Highlight';
import { SearchForm } from '@/components/SearchForm';
import { Timestamp } from '@/components/Timestamp';
import { paths } from '@/i18n/paths';
import { isLocale } from '@/i18n/routing';
import { getSection } from '@/lib/content/queries';
import { searchArticles } from '@/lib/search/index';
import { MAX_QUERY_LENGTH } from '@/lib/search/limits';
import { excerpt } from '@/lib/search/text';

interface SearchPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string | string[] }>;
}

function readQuery(q: string | string[] | undefined): string {
  return (Array.isArray(q) ? (q[0] ?? '') : (q ?? '')).trim();
}

export async function generateMetadata({ params, searchParams }: SearchPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Search' });
  const query = readQuery((await searchParams).q);
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
  const query = readQuery((await searchParams).q);
  const tooLong = query.length > MAX_QUERY_LENGTH;
  const results = query && !tooLong ? searchArticles(locale, query) : [];

  return (
    <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <h1 className="font-headline text-2xl font-bold sm:text-3xl">{t('title')}</h1>
      <SearchForm locale={locale} query={tooLong ? '' : query} />
      {!query && <p className="text-muted">{t('emptyQuery')}</p>}
      {tooLong && <p>{t('tooLong')}</p>}
      {query && !tooLong && (
        <section aria-labelledby="results-heading" className="space-y-4">
          <h2 id="results-heading" className="text-lg font-semibold">
            {t('results', { count: results.length, query })}
          </h2>
          {results.length === 0 && <p className="text-muted">{t('noResultsHint')}</p>}
          <ol className="divide-y divide-rule">
            {results.map((article) => {
              const section = getSection(article.section);
              const snippet = article.dek ?? excerpt(article.plainText, query) ?? article.plainText.slice(0, 160);
              return (
                <li key={article.slug} className="space-y-2 py-5">
                  <Headline
                    size="list"
                    level={3}
                    title={<Highlight text={article.title} query={query} />}
                    href={paths.article(locale, article.slug)}
                    kicker={section ? { label: section.name[locale], href: paths.section(locale, section.id) } : undefined}
                  />
                  <p className="text-muted">
                    <Highlight text={snippet} query={query} />
                  </p>
                  {article.dek && excerpt(article.plainText, query) && (
                    <p className="text-sm text-muted">
                      <Highlight text={excerpt(article.plainText, query)!} query={query} />
                    </p>
                  )}
                  <Timestamp locale={locale} publishedAt={article.publishedAt} />
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </main>
  );
}
