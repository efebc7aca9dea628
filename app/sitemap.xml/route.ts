import { renderSitemap, sitemapPages } from '@/lib/distribution/sitemap';
import { DOCUMENT_HEADERS } from '@/lib/responses';

// Built with the site: it lists what this build made public.
export const dynamic = 'force-static';

export function GET() {
  return new Response(renderSitemap(sitemapPages()), { headers: DOCUMENT_HEADERS.xml });
}
