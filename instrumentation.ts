/**
 * Runs once when a Next.js server starts: loads the content index before the first request, so
 * the first archive story a reader opens renders in tens of milliseconds rather than waiting for
 * the whole archive to load (seconds at 50,000 stories). Not under `next dev`, which reloads
 * content per request anyway.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NODE_ENV === 'development') return;
  const { getContent } = await import('./lib/content/queries');
  try {
    getContent();
  } catch (error) {
    // Broken content: the server still starts, and /api/health says so (503).
    console.error(`content not loaded at start: ${error instanceof Error ? error.name : String(error)}`);
  }
}
