import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { PREFERENCE_ATTRIBUTES, PREFERENCE_KEYS, TEXT_SIZES, THEMES } from '@/lib/readingPreferences';
import { PreferenceButtons } from './PreferenceButtons';

interface ControlProps {
  locale: Locale;
}

/** Small, medium or large story text, kept across pages. */
export async function TextSizeControl({ locale }: ControlProps) {
  const t = await getTranslations({ locale, namespace: 'Reading' });
  return (
    <PreferenceButtons
      label={t('textSize')}
      options={TEXT_SIZES.map((value) => ({ value, label: t(value) }))}
      defaultValue="medium"
      storageKey={PREFERENCE_KEYS.textSize}
      attribute={PREFERENCE_ATTRIBUTES.textSize}
    />
  );
}

/** Light or dark pages, or whatever the system uses. */
export async function ThemeControl({ locale }: ControlProps) {
  const t = await getTranslations({ locale, namespace: 'Reading' });
  return (
    <PreferenceButtons
      label={t('theme')}
      options={THEMES.map((value) => ({ value, label: t(value) }))}
      defaultValue="system"
      storageKey={PREFERENCE_KEYS.theme}
      attribute={PREFERENCE_ATTRIBUTES.theme}
    />
  );
}
