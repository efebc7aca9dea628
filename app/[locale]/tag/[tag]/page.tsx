import { ListingRoute, listingMetadata, listingParams } from '../../listings';

interface Props {
  params: Promise<{ locale: string; tag: string }>;
}

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return listingParams('tag', params.locale).map(({ key }) => ({ tag: key }));
}

// The biggest tags' first pages are prerendered; any other renders on request (proxy.ts lets
// through only tags a public story has: any other is the static 404).
export const dynamicParams = true;

export async function generateMetadata({ params }: Props) {
  const { locale, tag } = await params;
  return listingMetadata('tag', { locale, key: tag });
}

export default async function Page({ params }: Props) {
  const { locale, tag } = await params;
  return <ListingRoute kind="tag" params={{ locale, key: tag }} />;
}
