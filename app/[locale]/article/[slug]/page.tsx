import type { Metadata } from 'next';
import { draftMode } from 'next/headers';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AgencyCredit } from '@/components/AgencyCredit';
import { ArticleBody } from '@/components/ArticleBody';
import { BilingualLink } from '@/components/BilingualLink';
import { Byline, creditName } from '@/components/Byline';
import { Dateline } from '@/components/Dateline';
import { Headline } from '@/components/Headline';
import { JsonLd } from '@/components/JsonLd';
import { LanguageSwitcher } from '@/components/LanguageSwitcher';
import { NextInSection } from '@/components/NextInSection';
import { RelatedStories } from '@/components/RelatedStories';
import { PhotoCaption } from '@/components/PhotoCaption';
import { PreviewBanner } from '@/components/PreviewBanner';
import { ShareLinks } from '@/components/ShareLinks';
import { TagList } from '@/components/TagList';
import { TranslationCredit } from '@/components/TranslationCredit';
import { TranslationUnavailable } from '@/components/TranslationUnavailable';
import { TextSizeMenu } from '@/components/TextSizeMenu';
import { Timestamp } from '@/components/Timestamp';
import { metadataLanguages } from '@/i18n/alternates';
import { otherLocale } from '@/i18n/locales';
import { absoluteUrl, paths } from '@/i18n/paths';
import { isLocale, routing, type Locale } from '@/i18n/routing';
import {
  getArticleBody,
  getArticleForPreview,
  getAuthors,
  getPublishedArticle,
  getPublishedVersions,
  getSection,
  nextInSection,
  prerenderedArticleParams,
  publicationState,
  relatedArticles,
} from '@/lib/content/queries';
import { cardPaths } from '@/lib/distribution/cards';
import { feedAlternates } from '@/lib/distribution/feedSources';
import { cardImage, socialMetadata } from '@/lib/distribution/social';
import { breadcrumbJsonLd, newsArticleJsonLd } from '@/lib/distribution/structuredData';
import { readingMinutes } from '@/lib/format/readingTime';
import { describe } from '@/lib/content/summary';

interface ArticlePageProps {
  params: Promise<{ locale: string; slug: string }>;
}

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return prerenderedArticleParams()
    .filter((p) => p.locale === params.locale)
    .map(({ slug }) => ({ slug }));
}

/**
 * The newest stories are prerendered; the archive renders on a story's first request and is
 * cached from then on (no revalidate: content changes only with a build). Only slugs in the
 * build's route catalog get this far (proxy.ts): any other is the static 404 without rendering.
 */
export const dynamicParams = true;

/**
 * The story readers get, or in Draft Mode (an editor's preview) the version in any state. Outside
 * Draft Mode, and always while prerendering, drafts and scheduled stories do not exist.
 */
async function findArticle(locale: Locale, slug: string) {
  const preview = (await draftMode()).isEnabled;
  return { preview, article: preview ? getArticleForPreview(locale, slug) : getPublishedArticle(locale, slug) };
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const { preview, article } = await findArticle(locale, slug);
  if (!article) {
    const t = await getTranslations({ locale, namespace: 'Unavailable' });
    return { title: t('title'), robots: { index: false } };
  }
  if (preview) return { title: article.title, robots: { index: false, follow: false } };
  const versions = getPublishedVersions(slug);
  const present = routing.locales.filter((l) => versions[l]);
  // Only the versions readers can open: a story with no Korean version lists no Korean alternate.
  const languages = metadataLanguages(Object.fromEntries(present.map((l) => [l, paths.article(l, slug)])));
  const description = describe(article);
  const site = await getTranslations({ locale, namespace: 'Site' });
  return {
    title: article.title,
    description,
    alternates: { canonical: absoluteUrl(paths.article(locale, slug)), languages, types: await feedAlternates(locale, article.section) },
    ...socialMetadata({
      locale,
      siteName: site('name'),
      title: article.title,
      description,
      path: paths.article(locale, slug),
      // The story's photo, else a card drawn with its headline.
      image: article.hero
        ? { url: article.hero.src, width: article.hero.width, height: article.hero.height, alt: article.hero.alt }
        : cardImage(cardPaths.article(locale, slug), article.title),
      locales: present,
      article: {
        publishedAt: article.publishedAt,
        updatedAt: article.updatedAt,
        section: getSection(article.section)?.name[locale],
        tags: article.tags,
        authors: article.authors.map((id) => paths.author(locale, id)),
      },
    }),
  };
}

/**
 * The story exists, but not in this language (generateStaticParams lists every public story in
 * every locale):
 * tell the reader so and link the versions that exist. A page for readers, not crawlers.
 */
