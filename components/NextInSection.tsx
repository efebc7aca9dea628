import { getTranslations } from 'next-intl/server';
import { paths } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import type { Article, Section } from '@/lib/content/types';
import { Headline } from './Headline';

interface NextInSectionProps {
  locale: Locale;
  section: Section;
  article: Article;
}

/** One more story from the same section, to keep reading. */
export async function NextInSection({ locale, section, article }: NextInSectionProps) {
  const t = await getTranslations({ locale, namespace: 'Article' });
  return (
    <aside aria-labelledby="next-heading" className="border-l-4 border-kicker bg-paper-alt p-4 print:hidden">
      <h2 id="next-heading" className="text-sm font-semibold text-kicker uppercase">
        {t('nextIn', { section: section.name[locale] })}
      </h2>
      <div className="mt-1">
        <Headline size="list" level={3} title={article.title} href={paths.article(locale, article.slug)} />
      </div>
    </aside>
  );
}
