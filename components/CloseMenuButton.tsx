import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

interface CloseMenuButtonProps {
  locale: Locale;
  /** The id of the popover it closes. */
  menu: string;
}

/**
 * Closes a menu's popover, with no script: a tap outside and Escape close it too, but a screen
 * reader on a touch screen needs a button to find.
 */
export async function CloseMenuButton({ locale, menu }: CloseMenuButtonProps) {
  const t = await getTranslations({ locale, namespace: 'Menus' });
  return (
    <button type="button" popoverTarget={menu} popoverTargetAction="hide" className="share-button ml-auto">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 6l12 12M18 6 6 18" />
      </svg>
      {t('close')}
    </button>
  );
}
