import { isLocale, routing } from '@/i18n/routing';
import { listSections } from '@/lib/content/queries';
import { renderRss } from '@/lib/distribution/feeds';
import { creditFormatter, sectionFeed } from '@/lib/distribution/feedSources';
import { DOCUMENT_HEADERS } from '@/lib/responses';
import { plainResponse } from '@/lib/responses';

/** RSS 2.0 of one section's newest 50 stories in this language (a new section's on request, behind proxy.ts). */
export const dynamicParams = true;
export const generateStaticParams = () => routing.locales.flatMap((locale) => listSections().map((s) => ({ locale, section: s.id })));

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; section: string }> }) {
  const { locale, section } = await params;
  const source = isLocale(locale) ? await sectionFeed(locale, section) : undefined;
  if (!isLocale(locale) || !source) return plainResponse(404, 'Not found.');
  return new Response(renderRss(source, await creditFormatter(locale)), { headers: DOCUMENT_HEADERS.rss });
}
