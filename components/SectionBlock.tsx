import { getTranslations } from 'next-intl/server';
import { paths } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import type { Article, Section } from '@/lib/content/types';
import { StoryTeaser } from './StoryTeaser';

interface SectionBlockProps {
  locale: Locale;
  section: Section;
  articles: Article[];
}

/** A section's newest stories on the front page, with a way into the section. */
export async function SectionBlock({ locale, section, articles }: SectionBlockProps) {
  const t = await getTranslations({ locale, namespace: 'Home' });
  const name = section.name[locale];
  const headingId = `section-${section.id}`;
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="border-b-2 border-ink pb-1 text-xl font-bold">
        <a href={paths.section(locale, section.id)} className="hover:underline">
          {name}
        </a>
      </h2>
      <ul className="space-y-4">
        {articles.map((article) => (
          <li key={article.slug}>
            <StoryTeaser locale={locale} article={article} />
          </li>
        ))}
      </ul>
      <p>
        <a href={paths.section(locale, section.id)} className="text-sm font-semibold text-link underline">
          {t('moreIn', { section: name })}
        </a>
      </p>
    </section>
  );
}
