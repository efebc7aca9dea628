import { getTranslations } from 'next-intl/server';
import { isLocale, routing } from '@/i18n/routing';
import { getSection, listSections } from '@/lib/content/queries';
import { cardResponse } from '@/lib/distribution/cards';
import { plainResponse } from '@/lib/responses';

/** A section page's share image, drawn at build (a new section's on request, behind proxy.ts). */
export const dynamicParams = true;
export const generateStaticParams = () => routing.locales.flatMap((locale) => listSections().map((s) => ({ locale, section: s.id })));

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; section: string }> }) {
  const { locale, section: id } = await params;
  const section = getSection(id);
  if (!isLocale(locale) || !section) return plainResponse(404, 'Not found.');
  const t = await getTranslations({ locale, namespace: 'Site' });
  const ts = await getTranslations({ locale, namespace: 'Section' });
  return cardResponse(locale, { site: t('name'), kicker: section.name[locale], title: ts('description', { section: section.name[locale] }) });
}
