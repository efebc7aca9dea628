import { decodeSegment, laterListingParams, ListingRoute, listingMetadata } from '../../../../listings';

interface Props {
  params: Promise<{ locale: string; tag: string; page: string }>;
}

export function generateStaticParams({ params }: { params: { locale: string; tag?: string } }) {
  // Called once per tag from the parent segment, or once per locale when there is none.
  const all = laterListingParams('tag', params.locale);
  if (params.tag === undefined) return all.map(({ key, page }) => ({ tag: key, page }));
  const parent = decodeSegment(params.tag);
  return all.filter(({ key }) => key === parent).map(({ page }) => ({ page }));
}

// Pages 2..N exist (page 1 lives at the listing's own URL): the first are prerendered, deeper
// ones render on first request and are cached; proxy.ts turns away pages past the end.
export const dynamicParams = true;

export async function generateMetadata({ params }: Props) {
  const { locale, tag, page } = await params;
  return listingMetadata('tag', { locale, key: tag, page });
}

export default async function Page({ params }: Props) {
  const { locale, tag, page } = await params;
  return <ListingRoute kind="tag" params={{ locale, key: tag, page }} />;
}
