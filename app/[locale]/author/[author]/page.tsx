import { ListingRoute, listingMetadata, listingParams } from '../../listings';

interface Props {
  params: Promise<{ locale: string; author: string }>;
}

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return listingParams('author', params.locale).map(({ key }) => ({ author: key }));
}

// Every author page the build knew is prerendered; one that appears with a publish renders on
// request (proxy.ts lets only the catalog's through: any other is the static 404).
export const dynamicParams = true;

export async function generateMetadata({ params }: Props) {
  const { locale, author } = await params;
  return listingMetadata('author', { locale, key: author });
}

export default async function Page({ params }: Props) {
  const { locale, author } = await params;
  return <ListingRoute kind="author" params={{ locale, key: author }} />;
}
