import type { Locator, Page } from '@playwright/test';
import { labels, type SiteLocale } from './labels';
import { previewUrl } from './preview';

/** The editors' desk (/en/preview) and the preview banner, as an editor sees them. */
export class PreviewDesk {
  readonly banner: Locator;
  readonly heading: Locator;
  /** Rows of the "Not yet public" table, header row first. */
  readonly unpublishedRows: Locator;
  readonly translations: Locator;

  constructor(
    readonly page: Page,
    readonly locale: SiteLocale,
  ) {
    this.banner = page.getByRole('complementary', { name: labels[locale].preview });
    this.heading = page.getByRole('heading', { level: 1 });
    this.unpublishedRows = page.getByRole('region', { name: new RegExp(`^${labels[locale].unpublished}`) }).getByRole('row');
    this.translations = page.locator('#desk-translations').locator('..');
  }

  /** Opens a story through the editors' preview link, which turns preview on. */
  preview(slug: string, locale: SiteLocale = this.locale) {
    return this.page.goto(previewUrl(slug, locale));
  }

  /** The desk itself (a 404 outside preview). */
  goto() {
    return this.page.goto(`/${this.locale}/preview`);
  }

  openDesk() {
    return this.banner.getByRole('link', { name: labels[this.locale].desk }).click();
  }

  exitPreview() {
    return this.banner.getByRole('link', { name: labels[this.locale].exitPreview }).click();
  }

  /** The translation state cell (`data-state`: current, missing or stale) of a story in a language. */
  translationState(slug: string, language: SiteLocale): Locator {
    return this.translations
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: slug, exact: true }) })
      .locator('td')
      .nth(language === 'en' ? 0 : 1);
  }
}
