import { paths } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import type { Article } from '@/lib/content/types';
import { Headline } from './Headline';
import { Timestamp } from './Timestamp';
import { ResponsiveImage } from './ResponsiveImage';

interface StoryCardProps {
  locale: Locale;
  article: Article;
  sectionName?: string;
}

/** A secondary story on the front page: small photo, headline, time. */
export function StoryCard({ locale, article, sectionName }: StoryCardProps) {
  return (
    <article className="space-y-2">
      {article.hero && (
        <ResponsiveImage
          src={article.hero.src}
          alt=""
          width={article.hero.width}
          height={article.hero.height}
          sizes="(min-width: 1024px) 300px, (min-width: 640px) 45vw, 100vw"
          className="h-auto w-full bg-rule"
        />
      )}
      <Headline
        size="list"
        level={3}
        title={article.title}
        href={paths.article(locale, article.slug)}
        kicker={sectionName ? { label: sectionName, href: paths.section(locale, article.section) } : undefined}
      />
      <Timestamp locale={locale} publishedAt={article.publishedAt} />
    </article>
  );
}
