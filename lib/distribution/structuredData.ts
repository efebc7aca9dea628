import { localeConfig } from '@/i18n/locales';
import { absoluteUrl, paths } from '@/i18n/paths';
import { routing, type Locale } from '@/i18n/routing';
import type { Article, Author, Section } from '@/lib/content/types';
import { toKstIsoString } from '@/lib/format/dates';

type JsonLd = Record<string, unknown>;

/** The publisher's logo (app/logo.png), sized as Google asks: at most 600x60. */
export const LOGO = { path: '/logo.png', width: 600, height: 60 } as const;

/**
 * JSON for a `<script type="application/ld+json">`: `<` and `>` as \u escapes, so no text in a
 * story can close the script element or open a comment, and the line separators JavaScript
 * parsers choke on escaped too.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function publisher(siteName: string): JsonLd {
  return {
    '@type': 'NewsMediaOrganization',
    name: siteName,
    url: absoluteUrl('/'),
    logo: { '@type': 'ImageObject', url: absoluteUrl(LOGO.path), width: LOGO.width, height: LOGO.height },
  };
}

export interface NewsArticleInput {
  article: Article;
  siteName: string;
  section?: Section;
  authors: readonly Author[];
  /** Who translated this version (its `translatedBy`). */
  translators?: readonly Author[];
  /** Absolute URL of the image that represents the story (its photo or its card). */
  image: string;
  description: string;
  /** The public versions of this story, by locale. */
  versions: Partial<Record<Locale, Article>>;
}

/**
 * schema.org NewsArticle. The two language versions point at each other: the English one, where
 * there is one, counts as the original (`workTranslation` from it, `translationOfWork` to it).
 */
export function newsArticleJsonLd({ article, siteName, section, authors, translators = [], image, description, versions }: NewsArticleInput): JsonLd {
  const url = absoluteUrl(paths.article(article.locale, article.slug));
  const ref = (locale: Locale) => ({ '@type': 'NewsArticle', '@id': `${absoluteUrl(paths.article(locale, article.slug))}#article`, inLanguage: localeConfig[locale].htmlLang });
  const others = routing.locales.filter((l) => l !== article.locale && versions[l]);
  // The original is the version a translation names (translatedFrom); when none does, English.
  const declared = article.translatedFrom ?? routing.locales.map((l) => versions[l]?.translatedFrom).find((l) => l !== undefined);
  const original = declared && versions[declared] ? declared : versions[routing.defaultLocale] ? routing.defaultLocale : undefined;
  const translations =
    original && original !== article.locale
      ? { translationOfWork: ref(original) }
      : others.length > 0
        ? { workTranslation: others.map(ref) }
        : {};
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    headline: article.title,
    description,
    image: [image],
    datePublished: toKstIsoString(article.publishedAt),
    dateModified: toKstIsoString(article.updatedAt ?? article.publishedAt),
    author: authors.map((author) => ({
      '@type': author.kind === 'agency' ? 'Organization' : 'Person',
      name: author.name[article.locale],
      url: absoluteUrl(paths.author(article.locale, author.id)),
    })),
    publisher: publisher(siteName),
    inLanguage: localeConfig[article.locale].htmlLang,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    ...(section ? { articleSection: section.name[article.locale] } : {}),
    ...(article.tags.length > 0 ? { keywords: article.tags.join(', ') } : {}),
    isAccessibleForFree: true,
    ...translations,
    ...(translators.length > 0
      ? {
          translator: translators.map((person) => ({
            '@type': person.kind === 'agency' ? 'Organization' : 'Person',
            name: person.name[article.locale],
            url: absoluteUrl(paths.author(article.locale, person.id)),
          })),
        }
      : {}),
  };
}

/** Home > section > story, as schema.org BreadcrumbList. */
export function breadcrumbJsonLd(items: readonly { name: string; path: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: absoluteUrl(item.path) })),
  };
}

/** The front page: the site (with its search) and the organization behind it. */
export function siteJsonLd(locale: Locale, siteName: string): JsonLd[] {
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: siteName,
      url: absoluteUrl(paths.home(locale)),
      inLanguage: localeConfig[locale].htmlLang,
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(paths.search(locale))}?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      },
    },
    { '@context': 'https://schema.org', ...publisher(siteName) },
  ];
}
