import { getTranslations } from 'next-intl/server';
import { paths } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import type { Section } from '@/lib/content/types';
import { MobileMenu } from './MobileMenu';

interface SiteHeaderProps {
  locale: Locale;
  sections: Section[];
}

/** The masthead, the section navigation (a menu on phones) and search. */
export async function SiteHeader({ locale, sections }: SiteHeaderProps) {
  const t = await getTranslations({ locale, namespace: 'Site' });
  return (
    <header className="border-b-4 border-double border-ink print:border-b">
      <div className="mx-auto max-w-6xl px-4 pt-4 pb-2 text-center">
        <a href={paths.home(locale)} className="font-masthead inline-block text-3xl font-bold tracking-tight sm:text-5xl">
          {t('name')}
        </a>
        <p className="mt-1 text-sm text-muted max-sm:hidden">{t('tagline')}</p>
      </div>
      <nav aria-label={t('sectionsNav')} className="border-t border-rule print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-2 py-1 sm:justify-center">
          <MobileMenu label={t('menu')}>
            <ul className="flex flex-col text-base font-semibold sm:flex-row sm:flex-wrap sm:justify-center sm:gap-x-1 sm:text-sm">
              {sections.map((section) => (
                <li key={section.id}>
                  <a href={paths.section(locale, section.id)} className="nav-link">
                    {section.name[locale]}
                  </a>
                </li>
              ))}
            </ul>
          </MobileMenu>
          {/* A dynamic page: prefetching it would only cost a request on every page view. */}
          <a href={paths.search(locale)} className="nav-link order-1 text-sm font-semibold sm:order-2">
            <svg aria-hidden="true" viewBox="0 0 24 24" className="mr-1 size-4" fill="none" stroke="currentColor" strokeWidth="2">
              <circle cx="11" cy="11" r="7" />
              <path d="M20 20l-4-4" />
            </svg>
            {t('search')}
          </a>
        </div>
      </nav>
    </header>
  );
}
