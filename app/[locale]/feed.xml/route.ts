import { isLocale, routing } from '@/i18n/routing';
import { renderRss } from '@/lib/distribution/feeds';
import { creditFormatter, siteFeed } from '@/lib/distribution/feedSources';
import { DOCUMENT_HEADERS } from '@/lib/responses';
import { plainResponse } from '@/lib/responses';

/** RSS 2.0 of the newest 50 stories in this language, built with the site. */
export const dynamicParams = false;
export const generateStaticParams = () => routing.locales.map((locale) => ({ locale }));

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return plainResponse(404, 'Not found.');
  return new Response(renderRss(await siteFeed(locale), await creditFormatter(locale)), { headers: DOCUMENT_HEADERS.rss });
}
