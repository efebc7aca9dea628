import { draftMode } from 'next/headers';
import type { NextRequest } from 'next/server';
import { paths } from '@/i18n/paths';
import { isLocale, routing } from '@/i18n/routing';
import { getArticleForPreview } from '@/lib/content/queries';
import { SLUG_PATTERN } from '@/lib/content/schema';
import { plainResponse } from '@/lib/responses';
import { isPreviewSecret, previewSecret } from '@/lib/preview/secret';

/**
 * GET /api/draft?secret=S&slug=SLUG&locale=L turns on Draft Mode and sends the editor to
 * /L/article/SLUG, where drafts and scheduled stories render. 401 for a missing or wrong secret,
 * 404 for a story that does not exist, and 404 for everything while PREVIEW_SECRET is unset.
 * The redirect is built from the validated locale and slug only: it cannot leave the site.
 */
export async function GET(request: NextRequest) {
  const secret = previewSecret();
  if (!secret) return plainResponse(404, 'Not found.');
  const query = request.nextUrl.searchParams;
  if (!isPreviewSecret(query.get('secret'), secret)) return plainResponse(401, 'Preview needs the right secret: check the preview link.');

  const locale = query.get('locale');
  const slug = query.get('slug');
  if (!locale || !slug) return plainResponse(400, 'Preview needs both slug and locale, e.g. ?slug=my-story&locale=en.');
  if (!isLocale(locale)) return plainResponse(404, `No such language: locale must be ${routing.locales.map((l) => `"${l}"`).join(' or ')}.`);
  if (!SLUG_PATTERN.test(slug) || slug.length > 200 || !getArticleForPreview(locale, slug)) {
    return plainResponse(404, `No story "${slug.slice(0, 200)}" in ${locale}: check the slug and the language.`);
  }

  (await draftMode()).enable();
  // A relative Location: the Host header plays no part in where the editor goes.
  return new Response(null, { status: 307, headers: { Location: paths.article(locale, slug), 'Cache-Control': 'private, no-store' } });
}
