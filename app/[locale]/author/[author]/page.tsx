import { firstListingPage } from '../../listings';

const route = firstListingPage('author');

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
// Every author page the build knew is prerendered; one that appears with a publish renders on
// request (proxy.ts lets only the catalog's through: any other is the static 404).
export const dynamicParams = true;
export default route.Page;