function StoryInOtherLanguages({ locale, slug }: { locale: Locale; slug: string }) {
  const versions = getPublishedVersions(slug);
  const available = routing.locales.flatMap((l) => {
    const version = versions[l];
    return version ? [{ locale: l, href: paths.article(l, slug), title: version.title }] : [];
  });
  if (available.length === 0) notFound();
  return <TranslationUnavailable locale={locale} available={available} />;
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const { preview, article } = await findArticle(locale, slug);
  if (!article) return <StoryInOtherLanguages locale={locale} slug={slug} />;

  const t = await getTranslations({ locale, namespace: 'Article' });
  const body = getArticleBody(article);
  const authors = getAuthors(article.authors);
  const section = getSection(article.section);
  const url = absoluteUrl(paths.article(locale, slug));
  const target: Locale = otherLocale(locale);
  const firstAuthor = authors[0];
  const next = nextInSection(article);
  // "Next in" already offers that story; related stories list others.
  const related = relatedArticles(article, 5).filter((a) => a.slug !== next?.slug).slice(0, 4);
  const datelineCredit = firstAuthor ? creditName(firstAuthor, locale, (name) => t('staffName', { name })) : '';
  const site = await getTranslations({ locale, namespace: 'Site' });
  const structuredData = [
    newsArticleJsonLd({
      article,
      siteName: site('name'),
      section,
      authors,
      translators: getAuthors(article.translatedBy ?? []),
      image: absoluteUrl(article.hero ? article.hero.src : cardPaths.article(locale, slug)),
      description: describe(article),
      versions: getPublishedVersions(slug),
    }),
    breadcrumbJsonLd([
      { name: site('name'), path: paths.home(locale) },
      ...(section ? [{ name: section.name[locale], path: paths.section(locale, section.id) }] : []),
      { name: article.title, path: paths.article(locale, slug) },
    ]),
  ];

  return (
    <>
      {preview && (
        <PreviewBanner locale={locale} state={publicationState(article)} publishedAt={article.publishedAt} returnPath={paths.article(locale, slug)} />
      )}
      <JsonLd data={structuredData} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-6 sm:py-10">
        <article className="space-y-6">
          {/* "header" in its class: Reader View leaves it out (it shows the headline and byline itself). */}
          <header className="story-header space-y-3">
            <Headline
              title={article.title}
              dek={article.dek}
              kicker={section ? { label: section.name[locale], href: paths.section(locale, section.id) } : undefined}
            />
            {/* Who and when, then one row of tools, so that on a phone the photo starts on the first screen. */}
            <div className="space-y-1 border-t border-rule pt-3">
              <Byline locale={locale} authors={authors} />
              <TranslationCredit
                locale={locale}
                article={article}
                translators={getAuthors(article.translatedBy ?? [])}
                original={article.translatedFrom && (preview ? getArticleForPreview(article.translatedFrom, slug) : getPublishedArticle(article.translatedFrom, slug))}
              />
              <div className="flex flex-wrap items-baseline gap-x-4">
                <Timestamp locale={locale} publishedAt={article.publishedAt} updatedAt={article.updatedAt} />
                <p className="text-sm text-muted">{t('readingTime', { minutes: readingMinutes(locale, body.plainText) })}</p>
              </div>
            </div>
            <div className="flex flex-wrap items-center gap-x-2 gap-y-3 border-b border-rule pb-3">
              <ShareLinks locale={locale} url={url} title={article.title} />
              <TextSizeMenu locale={locale} />
              {/* Without that version the link leads to a page saying so: it must not promise the story. */}
              <LanguageSwitcher
                locale={locale}
                target={target}
                href={paths.article(target, slug)}
                kind={(preview ? getArticleForPreview(target, slug) : getPublishedArticle(target, slug)) ? 'story' : 'page'}
                compact
              />
              {!preview && getPublishedArticle(target, slug) && <BilingualLink locale={locale} slug={slug} />}
            </div>
          </header>
          <ArticleBody
            lead={article.hero && <PhotoCaption locale={locale} photo={article.hero} lead unoptimized={preview} />}
            body={body.tree}
            dateline={article.dateline ? <Dateline locale={locale} place={article.dateline} credit={datelineCredit} /> : undefined}
            unoptimizedImages={preview}
          />
          <AgencyCredit locale={locale} authors={authors} />
          {/* For paper only: hidden from Reader View too, which reads aria-hidden. */}
          <p className="print-only text-sm" aria-hidden="true">
            {t('printedFrom', { url })}
          </p>
          <TagList locale={locale} tags={article.tags} />
        </article>
        <div className="mt-10 space-y-8">
          {section && next && <NextInSection locale={locale} section={section} article={next} />}
          <RelatedStories locale={locale} articles={related} />
        </div>
      </main>
    </>
  );
}
