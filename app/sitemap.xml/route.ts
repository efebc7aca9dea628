import { renderSitemap, sitemapPages, XML_HEADERS } from '@/lib/distribution/sitemap';

// Built with the site: it lists what this build made public.
export const dynamic = 'force-static';

export function GET() {
  return new Response(renderSitemap(sitemapPages()), { headers: XML_HEADERS });
}
