import { getTranslations } from 'next-intl/server';
import { paths } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import type { PublicationState } from '@/lib/content/queries';
import { formatNewsDateTime, toKstIsoString } from '@/lib/format/dates';

interface PreviewBannerProps {
  locale: Locale;
  /** The previewed story's state; none on the desk. */
  state?: PublicationState;
  publishedAt?: string;
  /** The page to return to, as readers see it, when preview ends. */
  returnPath: string;
}

/**
 * Shown on every preview page, stuck to the top: what the editor is looking at (a draft, a story
 * scheduled for a KST time, or a live one) and the way out of preview. The exit link is a plain
 * <a>: a prefetching Link would end preview before the editor clicks.
 */
export async function PreviewBanner({ locale, state, publishedAt, returnPath }: PreviewBannerProps) {
  const t = await getTranslations({ locale, namespace: 'Preview' });
  const exit = `/api/draft/disable?${new URLSearchParams({ path: returnPath })}`;
  return (
    <aside aria-label={t('label')} className="sticky top-0 z-40 border-b-2 border-kicker bg-paper-alt print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2 text-sm">
        <p className="font-bold text-kicker">
          {state === 'scheduled' && publishedAt
            ? t.rich('scheduled', {
                date: formatNewsDateTime(locale, publishedAt),
                time: (chunks) => <time dateTime={toKstIsoString(publishedAt)}>{chunks}</time>,
              })
            : state
              ? t(state)
              : t('label')}
        </p>
        <p className="flex flex-wrap gap-x-2">
          <a href={paths.preview(locale)} className="footer-link font-semibold underline">
            {t('desk')}
          </a>
          <a href={exit} className="footer-link font-semibold underline">
            {t('exit')}
          </a>
        </p>
      </div>
    </aside>
  );
}
