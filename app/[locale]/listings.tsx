import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ListingPage } from '@/components/ListingPage';
import { absoluteUrl, paths } from '@/i18n/paths';
import { isLocale, type Locale } from '@/i18n/routing';
import { metadataLanguages } from '@/i18n/alternates';
import { cardPaths } from '@/lib/distribution/cards';
import { feedAlternates } from '@/lib/distribution/feedSources';
import { cardImage, socialMetadata } from '@/lib/distribution/social';
import { listingKeys, listingLocales, listingPath, type ListingKind } from '@/lib/content/listings';
import { getAuthor, getSection, getTag, listingPage, listSections } from '@/lib/content/queries';
import { TAG_SLUG_PATTERN } from '@/lib/content/tags';
import { prerenderListingPages } from '@/lib/content/prerender';
import { laterPageParams, PAGE_SIZE, pageCount, parsePageParam } from '@/lib/pagination';

export type { ListingKind };

export interface ListingParams {
  locale: string;
  key: string;
  /** The `/page/N` segment; absent on page 1. */
  page?: string;
}

interface Listing {
  title: string;
  description: string;
  intro?: ReactNode;
  href: (page: number) => string;
  /** Section names for kickers; a section page does not repeat its own. */
  showSections: boolean;
}

async function findListing(kind: ListingKind, locale: Locale, key: string): Promise<Listing | undefined> {
  const t = await getTranslations({ locale, namespace: 'Listing' });
  const ts = await getTranslations({ locale, namespace: 'Section' });
  switch (kind) {
    case 'section': {
      const section = getSection(key);
      if (!section) return undefined;
      const name = section.name[locale];
      return {
        title: name,
        description: ts('description', { section: name }),
        href: (page) => paths.section(locale, key, page),
        showSections: false,
      };
    }
    case 'tag': {
      // Only shapes a tag can have are looked up at all.
      const tag = TAG_SLUG_PATTERN.test(key) ? getTag(locale, key) : undefined;
      if (!tag) return undefined;
      return {
        title: t('tagTitle', { tag: tag.label }),
        description: t('tagDescription', { tag: tag.label }),
        href: (page) => paths.tag(locale, key, page),
        showSections: true,
      };
    }
    case 'author': {
      const author = getAuthor(key);
      if (!author) return undefined;
      const name = author.name[locale];
      return {
        title: name,
        description: author.bio?.[locale] ?? t('authorStories', { name }),
        intro: (
          <div className="space-y-1">
            {author.role && <p className="font-semibold">{author.role[locale]}</p>}
            {author.bio && <p className="text-muted">{author.bio[locale]}</p>}
          </div>
        ),
        href: (page) => paths.author(locale, key, page),
        showSections: true,
      };
    }
  }
}

/**
 * Tags whose first page the build prerenders, those with the most stories: a long tail of tags
 * renders on first request, so build time does not grow with the number of tags.
 */
export const PRERENDERED_TAGS = 200;

/** Page 1 of every section and author, and of the biggest tags, in this language. */
export function listingParams(kind: ListingKind, locale: string): { key: string }[] {
  return prerenderedListings(kind, locale).map(({ key }) => ({ key }));
}

function prerenderedListings(kind: ListingKind, locale: string) {
  if (!isLocale(locale)) return [];
  const keys = listingKeys(kind, locale);
  return kind === 'tag' ? keys.slice(0, PRERENDERED_TAGS) : keys;
}

/**
 * Pages 2..N of those listings, up to PRERENDER_LISTING_PAGES: deeper pages of a long archive
 * render on their first request (proxy.ts lets through only pages that exist).
 */
export function laterListingParams(kind: ListingKind, locale: string, pages = prerenderListingPages()): { key: string; page: string }[] {
  return prerenderedListings(kind, locale).flatMap(({ key, count }) =>
    laterPageParams(count)
      .filter(({ page }) => Number(page) <= pages)
      .map(({ page }) => ({ key, page })),
  );
}

