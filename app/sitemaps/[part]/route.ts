import { renderUrlset, sitemapPart } from '@/lib/distribution/sitemap';
import { DOCUMENT_HEADERS, plainResponse } from '@/lib/responses';

// Rendered on first request per content generation: the number of parts follows the archive.
export const dynamic = 'force-static';
export const dynamicParams = true;

/** The parts of a sitemap past 50,000 URLs, 10,000 each (see /sitemap.xml); none for a smaller site. */
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const match = /^([1-9]\d{0,4})\.xml$/.exec((await params).part);
  const pages = match ? sitemapPart(Number(match[1])) : undefined;
  if (!pages) return plainResponse(404, 'Not found.');
  return new Response(renderUrlset(pages), { headers: DOCUMENT_HEADERS.xml });
}
