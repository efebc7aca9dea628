import { serializeJsonLd } from '@/lib/distribution/structuredData';

/** Structured data for search engines, serialized so no content can end the script early. */
export function JsonLd({ data }: { data: Record<string, unknown> | Record<string, unknown>[] }) {
  // serializeJsonLd escapes < > & and line separators: the string cannot close this element.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