/** A URL segment as the text it encodes; Next.js may hand it over either way. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function pageNumber(params: ListingParams): number | undefined {
  return params.page === undefined ? 1 : parsePageParam(params.page);
}

export async function listingMetadata(kind: ListingKind, params: ListingParams): Promise<Metadata> {
  const { locale } = params;
  const key = decodeSegment(params.key);
  const page = pageNumber(params);
  if (!isLocale(locale) || !page) return {};
  const listing = await findListing(kind, locale, key);
  if (!listing) return {};
  const t = await getTranslations({ locale, namespace: 'Listing' });
  // Page 1 pairs with the other language's page 1; later pages have no counterpart to promise.
  const versions = Object.fromEntries(listingLocales(kind, locale).map((l) => [l, listingPath(kind, l, key)]));
  const site = await getTranslations({ locale, namespace: 'Site' });
  const title = page > 1 ? t('pageTitle', { title: listing.title, page }) : listing.title;
  // A section has its own card; tags and authors share the front page's.
  const image =
    kind === 'section'
      ? cardImage(cardPaths.section(locale, key), listing.title)
      : cardImage(cardPaths.home(locale), `${site('name')}: ${site('tagline')}`);
  return {
    title,
    description: listing.description,
    ...socialMetadata({
      locale,
      siteName: site('name'),
      title,
      description: listing.description,
      path: listing.href(page),
      image,
      locales: page === 1 ? listingLocales(kind, locale) : [locale],
    }),
    alternates: {
      canonical: absoluteUrl(listing.href(page)),
      languages: page === 1 ? metadataLanguages(versions) : undefined,
      types: await feedAlternates(locale, kind === 'section' ? key : undefined),
    },
  };
}

export async function ListingRoute({ kind, params }: { kind: ListingKind; params: ListingParams }) {
  const { locale } = params;
  const key = decodeSegment(params.key);
  const page = pageNumber(params);
  if (!isLocale(locale) || !page) notFound();
  setRequestLocale(locale);
  const listing = await findListing(kind, locale, key);
  if (!listing) notFound();
  const { articles, total } = listingPage(kind, locale, key, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const totalPages = pageCount(total);
  if (page > totalPages) notFound();
  const sectionNames = listing.showSections ? new Map(listSections().map((s) => [s.id, s.name[locale]])) : undefined;
  return (
    <ListingPage
      locale={locale}
      title={listing.title}
      intro={listing.intro}
      stories={{ items: articles, page, totalPages }}
      total={total}
      href={listing.href}
      sectionNames={sectionNames}
    />
  );
}

/**
 * The exports of a listing's route files, the same for sections, tags and authors: the first
 * page (`/[locale]/<kind>/<key>`) and the later ones (`…/page/<n>`). Each route file names its
 * kind and keeps its own `dynamicParams`, which Next.js reads from the file itself.
 */
type KindParams<K extends ListingKind> = { locale: string } & Record<K, string>;

export function firstListingPage<K extends ListingKind>(kind: K) {
  type Props = { params: Promise<KindParams<K>> };
  return {
    generateStaticParams: ({ params }: { params: { locale: string } }) => listingParams(kind, params.locale).map(({ key }) => ({ [kind]: key })),
    generateMetadata: async ({ params }: Props) => {
      const route = await params;
      return listingMetadata(kind, { locale: route.locale, key: route[kind] });
    },
    Page: async function Page({ params }: Props) {
      const route = await params;
      return <ListingRoute kind={kind} params={{ locale: route.locale, key: route[kind] }} />;
    },
  };
}

export function laterListingPage<K extends ListingKind>(kind: K) {
  type Props = { params: Promise<KindParams<K> & { page: string }> };
  return {
    generateStaticParams: ({ params }: { params: { locale: string } & Partial<Record<K, string>> }) => {
      // Called once per listing from the parent segment, or once per locale when there is none.
      const all = laterListingParams(kind, params.locale);
      const parentKey = params[kind];
      if (parentKey === undefined) return all.map(({ key, page }) => ({ [kind]: key, page }));
      const parent = decodeSegment(parentKey);
      return all.filter(({ key }) => key === parent).map(({ page }) => ({ page }));
    },
    generateMetadata: async ({ params }: Props) => {
      const route = await params;
      return listingMetadata(kind, { locale: route.locale, key: route[kind], page: route.page });
    },
    Page: async function Page({ params }: Props) {
      const route = await params;
      return <ListingRoute kind={kind} params={{ locale: route.locale, key: route[kind], page: route.page }} />;
    },
  };
}
