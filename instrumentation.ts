/**
 * Runs once when the Next.js server starts. A server that finds no content index (a folder no
 * build indexed, or an index of an older schema) starts building it at once, in the background,
 * rather than on the first page asked for: readers get "back in a minute" (503) until it is ready.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NODE_ENV !== 'production' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startIndexBuild } = await import('./lib/content/queries');
  try {
    startIndexBuild();
  } catch (error) {
    // An index file that cannot be read: /api/health answers 503 and says why; the server stays up.
    console.error(`content: cannot open the content index (${error instanceof Error ? error.message : error})`);
  }
}
