import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import type { Page } from '@/lib/pagination';
import type { Article } from '@/lib/content/types';
import { Pagination } from './Pagination';
import { StoryList } from './StoryList';

interface ListingPageProps {
  locale: Locale;
  title: string;
  /** Under the title: a bio, a description. */
  intro?: ReactNode;
  stories: Page<Article>;
  total: number;
  href: (page: number) => string;
  sectionNames?: Map<string, string>;
}

/** A section, tag or author page: title, stories newest first, and pages. */
export async function ListingPage({ locale, title, intro, stories, total, href, sectionNames }: ListingPageProps) {
  const t = await getTranslations({ locale, namespace: 'Listing' });
  const tp = await getTranslations({ locale, namespace: 'Pagination' });
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <header className="space-y-2 border-b-2 border-ink pb-3">
        <h1 className="font-headline text-2xl font-bold sm:text-3xl">{title}</h1>
        {intro}
        <p className="text-sm text-muted">
          {t('storyCount', { count: total })}
          {stories.totalPages > 1 && ` · ${tp('pageOf', { page: stories.page, total: stories.totalPages })}`}
        </p>
      </header>
      <StoryList locale={locale} articles={stories.items} sectionNames={sectionNames} />
      <Pagination locale={locale} page={stories.page} totalPages={stories.totalPages} href={href} />
    </main>
  );
}
