import { firstListingPage } from '../../listings';

const route = firstListingPage('tag');

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
// The biggest tags' first pages are prerendered; any other renders on request (proxy.ts lets
// through only tags a public story has: any other is the static 404).
export const dynamicParams = true;
export default route.Page;
