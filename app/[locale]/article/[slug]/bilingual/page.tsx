import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { creditName } from '@/components/Byline';
import { Dateline } from '@/components/Dateline';
import { GlossOnFocus } from '@/components/GlossOnFocus';
import { KeyTerms } from '@/components/KeyTerms';
import { ParallelModeControl } from '@/components/ParallelModeControl';
import { ParallelRow } from '@/components/ParallelRow';
import { ParallelStory, type ParallelVersion } from '@/components/ParallelStory';
import { ResponsiveImage } from '@/components/ResponsiveImage';
import { ReadAloud } from '@/components/ReadAloud';
import { RevealTranslations } from '@/components/RevealTranslations';
import { otherLocale } from '@/i18n/locales';
import { absoluteUrl, paths } from '@/i18n/paths';
import { isLocale, type Locale } from '@/i18n/routing';
import { glossesIn } from '@/lib/content/glosses';
import { topLevelBlocks } from '@/lib/content/markdown';
import { pairBlocks } from '@/lib/content/pairing';
import { getArticleBody, getAuthors, getPublishedVersions } from '@/lib/content/queries';
import type { Article } from '@/lib/content/types';

interface BilingualPageProps {
  params: Promise<{ locale: string; slug: string }>;
}

/** Rendered on its first request and kept like an archive story (nothing is prerendered). */
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

/** Both public versions of the story, the page's language first; undefined when either is missing. */
function versionsOf(locale: Locale, slug: string): [Article, Article] | undefined {
  const versions = getPublishedVersions(slug);
  const first = versions[locale];
  const second = versions[otherLocale(locale)];
  return first && second ? [first, second] : undefined;
}

export async function generateMetadata({ params }: BilingualPageProps): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const versions = versionsOf(locale, slug);
  if (!versions) return { robots: { index: false } };
  const t = await getTranslations({ locale, namespace: 'Bilingual' });
  // A reading aid, not a page of its own for search engines: the story is the canonical page.
  return { title: t('title', { title: versions[0].title }), robots: { index: false, follow: true }, alternates: { canonical: absoluteUrl(paths.article(locale, slug)) } };
}

export default async function BilingualPage({ params }: BilingualPageProps) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const versions = versionsOf(locale, slug);
  if (!versions) notFound();
  const t = await getTranslations({ locale, namespace: 'Bilingual' });
  const ta = await getTranslations({ locale, namespace: 'Article' });

  const sides = await Promise.all(
    versions.map(async (article): Promise<ParallelVersion & { article: Article }> => {
      const ta = await getTranslations({ locale: article.locale, namespace: 'Article' });
      const [firstAuthor] = getAuthors(article.authors);
      const credit = firstAuthor ? creditName(firstAuthor, article.locale, (name) => ta('staffName', { name })) : '';
      return {
        article,
        locale: article.locale,
        blocks: topLevelBlocks(getArticleBody(article).tree),
        dateline: article.dateline ? <Dateline locale={article.locale} place={article.dateline} credit={credit} /> : undefined,
      };
    }),
  );
  const [first, second] = sides as [(typeof sides)[number], (typeof sides)[number]];
  const pairing = pairBlocks(getArticleBody(first.article).blocks, getArticleBody(second.article).blocks);
  const pair = (content: (side: typeof first) => ReactNode) =>
    [
      { locale: first.locale, content: content(first) },
      { locale: second.locale, content: content(second) },
    ] as [{ locale: Locale; content: ReactNode }, { locale: Locale; content: ReactNode }];
  const hero = first.article.hero ?? second.article.hero;

  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-10">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3 print:hidden">
        <a href={paths.article(locale, slug)} className="text-sm text-link underline">
          {t('backToStory')}
        </a>
        <ParallelModeControl locale={locale} />
        <RevealTranslations />
        <GlossOnFocus />
        <ReadAloud />
      </div>
      <article className="space-y-8">
        <header className="space-y-4">
          <p className="text-sm font-semibold tracking-wide text-kicker uppercase">{t('heading')}</p>
          <ParallelRow
            id="headline"
            translationLabel={t('translation')}
            sides={pair((side) =>
              side === first ? (
                <h1 className="font-headline text-[1.75rem] leading-tight font-bold tracking-tight text-balance sm:text-3xl">{side.article.title}</h1>
              ) : (
                <p className="font-headline text-[1.75rem] leading-tight font-bold tracking-tight text-balance sm:text-3xl">{side.article.title}</p>
              ),
            )}
          />
          {(first.article.dek || second.article.dek) && <ParallelRow id="standfirst" translationLabel={t('translation')} sides={pair((side) => side.article.dek && <p className="text-lg text-muted">{side.article.dek}</p>)} />}
        </header>
        {hero && (
          <figure className="space-y-2">
            <ResponsiveImage src={hero.src} alt={hero.alt} width={hero.width} height={hero.height} sizes="(min-width: 1152px) 1120px, 100vw" className="h-auto w-full bg-rule" priority />
            <figcaption className="text-sm leading-relaxed text-muted">
              <ParallelRow id="caption" translationLabel={t('translation')} sides={pair((side) => side.article.hero?.caption && <p>{side.article.hero.caption}</p>)} />
            </figcaption>
          </figure>
        )}
        <ParallelStory
          versions={[first, second]}
          pairing={pairing}
          notPaired={t('notPaired')}
          translationLabel={t('translation')}
          listenLabels={Object.fromEntries(sides.map((side) => [side.locale, t('listen', { language: ta(`languageNames.${side.locale}`) })])) as Record<Locale, string>}
        />
        <KeyTerms locale={locale} versions={sides.map((side) => ({ locale: side.locale, glosses: glossesIn(getArticleBody(side.article).tree) }))} />
      </article>
    </main>
  );
}
