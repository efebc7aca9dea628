import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { TextSizeControl } from './ReadingControls';

interface TextSizeMenuProps {
  locale: Locale;
}

/** The popover holding the text-size buttons: one per story page. */
const MENU_ID = 'text-size-menu';

/**
 * The text size, one tap away without standing between the headline and the story: an "Aa"
 * button opening the size buttons in a native popover. Hidden without JavaScript, like the
 * buttons themselves (they could not work).
 */
export async function TextSizeMenu({ locale }: TextSizeMenuProps) {
  const t = await getTranslations({ locale, namespace: 'Reading' });
  return (
    <div className="needs-js print:hidden">
      <button type="button" popoverTarget={MENU_ID} className="share-button font-headline">
        <span aria-hidden="true" className="text-base leading-none">
          Aa
        </span>
        <span className="sr-only">{t('textSize')}</span>
      </button>
      <div id={MENU_ID} popover="auto" className="menu-popover">
        <TextSizeControl locale={locale} />
      </div>
    </div>
  );
}
