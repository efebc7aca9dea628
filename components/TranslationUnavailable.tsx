import { getTranslations } from 'next-intl/server';
import { localeConfig } from '@/i18n/locales';
import { paths } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';

interface TranslationUnavailableProps {
  locale: Locale;
  /** Languages the story does exist in, with their URLs. */
  available: { locale: Locale; href: string; title: string }[];
}

/** Says a story exists only in another language, and offers that version and the front page. */
export async function TranslationUnavailable({ locale, available }: TranslationUnavailableProps) {
  const t = await getTranslations({ locale, namespace: 'Unavailable' });
  return (
    <main id="main" className="mx-auto max-w-2xl space-y-6 px-4 py-12">
      <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
      <p>{t('body')}</p>
      <ul className="space-y-4">
        {available.map((version) => (
          <li key={version.locale} lang={localeConfig[version.locale].htmlLang} className="border-l-4 border-kicker pl-4">
            <a href={version.href} hrefLang={localeConfig[version.locale].htmlLang} className="text-lg font-semibold text-link underline">
              {version.title}
            </a>
          </li>
        ))}
        <li>
          <a href={paths.home(locale)} className="text-link underline">
            {t('goHome')}
          </a>
        </li>
      </ul>
    </main>
  );
}
