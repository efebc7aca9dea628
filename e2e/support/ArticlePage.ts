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
    this.copyLinkStatus = this.article.getByRole('status').first();
  }

  async goto(locale: string, slug: string) {
    return this.page.goto(`/${locale}/article/${slug}`);
  }

  copyLinkButton(name: string | RegExp) {
    return this.article.getByRole('button', { name });
  }
}
