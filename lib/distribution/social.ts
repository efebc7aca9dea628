import type { Metadata } from 'next';
import { localeConfig } from '@/i18n/locales';
import { absoluteUrl } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { toKstIsoString } from '@/lib/format/dates';
import { CARD_SIZE } from './cards';

export interface SocialImage {
  /** Site path or absolute URL. */
  url: string;
  width: number;
  height: number;
  alt: string;
}

export interface SocialInput {
  locale: Locale;
  siteName: string;
  title: string;
  description: string;
  /** The page's canonical path. */
  path: string;
  image: SocialImage;
  /** Every language the page exists in, its own included. */
  locales: readonly Locale[];
  article?: {
    publishedAt: string;
    updatedAt?: string;
    section?: string;
    tags: readonly string[];
    /** Author page URLs (site paths). */
    authors: readonly string[];
  };
}

/** A generated card (lib/distribution/cards.tsx) as a social image. */
export function cardImage(path: string, alt: string): SocialImage {
  return { url: path, ...CARD_SIZE, alt };
}

/**
 * Open Graph and Twitter card metadata: absolute URLs, the page's language and the languages it
 * also exists in, and for stories their times in KST, section, tags and authors.
 */
export function socialMetadata(input: SocialInput): Pick<Metadata, 'openGraph' | 'twitter'> {
  const image = { ...input.image, url: input.image.url.startsWith('http') ? input.image.url : absoluteUrl(input.image.url) };
  const common = {
    siteName: input.siteName,
    locale: localeConfig[input.locale].openGraphLocale,
    alternateLocale: input.locales.filter((l) => l !== input.locale).map((l) => localeConfig[l].openGraphLocale),
    title: input.title,
    description: input.description,
    url: absoluteUrl(input.path),
    images: [image],
  };
  const { article } = input;
  return {
    openGraph: article
      ? {
          ...common,
          type: 'article',
          publishedTime: toKstIsoString(article.publishedAt),
          modifiedTime: toKstIsoString(article.updatedAt ?? article.publishedAt),
          section: article.section,
          tags: [...article.tags],
          authors: article.authors.map(absoluteUrl),
        }
      : { ...common, type: 'website' },
    twitter: { card: 'summary_large_image', title: input.title, description: input.description, images: [{ url: image.url, alt: image.alt }] },
  };
}
