import { draftMode } from 'next/headers';
import type { NextRequest } from 'next/server';
import { safeReturnPath } from '@/i18n/requestPaths';

/**
 * GET /api/draft/disable?path=/en/article/SLUG turns Draft Mode off and returns to that page as
 * readers see it (a draft is then a 404, as it should be). Any other path goes to the front page.
 */
export async function GET(request: NextRequest) {
  (await draftMode()).disable();
  const back = safeReturnPath(request.nextUrl.searchParams.get('path')) ?? '/';
  return new Response(null, { status: 307, headers: { Location: back, 'Cache-Control': 'private, no-store' } });
}
