import { getTranslations } from 'next-intl/server';
import { paths } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { formatNewsDateTime, toKstIsoString } from '@/lib/format/dates';
import type { Article } from '@/lib/content/types';
import { Headline } from './Headline';

interface LatestListProps {
  locale: Locale;
  articles: Article[];
}

/** The newest stories with their times, as a rail beside the lead. */
export async function LatestList({ locale, articles }: LatestListProps) {
  const t = await getTranslations({ locale, namespace: 'Home' });
  return (
    <section aria-labelledby="latest-heading" className="space-y-2">
      <h2 id="latest-heading" className="border-b-2 border-ink pb-1 text-lg font-bold">
        {t('latest')}
      </h2>
      <ol className="divide-y divide-rule">
        {articles.map((article) => (
          <li key={article.slug} className="py-2">
            <time dateTime={toKstIsoString(article.publishedAt)} className="block text-xs text-muted">
              {formatNewsDateTime(locale, article.publishedAt)}
            </time>
            <Headline size="compact" level={3} title={article.title} href={paths.article(locale, article.slug)} />
          </li>
        ))}
      </ol>
    </section>
  );
}
