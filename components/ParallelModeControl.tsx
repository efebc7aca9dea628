import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { PARALLEL_MODES, PREFERENCE_ATTRIBUTES, PREFERENCE_KEYS } from '@/lib/readingPreferences';
import { PreferenceButtons } from './PreferenceButtons';

/** Both languages, only the page's, or each translation on a tap: kept across pages like the text size. */
export async function ParallelModeControl({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Bilingual' });
  return (
    <PreferenceButtons
      label={t('mode')}
      options={PARALLEL_MODES.map((value) => ({ value, label: t(value) }))}
      defaultValue="both"
      storageKey={PREFERENCE_KEYS.parallel}
      attribute={PREFERENCE_ATTRIBUTES.parallel}
    />
  );
}
