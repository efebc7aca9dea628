import { ListingRoute, listingMetadata, listingParams } from '../../listings';

interface Props {
  params: Promise<{ locale: string; section: string }>;
}

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return listingParams('section', params.locale).map(({ key }) => ({ section: key }));
}

// Every section page the build knew is prerendered; one added to sections.yaml since renders on
// request (proxy.ts lets only the catalog's through: any other is the static 404).
export const dynamicParams = true;

export async function generateMetadata({ params }: Props) {
  const { locale, section } = await params;
  return listingMetadata('section', { locale, key: section });
}

export default async function Page({ params }: Props) {
  const { locale, section } = await params;
  return <ListingRoute kind="section" params={{ locale, key: section }} />;
}
