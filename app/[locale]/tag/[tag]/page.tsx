import { ListingRoute, listingMetadata, listingParams } from '../../listings';

interface Props {
  params: Promise<{ locale: string; tag: string }>;
}

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return listingParams('tag', params.locale).map(({ key }) => ({ tag: key }));
}

// Every tag page is prerendered; any other is a 404 without rendering.
export const dynamicParams = false;

export async function generateMetadata({ params }: Props) {
  const { locale, tag } = await params;
  return listingMetadata('tag', { locale, key: tag });
}

export default async function Page({ params }: Props) {
  const { locale, tag } = await params;
  return <ListingRoute kind="tag" params={{ locale, key: tag }} />;
}
