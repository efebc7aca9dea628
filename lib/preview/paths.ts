import { routing } from '@/i18n/routing';

const SITE_PATH = new RegExp(`^/(${routing.locales.join('|')})(/[a-z0-9\\-/%._~]*)?$`, 'i');

/**
 * A path to return to after leaving preview, if it is a page of this site: a local path under a
 * locale, without `//`, `..` or a scheme, so the redirect can never leave the site.
 */
export function safeReturnPath(candidate: string | null | undefined): string | undefined {
  if (!candidate || candidate.length > 300 || !SITE_PATH.test(candidate)) return undefined;
  if (candidate.includes('//') || candidate.split('/').some((part) => part === '..' || part === '.')) return undefined;
  return candidate;
}
