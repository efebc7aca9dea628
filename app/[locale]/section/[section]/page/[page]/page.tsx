import { decodeSegment, laterListingParams, ListingRoute, listingMetadata } from '../../../../listings';

interface Props {
  params: Promise<{ locale: string; section: string; page: string }>;
}

export function generateStaticParams({ params }: { params: { locale: string; section?: string } }) {
  // Called once per section from the parent segment, or once per locale when there is none.
  const all = laterListingParams('section', params.locale);
  if (params.section === undefined) return all.map(({ key, page }) => ({ section: key, page }));
  const parent = decodeSegment(params.section);
  return all.filter(({ key }) => key === parent).map(({ page }) => ({ page }));
}

// Pages 2..N exist (page 1 lives at the listing's own URL): the first are prerendered, deeper
// ones render on first request and are cached; proxy.ts turns away pages past the end.
export const dynamicParams = true;

export async function generateMetadata({ params }: Props) {
  const { locale, section, page } = await params;
  return listingMetadata('section', { locale, key: section, page });
}

export default async function Page({ params }: Props) {
  const { locale, section, page } = await params;
  return <ListingRoute kind="section" params={{ locale, key: section, page }} />;
}
