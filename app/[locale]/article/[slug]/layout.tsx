import { setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { TranslationUnavailable } from '@/components/TranslationUnavailable';
import { paths } from '@/i18n/paths';
import { isLocale, routing } from '@/i18n/routing';
import { getPublishedArticle, getPublishedVersions } from '@/lib/content/queries';

interface ArticleLayoutProps {
  children: ReactNode;
  params: Promise<{ locale: string; slug: string }>;
}

/**
 * When a story exists only in the other language, the page below answers 404 (there is no such
 * article) and this layout shows readers where the story is instead of a bare "not found".
 */
export default async function ArticleLayout({ children, params }: ArticleLayoutProps) {
  const { locale, slug } = await params;
  if (!isLocale(locale) || getPublishedArticle(locale, slug)) return children;
  setRequestLocale(locale);
  const versions = getPublishedVersions(slug);
  const available = routing.locales.flatMap((l) => {
    const version = versions[l];
    return version ? [{ locale: l, href: paths.article(l, slug), title: version.title }] : [];
  });
  if (available.length === 0) return children;
  return (
    <>
      <meta name="robots" content="noindex" />
      <TranslationUnavailable locale={locale} available={available} />
    </>
  );
}
