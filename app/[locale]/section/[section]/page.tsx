import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { StoryList } from '@/components/StoryList';
import { absoluteUrl, paths } from '@/i18n/paths';
import { isLocale } from '@/i18n/routing';
import { getSection, listPublishedArticles, listSections } from '@/lib/content/queries';

interface SectionPageProps {
  params: Promise<{ locale: string; section: string }>;
}

export function generateStaticParams() {
  return listSections().map((section) => ({ section: section.id }));
}

export const dynamicParams = false;

export async function generateMetadata({ params }: SectionPageProps): Promise<Metadata> {
  const { locale, section: id } = await params;
  const section = getSection(id);
  if (!isLocale(locale) || !section) return {};
  const t = await getTranslations({ locale, namespace: 'Section' });
  const name = section.name[locale];
  return {
    title: t('title', { section: name }),
    description: t('description', { section: name }),
    alternates: {
      canonical: absoluteUrl(paths.section(locale, id)),
      languages: {
        en: absoluteUrl(paths.section('en', id)),
        ko: absoluteUrl(paths.section('ko', id)),
        'x-default': absoluteUrl(paths.section('en', id)),
      },
    },
  };
}

export default async function SectionPage({ params }: SectionPageProps) {
  const { locale, section: id } = await params;
  const section = getSection(id);
  if (!isLocale(locale) || !section) notFound();
  setRequestLocale(locale);
  const articles = listPublishedArticles(locale).filter((a) => a.section === section.id);
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-headline border-b-2 border-ink pb-2 text-2xl font-bold">{section.name[locale]}</h1>
      <StoryList locale={locale} articles={articles} />
    </main>
  );
}
