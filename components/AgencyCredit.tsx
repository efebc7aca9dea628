import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Author } from '@/lib/content/types';

interface AgencyCreditProps {
  locale: Locale;
  authors: Author[];
}

/** The line that closes agency copy: "(Yonhap)". Nothing for staff-written stories. */
export async function AgencyCredit({ locale, authors }: AgencyCreditProps) {
  const agencies = authors.filter((a) => a.kind === 'agency');
  if (agencies.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Article' });
  const agency = new Intl.ListFormat(locale, { type: 'conjunction' }).format(agencies.map((a) => a.name[locale]));
  return <p className="text-sm text-muted">{t('agencyCredit', { agency })}</p>;
}
