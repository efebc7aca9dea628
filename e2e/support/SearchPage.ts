import type { Locator, Page } from '@playwright/test';
import { labels, type SiteLocale } from './labels';

/** The search page as a reader uses it: a search box, a button, a count and results. */
export class SearchPage {
  readonly searchbox: Locator;
  readonly submit: Locator;
  /** "3 stories match …" / "… 검색 결과 3건". */
  readonly summary: Locator;
  readonly results: Locator;

  constructor(
    readonly page: Page,
    readonly locale: SiteLocale,
  ) {
    const main = page.getByRole('main');
    this.searchbox = main.getByRole('searchbox', { name: labels[locale].searchLabel });
    this.submit = main.getByRole('button', { name: labels[locale].searchButton });
    this.summary = main.getByRole('heading', { level: 2 });
    this.results = main.locator('ol > li');
  }

  goto(query?: string) {
    return this.page.goto(`/${this.locale}/search${query === undefined ? '' : `?q=${encodeURIComponent(query)}`}`);
  }

  /** Types the query and submits the form, as a reader does. */
  async search(query: string) {
    await this.searchbox.fill(query);
    await this.submit.click();
  }

  result(headline: string | RegExp): Locator {
    return this.results.filter({ has: this.page.getByRole('heading', { name: headline }) });
  }
}
