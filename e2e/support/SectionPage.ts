import type { Locator, Page } from '@playwright/test';
import { labels, type SiteLocale } from './labels';

/** A listing page (section, tag or author) as a reader sees it: a title, stories, page links. */
export class SectionPage {
  readonly heading: Locator;
  /** The listed stories, newest first. */
  readonly stories: Locator;
  readonly pagination: Locator;
  readonly nextPage: Locator;
  readonly previousPage: Locator;
  readonly currentPage: Locator;

  constructor(
    readonly page: Page,
    readonly locale: SiteLocale,
  ) {
    this.heading = page.getByRole('heading', { level: 1 });
    // The first list on the page is the stories (the page links come after them).
    this.stories = page.getByRole('main').getByRole('list').first().getByRole('listitem');
    this.pagination = page.getByRole('navigation', { name: labels[locale].pages });
    this.nextPage = this.pagination.getByRole('link', { name: labels[locale].nextPage });
    this.previousPage = this.pagination.getByRole('link', { name: labels[locale].previousPage });
    this.currentPage = this.pagination.locator('[aria-current="page"]');
  }

  /** `kind` is section, tag or author; `key` its id or tag URL segment. */
  goto(kind: 'section' | 'tag' | 'author', key: string, page = 1) {
    return this.page.goto(`/${this.locale}/${kind}/${encodeURIComponent(key)}${page > 1 ? `/page/${page}` : ''}`);
  }

  /** A story in the list, by (part of) its headline. */
  story(headline: string | RegExp): Locator {
    return this.stories.filter({ has: this.page.getByRole('heading', { name: headline }) });
  }
}
