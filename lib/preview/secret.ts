import { matchesSecret } from '@/lib/secrets';

/** PREVIEW_SECRET, or undefined when preview is off (unset or empty: never a default). */
export function previewSecret(env: Partial<Record<string, string>> = process.env): string | undefined {
  const secret = env.PREVIEW_SECRET;
  return secret ? secret : undefined;
}

/** Whether `given` is the preview secret, compared in constant time. */
export function isPreviewSecret(given: string | null | undefined, secret: string): boolean {
  return matchesSecret(given, secret);
}
