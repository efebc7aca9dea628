import { createHash, timingSafeEqual } from 'node:crypto';

/** PREVIEW_SECRET, or undefined when preview is off (unset or empty: never a default). */
export function previewSecret(env: Partial<Record<string, string>> = process.env): string | undefined {
  const secret = env.PREVIEW_SECRET;
  return secret ? secret : undefined;
}

/**
 * Whether `given` is the preview secret, in time that does not depend on how much of it is right.
 * Both are hashed first, so the comparison also takes the same time whatever their lengths.
 */
export function isPreviewSecret(given: string | null | undefined, secret: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given ?? ''), digest(secret)) && typeof given === 'string';
}
