import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

/** The first stop for keyboard readers: straight past the header to the story. */
export async function SkipLink({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Site' });
  return (
    <a href="#main" className="skip-link">
      {t('skipToContent')}
    </a>
  );
}
