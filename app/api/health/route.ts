import fs from 'node:fs';
import path from 'node:path';
import { contentGeneration, indexBuilding, listContentProblems, publicCounts } from '@/lib/content/queries';

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
 * GET /api/health: 200 with the build id, the content generation, how many stories are public in
 * each language and how many problems the content folder has (a broken story keeps its last good
 * version, so problems do not make the site unhealthy; `npm run content:check` lists them);
 * 503 if the content index cannot be read (no stack trace, just the reason's name).
 *
 * A server that found no content index builds it in the background: 200 with status "building"
 * and how far it has got (`index.files` of `index.of` story files), while pages answer 503 with
 * Retry-After; "ok" once it is ready. Should that build fail, 503 with the error's name and when it
 * is tried again.
 */
export function GET() {
  const headers = { 'Cache-Control': 'no-store' };
  try {
    // Asking for the generation starts the build when there is no index yet.
    const generation = contentGeneration();
    const building = indexBuilding();
    // A first build that failed (a full disk, an unreadable folder): unhealthy until a retry succeeds.
    if (building && 'failed' in building) return Response.json({ status: 'error', error: building.failed, retryAt: building.retryAt }, { status: 503, headers });
    if (building) return Response.json({ status: 'building', buildId: currentBuildId(), generation, index: building }, { headers });
    const stories = publicCounts();
    const total = Object.values(stories).reduce((a, b) => a + b, 0);
    const found = listContentProblems();
    const problems = { errors: found.filter((p) => p.severity === 'error').length, warnings: found.filter((p) => p.severity === 'warning').length };
    return Response.json({ status: 'ok', buildId: currentBuildId(), generation, stories: { total, ...stories }, problems }, { headers });
  } catch (error) {
    return Response.json({ status: 'error', error: error instanceof Error ? error.name : 'Error' }, { status: 503, headers });
  }
}
