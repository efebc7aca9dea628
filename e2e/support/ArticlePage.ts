import type { Locator, Page } from '@playwright/test';

/** An article page as a reader sees it, found by role and text rather than by markup. */
export class ArticlePage {
  readonly article: Locator;
  readonly headline: Locator;
  readonly kicker: Locator;
  readonly timestamp: Locator;
  readonly photo: Locator;
  readonly caption: Locator;
  readonly body: Locator;
  readonly shareRegion: Locator;
  /** The one Share button: it opens the share menu (or, on a phone with one, the device's sheet). */
  readonly shareButton: Locator;
  /** The share menu, a native popover. */
  readonly shareMenu: Locator;
  readonly copyLinkStatus: Locator;

  constructor(readonly page: Page) {
    this.article = page.getByRole('article');
    this.headline = page.getByRole('heading', { level: 1 });
    this.kicker = this.article.locator('header').getByRole('link').first();
    this.timestamp = this.article.locator('time').first();
    this.photo = this.article.getByRole('figure').first();
    this.caption = this.photo.locator('figcaption');
    this.body = this.article.locator('.article-body');
    this.shareRegion = this.article.getByRole('region').filter({ has: page.getByRole('button') }).first();
    this.shareButton = this.article.getByRole('button', { name: /^(Share|공유)$/ });
    this.shareMenu = this.article.locator('#share-menu');
    this.copyLinkStatus = this.article.getByRole('status').first();
  }

  /** Opens the share menu, as a reader taps Share, and waits until it shows. */
  async openShareMenu() {
    await this.shareButton.click();
    await this.shareMenu.and(this.page.locator(':popover-open')).waitFor();
  }

  async goto(locale: string, slug: string) {
    return this.page.goto(`/${locale}/article/${slug}`);
  }

  copyLinkButton(name: string | RegExp) {
    return this.article.getByRole('button', { name });
  }
}
