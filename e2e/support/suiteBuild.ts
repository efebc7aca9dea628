import { E2E_PREVIEW_SECRET } from './preview';

/**
 * The environment the suite builds and serves the site with (playwright.config.ts's webServer),
 * for `siteUrl` (the suite's base URL). Tests that build the site again (e2e/deploy.spec.ts) use
 * the same, so their build is the suite's.
 *
 * Fixture content (npm run fixtures:e2e), so tests do not depend on editors' latest changes; a
 * test Kakao key shows the KakaoTalk button, and share.spec.ts stands in for Kakao's SDK.
 * PREVIEW_SECRET turns preview on (e2e/preview.spec.ts). A small prerender window makes most
 * fixture stories and every second listing page archive pages, rendered on first request
 * (e2e/archive.spec.ts), so the whole suite checks both kinds.
 */
export function suiteBuildEnv(siteUrl: string): Record<string, string> {
  return {
    SITE_URL: siteUrl,
    CONTENT_DIR: 'e2e/fixtures/content',
    NEXT_PUBLIC_KAKAO_JS_KEY: 'e2e-test-kakao-key',
    PREVIEW_SECRET: E2E_PREVIEW_SECRET,
    PRERENDER_STORIES: '8',
    PRERENDER_LISTING_PAGES: '1',
  };
}
