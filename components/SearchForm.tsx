import { getTranslations } from 'next-intl/server';
import { paths } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { MAX_QUERY_LENGTH } from '@/lib/search/limits';

/** A plain GET form: search works without JavaScript and results have shareable URLs. */
export async function SearchForm({ locale, query }: { locale: Locale; query: string }) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  return (
    <form action={paths.search(locale)} method="get" role="search" className="flex flex-wrap gap-2">
      <label htmlFor="search-query" className="sr-only">
        {t('label')}
      </label>
      <input
        id="search-query"
        name="q"
        type="search"
        defaultValue={query}
        maxLength={MAX_QUERY_LENGTH * 2}
        className="min-h-11 min-w-0 flex-1 rounded border border-muted bg-paper px-3 text-base"
      />
      <button type="submit" className="share-button bg-ink text-paper">
        {t('button')}
      </button>
    </form>
  );
}
