import { renderUrlset, sitemapPages, sitemapPart, sitemapParts } from '@/lib/distribution/sitemap';
import { DOCUMENT_HEADERS } from '@/lib/responses';
import { plainResponse } from '@/lib/responses';

/** The parts of a sitemap past 50,000 URLs (see /sitemap.xml); none for a smaller site. */
export function generateStaticParams() {
  const parts = sitemapParts(sitemapPages());
  return parts.length > 1 ? parts.map((_, i) => ({ part: `${i + 1}.xml` })) : [];
}

export const dynamicParams = false;

export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const match = /^([1-9]\d{0,4})\.xml$/.exec((await params).part);
  const pages = match ? sitemapPart(sitemapPages(), Number(match[1])) : undefined;
  if (!pages) return plainResponse(404, 'Not found.');
  return new Response(renderUrlset(pages), { headers: DOCUMENT_HEADERS.xml });
}
