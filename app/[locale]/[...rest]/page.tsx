import { notFound } from 'next/navigation';

// Any unknown path under /en or /ko gets the localized 404 page, not the bare global one.
export default function UnknownPage() {
  notFound();
}
