import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether `given` is `secret`, in time that does not depend on how much of it is right. Both are
 * hashed first, so the comparison also takes the same time whatever their lengths.
 */
export function matchesSecret(given: string | null | undefined, secret: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given ?? ''), digest(secret)) && typeof given === 'string';
}
