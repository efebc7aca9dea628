import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { create } from 'xmlbuilder2';
import { localeConfig } from '@/i18n/locales';
import { absoluteUrl, paths } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { withoutGlosses } from '@/lib/content/glosses';
import { getArticleBody, getAuthors, getSection } from '@/lib/content/queries';
import { describe } from '@/lib/content/summary';
import type { Article } from '@/lib/content/types';
import { toKstIsoString } from '@/lib/format/dates';

/** How many stories a feed carries: the newest. */
export const FEED_SIZE = 50;

/** What a feed is about; its stories come newest first. */
export interface FeedSource {
  locale: Locale;
  title: string;
  description: string;
  /** The page the feed mirrors, e.g. `/en` or `/en/section/business`. */
  homePath: string;
  /** Where this feed and its JSON twin live. */
  rssPath: string;
  jsonPath?: string;
  copyright: string;
  articles: readonly Article[];
}

/** HTML that must survive inside a CDATA section, which `]]>` would end early. */
const cdataSafe = (text: string) => text.replaceAll(']]>', ']]&gt;');

const lastChange = (article: Article) => new Date(article.updatedAt ?? article.publishedAt);

/**
 * The story as HTML for feed readers: the lead photo with caption and credit, then the body,
 * already sanitized when the content was loaded. Site-relative links and images become absolute,
 * since a feed reader shows them away from the site.
 */
export function storyHtml(article: Article, credit: (credit: string) => string): string {
  // A copy: the rendered body is shared with pages (queries.ts keeps recent ones).
  const body = withoutGlosses(structuredClone(getArticleBody(article).tree) as Root);
  visit(body, 'element', (node: Element) => {
    for (const attribute of ['src', 'href'] as const) {
      const value = node.properties[attribute];
      if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) node.properties[attribute] = absoluteUrl(value);
    }
  });
  if (article.hero) {
    const { src, alt, width, height, caption, credit: by } = article.hero;
    const captionText = [caption, by && credit(by)].filter(Boolean).join(' ');
    const figure: ElementContent[] = [{ type: 'element', tagName: 'img', properties: { src: absoluteUrl(src), alt, width, height }, children: [] }];
    if (captionText) figure.push({ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: captionText }] });
    body.children.unshift({ type: 'element', tagName: 'figure', properties: {}, children: figure });
  }
  return toHtml(body);
}

function authorsOf(article: Article) {
  return getAuthors(article.authors).map((author) => ({ name: author.name[article.locale], link: absoluteUrl(paths.author(article.locale, author.id)) }));
}

function categoriesOf(article: Article): { name: string; domain?: string }[] {
  const section = getSection(article.section);
  return [
    ...(section ? [{ name: section.name[article.locale], domain: absoluteUrl(paths.section(article.locale, section.id)) }] : []),
    ...article.tags.map((tag) => ({ name: tag })),
  ];
}

const NS = {
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  atom: 'http://www.w3.org/2005/Atom',
  xmlns: 'http://www.w3.org/2000/xmlns/',
};

/**
 * RSS 2.0, built with an XML library (escaping and CDATA handled there): each item with its
 * canonical URL as a permanent guid, its authors as `dc:creator` (RSS's own `author` wants an
 * e-mail address) and the whole story in `content:encoded`.
 */
export function renderRss(source: FeedSource, credit: (credit: string) => string): string {
  const articles = source.articles.slice(0, FEED_SIZE);
  const rss = create({ version: '1.0', encoding: 'UTF-8' })
    .ele('rss', { version: '2.0' })
    .att(NS.xmlns, 'xmlns:content', NS.content)
    .att(NS.xmlns, 'xmlns:dc', NS.dc)
    .att(NS.xmlns, 'xmlns:atom', NS.atom);
  const channel = rss.ele('channel');
  channel.ele('title').txt(source.title);
  channel.ele('link').txt(absoluteUrl(source.homePath));
  channel.ele('description').txt(source.description);
  channel.ele('language').txt(localeConfig[source.locale].htmlLang);
  channel.ele('copyright').txt(source.copyright);
  // The newest change in the feed, so an unchanged feed reads the same on every build.
  if (articles.length > 0) channel.ele('lastBuildDate').txt(new Date(Math.max(...articles.map((a) => lastChange(a).getTime()))).toUTCString());
  channel.ele(NS.atom, 'atom:link', { href: absoluteUrl(source.rssPath), rel: 'self', type: 'application/rss+xml' });
  for (const article of articles) {
    const url = absoluteUrl(paths.article(article.locale, article.slug));
    const item = channel.ele('item');
    item.ele('title').txt(article.title);
    item.ele('link').txt(url);
    item.ele('guid', { isPermaLink: 'true' }).txt(url);
    // RFC 822 in GMT: the same instant as the +09:00 time editors wrote.
    item.ele('pubDate').txt(new Date(article.publishedAt).toUTCString());
    item.ele('description').txt(describe(article));
    item.ele(NS.content, 'content:encoded').dat(cdataSafe(storyHtml(article, credit)));
    for (const author of authorsOf(article)) item.ele(NS.dc, 'dc:creator').txt(author.name);
    for (const category of categoriesOf(article)) item.ele('category', category.domain ? { domain: category.domain } : {}).txt(category.name);
    if (article.hero) item.ele('enclosure', { url: absoluteUrl(article.hero.src), type: imageType(article.hero.src), length: '0' });
  }
  return rss.end({ prettyPrint: true });
}

function imageType(src: string): string {
  const extension = src.split('.').pop()?.toLowerCase();
  return `image/${extension === 'jpg' ? 'jpeg' : extension}`;
}

/** JSON Feed 1.1 (jsonfeed.org/version/1.1): plain JSON, so the platform's JSON.stringify writes it. */
export function renderJsonFeed(source: FeedSource, credit: (credit: string) => string): string {
  const articles = source.articles.slice(0, FEED_SIZE);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: source.title,
    home_page_url: absoluteUrl(source.homePath),
    feed_url: absoluteUrl(source.jsonPath ?? source.rssPath),
    description: source.description,
    language: localeConfig[source.locale].htmlLang,
    items: articles.map((article) => ({
      id: absoluteUrl(paths.article(article.locale, article.slug)),
      url: absoluteUrl(paths.article(article.locale, article.slug)),
      title: article.title,
      summary: describe(article),
      content_html: storyHtml(article, credit),
      ...(article.hero ? { image: absoluteUrl(article.hero.src) } : {}),
      date_published: toKstIsoString(article.publishedAt),
      ...(article.updatedAt ? { date_modified: toKstIsoString(article.updatedAt) } : {}),
      authors: authorsOf(article).map(({ name, link }) => ({ name, url: link })),
      tags: categoriesOf(article).map((c) => c.name),
      language: localeConfig[article.locale].htmlLang,
    })),
  };
  return JSON.stringify(feed, null, 2);
}
