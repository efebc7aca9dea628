import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

interface DatelineProps {
  locale: Locale;
  place: string;
  /** Who filed it, for languages whose dateline names them ("블라디보스토크=연합뉴스"). */
  credit: string;
}

/** Where the story was filed, set at the start of the first paragraph. */
export async function Dateline({ locale, place, credit }: DatelineProps) {
  const t = await getTranslations({ locale, namespace: 'Article' });
  return <span className="font-semibold">{t('dateline', { place, credit })}</span>;
}
