import { renderSitemap } from '@/lib/distribution/sitemap';
import { DOCUMENT_HEADERS } from '@/lib/responses';

// Rendered once per content generation (every publish marks it stale): what is public now.
export const dynamic = 'force-static';

export function GET() {
  return new Response(renderSitemap(), { headers: DOCUMENT_HEADERS.xml });
}
