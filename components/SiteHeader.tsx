import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { paths } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import type { Section } from '@/lib/content/types';

interface SiteHeaderProps {
  locale: Locale;
  sections: Section[];
}

/** The masthead and the section navigation. */
export async function SiteHeader({ locale, sections }: SiteHeaderProps) {
  const t = await getTranslations({ locale, namespace: 'Site' });
  return (
    <header className="border-b-4 border-double border-ink print:border-b">
      <div className="mx-auto max-w-6xl px-4 pt-4 pb-2 text-center">
        <Link href={paths.home(locale)} className="font-masthead inline-block text-3xl font-bold tracking-tight sm:text-5xl">
          {t('name')}
        </Link>
        <p className="mt-1 text-sm text-muted">{t('tagline')}</p>
      </div>
      <nav aria-label={t('sectionsNav')} className="border-t border-rule print:hidden">
        <ul className="mx-auto flex max-w-6xl flex-wrap justify-center gap-x-1 px-2 py-1 text-sm font-semibold">
          {sections.map((section) => (
            <li key={section.id}>
              <Link href={paths.section(locale, section.id)} className="nav-link">
                {section.name[locale]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
