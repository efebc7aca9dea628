import type { Locator, Page } from '@playwright/test';
import { labels, type SiteLocale } from './labels';

/** A front page (/en, /ko) as a reader sees it. */
export class FrontPage {
  readonly main: Locator;
  /** The lead story: the first article, with the largest headline and a photo. */
  readonly lead: Locator;
  readonly leadHeadline: Locator;
  readonly latest: Locator;
  readonly moreTopStories: Locator;
  /** One region per section, each headed by a link to its section page. */
  readonly sectionBlocks: Locator;

  constructor(
    readonly page: Page,
    readonly locale: SiteLocale,
  ) {
    this.main = page.getByRole('main');
    this.lead = this.main.getByRole('article').first();
    this.leadHeadline = this.lead.getByRole('heading', { level: 2 });
    this.latest = page.getByRole('region', { name: labels[locale].latest });
    this.moreTopStories = this.main.getByRole('region', { name: labels[locale].moreTopStories });
    this.sectionBlocks = this.main.getByRole('region').filter({ has: page.getByRole('heading', { level: 2 }).getByRole('link') });
  }

  goto() {
    return this.page.goto(`/${this.locale}`);
  }

  sectionBlock(name: string): Locator {
    return this.sectionBlocks.filter({ has: this.page.getByRole('heading', { level: 2, name }) });
  }
}
