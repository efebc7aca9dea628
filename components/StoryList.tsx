import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Article } from '@/lib/content/types';
import { StoryTeaser } from './StoryTeaser';

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
      {articles.map((article) => (
        <li key={article.slug} className="py-5">
          <StoryTeaser locale={locale} article={article} sectionName={sectionNames?.get(article.section)} showDek level={2} />
        </li>
      ))}
    </ol>
  );
}
