import { ListingRoute, listingMetadata, listingParams } from '../../listings';

interface Props {
  params: Promise<{ locale: string; author: string }>;
}

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return listingParams('author', params.locale).map(({ key }) => ({ author: key }));
}

// Every author page is prerendered; any other is a 404 without rendering.
export const dynamicParams = false;

export async function generateMetadata({ params }: Props) {
  const { locale, author } = await params;
  return listingMetadata('author', { locale, key: author });
}

export default async function Page({ params }: Props) {
  const { locale, author } = await params;
  return <ListingRoute kind="author" params={{ locale, key: author }} />;
}
