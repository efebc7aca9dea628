import { paths } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import type { Article } from '@/lib/content/types';
import { Headline } from './Headline';
import { Timestamp } from './Timestamp';
import { ResponsiveImage } from './ResponsiveImage';

interface LeadStoryProps {
  locale: Locale;
  article: Article;
  sectionName?: string;
}

/** The front page's top story: the largest headline, with its photo. */
export function LeadStory({ locale, article, sectionName }: LeadStoryProps) {
  const href = paths.article(locale, article.slug);
  return (
    <article className="space-y-3">
      {article.hero && (
        // The headline below is the link's name; the photo repeats it for pointer users.
        <a href={href} tabIndex={-1} aria-hidden="true">
          <ResponsiveImage
            src={article.hero.src}
            alt=""
            width={article.hero.width}
            height={article.hero.height}
            sizes="(min-width: 1024px) 640px, 100vw"
            className="h-auto w-full bg-rule"
            priority
          />
        </a>
      )}
      <Headline
        size="lead"
        level={2}
        title={article.title}
        dek={article.dek}
        href={href}
        kicker={sectionName ? { label: sectionName, href: paths.section(locale, article.section) } : undefined}
      />
      <Timestamp locale={locale} publishedAt={article.publishedAt} />
    </article>
  );
}
