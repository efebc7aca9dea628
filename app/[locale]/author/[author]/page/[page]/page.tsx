import { decodeSegment, laterListingParams, ListingRoute, listingMetadata } from '../../../../listings';

interface Props {
  params: Promise<{ locale: string; author: string; page: string }>;
}

export function generateStaticParams({ params }: { params: { locale: string; author?: string } }) {
  // Called once per author from the parent segment, or once per locale when there is none.
  const all = laterListingParams('author', params.locale);
  if (params.author === undefined) return all.map(({ key, page }) => ({ author: key, page }));
  const parent = decodeSegment(params.author);
  return all.filter(({ key }) => key === parent).map(({ page }) => ({ page }));
}

// Pages 2..N exist (page 1 lives at the listing's own URL): the first are prerendered, deeper
// ones render on first request and are cached; proxy.ts turns away pages past the end.
export const dynamicParams = true;

export async function generateMetadata({ params }: Props) {
  const { locale, author, page } = await params;
  return listingMetadata('author', { locale, key: author, page });
}

export default async function Page({ params }: Props) {
  const { locale, author, page } = await params;
  return <ListingRoute kind="author" params={{ locale, key: author, page }} />;
}
