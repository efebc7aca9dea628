import fs from 'node:fs';
import path from 'node:path';
import { routing } from '@/i18n/routing';
import { listPublishedArticles } from '@/lib/content/queries';

// Asked per request by load balancers: never cached.
export const dynamic = 'force-dynamic';

let buildId: string | undefined;
function currentBuildId(): string {
  buildId ??= (() => {
    try {
      return fs.readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim();
    } catch {
      return 'development';
    }
  })();
  return buildId;
}

/**
 * GET /api/health: 200 with the build id and how many stories are public in each language,
 * once the content has loaded; 503 if it cannot be (no stack trace, just the reason's name).
 */
export function GET() {
  const headers = { 'Cache-Control': 'no-store' };
  try {
    const stories = Object.fromEntries(routing.locales.map((l) => [l, listPublishedArticles(l).length]));
    const total = Object.values(stories).reduce((a, b) => a + b, 0);
    return Response.json({ status: 'ok', buildId: currentBuildId(), stories: { total, ...stories } }, { headers });
  } catch (error) {
    return Response.json({ status: 'error', error: error instanceof Error ? error.name : 'Error' }, { status: 503, headers });
  }
}
