import { getTranslations } from 'next-intl/server';
import { paths } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';

interface BilingualLinkProps {
  locale: Locale;
  slug: string;
}

/** The way to the story's parallel view, shown only when both of its versions are public. */
export async function BilingualLink({ locale, slug }: BilingualLinkProps) {
  const t = await getTranslations({ locale, namespace: 'Bilingual' });
  return (
    <a href={paths.bilingual(locale, slug)} className="text-sm font-semibold text-link underline print:hidden">
      {t('link')}
    </a>
  );
}
