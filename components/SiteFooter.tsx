import { getTranslations } from 'next-intl/server';
import { otherLocale } from '@/i18n/locales';
import { paths } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import type { Section } from '@/lib/content/types';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ThemeControl } from './ReadingControls';

interface SiteFooterProps {
  locale: Locale;
  sections: Section[];
  /** Shown in the copyright line; passed in because components never read the clock. */
  year: number;
}

export async function SiteFooter({ locale, sections, year }: SiteFooterProps) {
  const t = await getTranslations({ locale, namespace: 'Site' });
  const target = otherLocale(locale);
  return (
    <footer className="mt-16 border-t border-rule bg-paper-alt print:hidden">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:grid-cols-[1fr_auto]">
        <nav aria-label={t('footerNav')}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <li>
              <a href={paths.home(locale)} className="footer-link">
                {t('home')}
              </a>
            </li>
            {sections.map((section) => (
              <li key={section.id}>
                <a href={paths.section(locale, section.id)} className="footer-link">
                  {section.name[locale]}
                </a>
              </li>
            ))}
            <li>
              <a href={paths.search(locale)} className="footer-link">
                {t('search')}
              </a>
            </li>
          </ul>
        </nav>
        <div className="flex flex-col items-start gap-4 sm:items-end">
          {/* The layout does not know the page: the link finds this page's counterpart itself. */}
          <LanguageSwitcher locale={locale} target={target} kind="page" />
          <ThemeControl locale={locale} />
        </div>
        <p className="text-sm text-muted sm:col-span-2">{t('copyright', { year })}</p>
      </div>
    </footer>
  );
}
