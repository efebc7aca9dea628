/**
 * What a server's /api/health says now: "ok" once it serves its content; "building" while a
 * server that found no content index builds it (its pages answer 503 meanwhile); otherwise the
 * HTTP status, or undefined while nothing answers. Polled by specs that start a server of their own.
 */
export async function healthState(origin: string): Promise<string | number | undefined> {
  const response = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(5_000) }).catch(() => undefined);
  if (!response) return undefined;
  if (response.status !== 200) return response.status;
  const body = (await response.json().catch(() => ({}))) as { status?: string };
  return body.status ?? response.status;
}
