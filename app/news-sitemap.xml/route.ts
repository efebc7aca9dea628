import { getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';
import { listPublishedArticles } from '@/lib/content/queries';
import { recentStories, renderNewsSitemap } from '@/lib/distribution/newsSitemap';
import { DOCUMENT_HEADERS } from '@/lib/responses';

/**
 * Built with the site, like every page: the 48 hours are counted back from the build. Scheduled
 * stories go live with a build (README: Publishing), so frequent builds keep this current too.
 */
export const dynamic = 'force-static';

export async function GET() {
  const names = new Map<Locale, string>();
  for (const locale of routing.locales) names.set(locale, (await getTranslations({ locale, namespace: 'Site' }))('name'));
  const stories = recentStories(
    routing.locales.flatMap((l) => listPublishedArticles(l)),
    new Date(),
  );
  return new Response(renderNewsSitemap(stories, (locale) => names.get(locale)!), { headers: DOCUMENT_HEADERS.xml });
}
