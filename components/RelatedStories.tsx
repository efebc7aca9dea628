import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Article } from '@/lib/content/types';
import { StoryTeaser } from './StoryTeaser';

interface RelatedStoriesProps {
  locale: Locale;
  articles: Article[];
}

/** Stories on the same topics, at the end of an article. */
export async function RelatedStories({ locale, articles }: RelatedStoriesProps) {
  if (articles.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Article' });
  return (
    <section aria-labelledby="related-heading" className="space-y-3 border-t-2 border-ink pt-4 print:hidden">
      <h2 id="related-heading" className="text-xl font-bold">
        {t('related')}
      </h2>
      <ul className="grid gap-5 sm:grid-cols-2">
        {articles.map((article) => (
          <li key={article.slug}>
            <StoryTeaser locale={locale} article={article} />
          </li>
        ))}
      </ul>
    </section>
  );
}
