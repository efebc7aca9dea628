import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { StoryList } from '@/components/StoryList';
import { absoluteUrl, paths } from '@/i18n/paths';
import { isLocale } from '@/i18n/routing';
import { listPublishedArticles, listSections } from '@/lib/content/queries';

interface HomePageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: HomePageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Home' });
  return {
    description: t('description'),
    alternates: {
      canonical: absoluteUrl(paths.home(locale)),
      languages: { en: absoluteUrl(paths.home('en')), ko: absoluteUrl(paths.home('ko')), 'x-default': absoluteUrl(paths.home('en')) },
    },
  };
}

export default async function HomePage({ params }: HomePageProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Home' });
  const sectionNames = new Map(listSections().map((s) => [s.id, s.name[locale]]));
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-headline border-b-2 border-ink pb-2 text-2xl font-bold">{t('title')}</h1>
      <StoryList locale={locale} articles={listPublishedArticles(locale)} sectionNames={sectionNames} />
    </main>
  );
}
