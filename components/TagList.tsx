import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

interface TagListProps {
  locale: Locale;
  tags: string[];
}

/** The story's topics. */
export async function TagList({ locale, tags }: TagListProps) {
  if (tags.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Article' });
  return (
    <section aria-labelledby="story-tags" className="flex flex-wrap items-baseline gap-2">
      <h2 id="story-tags" className="text-sm font-semibold">
        {t('tags')}
      </h2>
      <ul className="flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag} className="rounded-full border border-rule px-3 py-1 text-sm">
            {tag}
          </li>
        ))}
      </ul>
    </section>
  );
}
