import { getTranslations } from 'next-intl/server';
import { paths } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { tagSlug } from '@/lib/content/tags';

interface TagListProps {
  locale: Locale;
  tags: string[];
}

/** The story's topics, each leading to its other stories. */
export async function TagList({ locale, tags }: TagListProps) {
  if (tags.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Article' });
  return (
    // "related" in its class: Reader View leaves the links out (it would keep their heading alone).
    <section aria-labelledby="story-tags" className="related-tags flex flex-wrap items-baseline gap-2 print:hidden">
      <h2 id="story-tags" className="text-sm font-semibold">
        {t('tags')}
      </h2>
      <ul className="flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag}>
            <a href={paths.tag(locale, tagSlug(tag))} className="share-button font-normal">
              {tag}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
