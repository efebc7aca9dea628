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
    <a href={paths.bilingual(locale, slug)}className="inline-flex min-h-11 items-center text-sm font-semibold text-link underline print:hidden">
      {/* On a phone, the languages alone: the rest stays the link's accessible name. */}
      <span>{t.rich('link', { phrase: (chunks) => <span className="max-sm:sr-only">{chunks}</span> })}</span>
    </a>
  );
}
