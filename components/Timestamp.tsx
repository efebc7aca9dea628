import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatNewsDateTime, toKstIsoString } from '@/lib/format/dates';

interface TimestampProps {
  locale: Locale;
  publishedAt: string;
  updatedAt?: string;
}

/** When the story was published and last updated, always in Seoul time. */
export async function Timestamp({ locale, publishedAt, updatedAt }: TimestampProps) {
  const t = await getTranslations({ locale, namespace: 'Article' });
  const stamp = (key: 'published' | 'updated', iso: string) =>
    t.rich(key, {
      date: formatNewsDateTime(locale, iso),
      time: (chunks) => <time dateTime={toKstIsoString(iso)}>{chunks}</time>,
    });
  return (
    <p className="flex flex-wrap gap-x-4 text-sm text-muted">
      <span>{stamp('published', publishedAt)}</span>
      {updatedAt && <span>{stamp('updated', updatedAt)}</span>}
    </p>
  );
}
