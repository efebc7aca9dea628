import { revalidatePath } from 'next/cache';
import { publishContent } from '@/lib/content/publish';
import { indexBuilding } from '@/lib/content/queries';
import { SLUG_PATTERN } from '@/lib/content/schema';
import { plainResponse } from '@/lib/responses';
import { matchesSecret } from '@/lib/secrets';

export const dynamic = 'force-dynamic';

/** The generation this process last marked every page stale for. */
const revalidated = ((globalThis as { [key: symbol]: unknown })[Symbol.for('hanbit.revalidated')] ??= {}) as { generation?: number };

/** The most story folders one publish may name (a CMS pushing a batch; more: rescan everything). */
const MAX_STORIES = 1000;
const MAX_BODY_BYTES = 64 * 1024;
/** Seconds a publisher is asked to wait while the first index is built. */
const PUBLISH_RETRY_AFTER_S = 5;

/**
 * What a publish may ask, as JSON (an empty body: rescan everything): `stories`, the slugs of the
 * story folders to rescan (sections and authors are always checked); `settle`, mark every page
 * stale again (the front server does, a moment after a new generation). A message for anything else.
 */
async function publishRequest(request: Request): Promise<{ stories?: string[]; settle: boolean } | string> {
  const text = await request.text();
  if (text.trim() === '') return { settle: false };
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return `the body must be at most ${MAX_BODY_BYTES} bytes`;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return 'the body must be JSON: {"stories": ["<slug>", ...]} or empty';
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the body must be a JSON object';
  const { stories, settle, ...rest } = body as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0) return `unknown field "${unknown[0]}": expected "stories" or "settle"`;
  if (settle !== undefined && typeof settle !== 'boolean') return '"settle" must be true or false';
  if (stories === undefined) return { settle: settle === true };
  if (!Array.isArray(stories) || stories.length > MAX_STORIES) return `"stories" must be a list of at most ${MAX_STORIES} slugs`;
  const bad = stories.find((slug) => typeof slug !== 'string' || !SLUG_PATTERN.test(slug));
  if (bad !== undefined) return `"stories" holds ${JSON.stringify(bad).slice(0, 80)}, which is not a slug (lowercase letters, digits and single hyphens)`;
  return { stories: stories as string[], settle: settle === true };
}

/**
 * POST /api/publish with `Authorization: Bearer <PUBLISH_SECRET>`: rescans the content folder at
 * once (or, with a JSON body `{"stories": [...]}`, those story folders) and answers with what
 * changed and any problems (JSON); 400 for a body it cannot take; 503 with Retry-After while a
 * server that found no index builds it (the build reads the whole folder). When that makes a new
 * content generation, every page Next.js keeps is marked stale, so the next request renders it anew (the
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
  const asked = await publishRequest(request);
  if (typeof asked === 'string') return plainResponse(400, `Publish: ${asked}.`);
  // A server building its first index publishes everything when that is done: a publish now
  // would wait minutes behind it. Asked to come back (the front server's watcher does).
  if (indexBuilding()) {
    const response = plainResponse(503, 'Publish: the content index is being built; everything in the folder is published when it is ready.');
    response.headers.set('Retry-After', String(PUBLISH_RETRY_AFTER_S));
    return response;
  }
  const report = await publishContent({ only: asked.stories });
  // Pages, feeds, sitemaps and cards are all rendered from the content: all of them go stale
  // whenever this process has not yet done so for this generation (the first publish after a
  // start included: Next.js forgets what it marked stale when it restarts).
  if (report.generation.n !== revalidated.generation || asked.settle) {
    revalidatePath('/', 'layout');
    revalidated.generation = report.generation.n;
  }
  return Response.json(report, { headers: { 'Cache-Control': 'no-store' } });
}
