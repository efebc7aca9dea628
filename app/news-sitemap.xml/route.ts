import { getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';
import { articlesSince, contentNow } from '@/lib/content/queries';
import { NEWS_SITEMAP_LIMIT, NEWS_WINDOW_HOURS, recentStories, renderNewsSitemap } from '@/lib/distribution/newsSitemap';
import { DOCUMENT_HEADERS } from '@/lib/responses';

/**
 * Rendered once per content generation (every publish marks it stale): the 48 hours are counted
 * back from the generation's "now", so a story leaves it at the first publish after two days.
 */
export const dynamic = 'force-static';

export async function GET() {
  const names = new Map<Locale, string>();
  for (const locale of routing.locales) names.set(locale, (await getTranslations({ locale, namespace: 'Site' }))('name'));
  const now = contentNow();
  const stories = recentStories(articlesSince(new Date(now.getTime() - NEWS_WINDOW_HOURS * 3600_000), NEWS_SITEMAP_LIMIT), now);
  return new Response(renderNewsSitemap(stories, (locale) => names.get(locale)!), { headers: DOCUMENT_HEADERS.xml });
}
