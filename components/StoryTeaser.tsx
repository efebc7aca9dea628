import { paths } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import type { Article } from '@/lib/content/types';
import { Headline } from './Headline';
import { Timestamp } from './Timestamp';

interface StoryTeaserProps {
  locale: Locale;
  article: Article;
  /** The section label above the headline; left out where the section is obvious. */
  sectionName?: string;
  showDek?: boolean;
  level?: 2 | 3;
}

/** A story in a list: headline (and standfirst), linking to it, and when it was published. */
export function StoryTeaser({ locale, article, sectionName, showDek = false, level = 3 }: StoryTeaserProps) {
  return (
    <div className="space-y-1">
      <Headline
        size="list"
        level={level}
        title={article.title}
        dek={showDek ? article.dek : undefined}
        href={paths.article(locale, article.slug)}
        kicker={sectionName ? { label: sectionName, href: paths.section(locale, article.section) } : undefined}
      />
      <Timestamp locale={locale} publishedAt={article.publishedAt} />
    </div>
  );
}
