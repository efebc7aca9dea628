import { getTranslations } from 'next-intl/server';
import { isLocale } from '@/i18n/routing';
import { getPublishedArticle, getSection, prerenderedArticleParams } from '@/lib/content/queries';
import { cardResponse } from '@/lib/distribution/cards';
import { plainResponse } from '@/lib/responses';

/**
 * The share image of a public story without a photo (a story with one shares its photo): drawn
 * at build for the prerendered stories, on first request for the archive (then cached).
 */
export function generateStaticParams() {
  return prerenderedArticleParams()
    .map(({ locale, slug }) => ({ locale, slug, article: getPublishedArticle(locale, slug) }))
    .filter(({ article }) => article && !article.hero)
    .map(({ locale, slug }) => ({ locale, slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const article = isLocale(locale) ? getPublishedArticle(locale, slug) : undefined;
  if (!isLocale(locale) || !article || article.hero) return plainResponse(404, 'Not found.');
  const t = await getTranslations({ locale, namespace: 'Site' });
  return cardResponse(locale, { site: t('name'), kicker: getSection(article.section)?.name[locale], title: article.title });
}
