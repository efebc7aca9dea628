import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test';
import { ArticlePage } from './ArticlePage';
import { FrontPage } from './FrontPage';
import type { SiteLocale } from './labels';
import { PreviewDesk } from './PreviewDesk';
import { SearchPage } from './SearchPage';
import { SectionPage } from './SectionPage';

export const LOCALES: readonly SiteLocale[] = ['en', 'ko'];

interface SiteFixtures {
  /**
   * The site language a test reads in (`/en` or `/ko`). Playwright's own `locale` option is the
   * browser's language (the ko-first project sets it to ko-KR), so the site's is a separate
   * fixture; `eachLocale` runs a group of tests once per site language.
   */
  siteLocale: SiteLocale;
  articlePage: ArticlePage;
  frontPage: FrontPage;
  sectionPage: SectionPage;
  searchPage: SearchPage;
  previewDesk: PreviewDesk;
  /** Console errors, page errors and failed requests seen so far on this page. */
  pageProblems: string[];
}

export const test = base.extend<SiteFixtures>({
  siteLocale: ['en', { option: true }],
  articlePage: async ({ page }, use) => use(new ArticlePage(page)),
  frontPage: async ({ page, siteLocale }, use) => use(new FrontPage(page, siteLocale)),
  sectionPage: async ({ page, siteLocale }, use) => use(new SectionPage(page, siteLocale)),
  searchPage: async ({ page, siteLocale }, use) => use(new SearchPage(page, siteLocale)),
  previewDesk: async ({ page, siteLocale }, use) => use(new PreviewDesk(page, siteLocale)),
  pageProblems: async ({ page }, use) => use(watchProblems(page)),
});

export { expect };

/** Runs `define` once per site language, inside a describe named for it, with `siteLocale` set. */
export function eachLocale(title: string, define: (locale: SiteLocale) => void) {
  for (const locale of LOCALES) {
    test.describe(`${title} (${locale})`, () => {
      test.use({ siteLocale: locale });
      define(locale);
    });
  }
}

function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    // A 404 page's own status is logged too; tests assert that status themselves.
    if (message.location().url === page.url() && /status of 404/.test(message.text())) return;
    problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}
