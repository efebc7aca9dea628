import { revalidatePath } from 'next/cache';
import { publishContent } from '@/lib/content/publish';
import { plainResponse } from '@/lib/responses';
import { matchesSecret } from '@/lib/secrets';

export const dynamic = 'force-dynamic';

/** The generation this process last marked every page stale for. */
const revalidated = ((globalThis as { [key: symbol]: unknown })[Symbol.for('hanbit.revalidated')] ??= {}) as { generation?: number };

/**
 * POST /api/publish with `Authorization: Bearer <PUBLISH_SECRET>`: rescans the content folder at
 * once and answers with what changed and any problems (JSON). When that makes a new content
 * generation, every page Next.js keeps is marked stale, so the next request renders it anew (the
 * front server drops its own copies too). 401 for a missing or wrong secret; 404 while
 * PUBLISH_SECRET is unset. The front server (scripts/front-server.mjs) publishes with a key of
 * its own, fresh each start (FRONT_PUBLISH_SECRET), whether or not PUBLISH_SECRET is set.
 */
export async function POST(request: Request) {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  const front = process.env.FRONT_PUBLISH_SECRET;
  const editors = process.env.PUBLISH_SECRET;
  // Both are compared, so the time taken says nothing about which one nearly matched.
  const byFront = front ? matchesSecret(token, front) : false;
  const byEditors = editors ? matchesSecret(token, editors) : false;
  if (!byFront && !editors) return plainResponse(404, 'Not found.');
  if (!byFront && !byEditors) {
    const response = plainResponse(401, 'Publishing needs the right secret: send Authorization: Bearer <PUBLISH_SECRET>.');
    response.headers.set('WWW-Authenticate', 'Bearer realm="publish"');
    return response;
  }
  const report = publishContent();
  // Pages, feeds, sitemaps and cards are all rendered from the content: all of them go stale
  // whenever this process has not yet done so for this generation (the first publish after a
  // start included: Next.js forgets what it marked stale when it restarts).
  if (report.generation.n !== revalidated.generation) {
    revalidatePath('/', 'layout');
    revalidated.generation = report.generation.n;
  }
  return Response.json(report, { headers: { 'Cache-Control': 'no-store' } });
}
