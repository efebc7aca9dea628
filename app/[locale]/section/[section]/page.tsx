import { ListingRoute, listingMetadata, listingParams } from '../../listings';

interface Props {
  params: Promise<{ locale: string; section: string }>;
}

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return listingParams('section', params.locale).map(({ key }) => ({ section: key }));
}

// Every section page is prerendered; any other is a 404 without rendering.
export const dynamicParams = false;

export async function generateMetadata({ params }: Props) {
  const { locale, section } = await params;
  return listingMetadata('section', { locale, key: section });
}

export default async function Page({ params }: Props) {
  const { locale, section } = await params;
  return <ListingRoute kind="section" params={{ locale, key: section }} />;
}
