import type { Page } from '@playwright/test';

/** The PREVIEW_SECRET the suite's server runs with (playwright.config.ts). */
export const E2E_PREVIEW_SECRET = 'e2e-preview-secret';

/** Fixture stories readers must never reach (e2e/fixtures/content/articles/desk-*). */
export const DRAFT = { slug: 'desk-draft-canary', marker: 'DRAFTCANARY-7731' };
export const SCHEDULED = { slug: 'desk-embargo-canary', marker: 'EMBARGOCANARY-4410' };

export function previewUrl(slug: string, locale: string, secret = E2E_PREVIEW_SECRET): string {
  return `/api/draft?${new URLSearchParams({ secret, slug, locale })}`;
}

/** Turns preview on for this page's browser context, as an editor's preview link does. */
export async function startPreview(page: Page, slug: string, locale: string) {
  return page.goto(previewUrl(slug, locale));
}
