import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { JsonLd } from '@/components/JsonLd';
import { LatestList } from '@/components/LatestList';
import { LeadStory } from '@/components/LeadStory';
import { SectionBlock } from '@/components/SectionBlock';
import { StoryCard } from '@/components/StoryCard';
import { StoryList } from '@/components/StoryList';
import { metadataLanguages } from '@/i18n/alternates';
import { absoluteUrl, paths } from '@/i18n/paths';
import { isLocale, routing } from '@/i18n/routing';
import { frontPage, frontPageDepth } from '@/lib/content/frontPage';
import { frontPageArticles, listSections } from '@/lib/content/queries';
import { cardPaths } from '@/lib/distribution/cards';
import { feedAlternates } from '@/lib/distribution/feedSources';
import { cardImage, socialMetadata } from '@/lib/distribution/social';
import { siteJsonLd } from '@/lib/distribution/structuredData';

// Only /en and /ko: any other first segment is a 404 without rendering.
export const dynamicParams = false;

interface HomePageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: HomePageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Home' });
  const site = await getTranslations({ locale, namespace: 'Site' });
  return {
    description: t('description'),
    alternates: {
      canonical: absoluteUrl(paths.home(locale)),
      languages: metadataLanguages(Object.fromEntries(routing.locales.map((l) => [l, paths.home(l)]))),
      types: await feedAlternates(locale),
    },
    ...socialMetadata({
      locale,
      siteName: site('name'),
      title: site('name'),
      description: t('description'),
      path: paths.home(locale),
      image: cardImage(cardPaths.home(locale), `${site('name')}: ${site('tagline')}`),
      locales: routing.locales,
    }),
  };
}

export default async function HomePage({ params }: HomePageProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Home' });
  const site = await getTranslations({ locale, namespace: 'Site' });
  const sections = listSections();
  const sectionNames = new Map(sections.map((s) => [s.id, s.name[locale]]));
  const page = frontPage(frontPageArticles(locale, frontPageDepth()), sections);

  if (!page.lead) {
    return (
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="font-headline text-2xl font-bold">{t('heading')}</h1>
        <StoryList locale={locale} articles={[]} />
      </main>
    );
  }
  return (
    <main id="main" className="mx-auto max-w-6xl space-y-10 px-4 py-6 sm:py-8">
      <JsonLd data={siteJsonLd(locale, site('name'))} />
      <h1 className="sr-only">
        {site('name')}: {t('heading')}
      </h1>
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <LeadStory locale={locale} article={page.lead} sectionName={sectionNames.get(page.lead.section)} />
        <LatestList locale={locale} articles={page.latest} />
      </div>
      {page.secondary.length > 0 && (
        <section aria-labelledby="more-top-stories" className="border-t border-rule pt-6">
          <h2 id="more-top-stories" className="sr-only">
            {t('moreTopStories')}
          </h2>
          <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
            {page.secondary.map((article) => (
              <li key={article.slug}>
                <StoryCard locale={locale} article={article} sectionName={sectionNames.get(article.section)} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="grid gap-10 sm:grid-cols-2 lg:grid-cols-3">
        {page.sections.map(({ section, articles }) => (
          <SectionBlock key={section.id} locale={locale} section={section} articles={articles} />
        ))}
      </div>
    </main>
  );
}
