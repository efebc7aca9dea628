import { firstListingPage } from '../../listings';

const route = firstListingPage('section');

export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
// Every section page the build knew is prerendered; one added to sections.yaml since renders on
// request (proxy.ts lets only the catalog's through: any other is the static 404).
export const dynamicParams = true;
export default route.Page;
