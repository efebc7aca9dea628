import { ListingRoute, listingMetadata, listingParams } from '../../listings';

interface Props {
  params: Promise<{ locale: string; tag: string }>;
}

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return listingParams('tag', params.locale).map(({ key }) => ({ tag: key }));
}

// Every tag page the build knew is prerendered; one that appears with a publish renders on
// request (proxy.ts lets only the catalog's through: any other is the static 404).
export const dynamicParams = true;

export async function generateMetadata({ params }: Props) {
  const { locale, tag } = await params;
  return listingMetadata('tag', { locale, key: tag });
}

export default async function Page({ params }: Props) {
  const { locale, tag } = await params;
  return <ListingRoute kind="tag" params={{ locale, key: tag }} />;
}
