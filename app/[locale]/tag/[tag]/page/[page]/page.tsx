import { laterListingPage } from '../../../../listings';

const route = laterListingPage('tag');

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
// Pages 2..N exist (page 1 lives at the listing's own URL): the first are prerendered, deeper
// ones render on first request and are cached; proxy.ts turns away pages past the end.
export const dynamicParams = true;
export default route.Page;
