import { getTranslations } from 'next-intl/server';
import { paths } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import type { Article } from '@/lib/content/types';
import { Headline } from './Headline';
import { Timestamp } from './Timestamp';

interface StoryListProps {
  locale: Locale;
  articles: Article[];
  /** Section names by id, for the kicker above each headline; omit on a section's own page. */
  sectionNames?: Map<string, string>;
}

/** Stories newest first: headline, standfirst and time. */
export async function StoryList({ locale, articles, sectionNames }: StoryListProps) {
  if (articles.length === 0) {
    const t = await getTranslations({ locale, namespace: 'Home' });
    return <p className="py-8 text-muted">{t('empty')}</p>;
  }
  return (
    <ol className="divide-y divide-rule">
      {articles.map((article) => {
        const label = sectionNames?.get(article.section);
        return (
          <li key={article.slug} className="space-y-2 py-5">
            <Headline
              size="list"
              title={article.title}
              dek={article.dek}
              href={paths.article(locale, article.slug)}
              kicker={label ? { label, href: paths.section(locale, article.section) } : undefined}
            />
            <Timestamp locale={locale} publishedAt={article.publishedAt} />
          </li>
        );
      })}
    </ol>
  );
}
