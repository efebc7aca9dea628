import { getTranslations } from 'next-intl/server';
import { isLocale, routing } from '@/i18n/routing';
import { cardResponse } from '@/lib/distribution/cards';
import { plainResponse } from '@/lib/responses';

/** The front page's share image, drawn at build. */
export const dynamicParams = false;
export const generateStaticParams = () => routing.locales.map((locale) => ({ locale }));

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return plainResponse(404, 'Not found.');
  const t = await getTranslations({ locale, namespace: 'Site' });
  return cardResponse(locale, { site: t('name'), title: t('tagline') });
}
