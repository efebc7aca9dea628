import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { paths } from '@/i18n/paths';
import { isLocale, routing } from '@/i18n/routing';

/** The localized 404 page, inside the site's header and footer. */
export default async function LocaleNotFound() {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <main id="main" className="mx-auto max-w-2xl space-y-4 px-4 py-16">
      <title>{t('title')}</title>
      <meta name="robots" content="noindex" />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <Link href={paths.home(locale)} className="text-link underline">
          {t('goHome')}
        </Link>
      </p>
    </main>
  );
}
