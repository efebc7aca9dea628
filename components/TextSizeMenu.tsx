import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { CloseMenuButton } from './CloseMenuButton';
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
        {/* Named for what it shows, then what it does: "Aa Text size". */}
        <span className="text-base leading-none">Aa</span>
        <span className="sr-only"> {t('textSize')}</span>
      </button>
      {/* Never a display on the popover itself: it would show the menu while closed. */}
      <div id={MENU_ID} popover="auto" className="menu-popover">
        <div className="flex flex-wrap items-center gap-3">
          <TextSizeControl locale={locale} />
          <CloseMenuButton locale={locale} menu={MENU_ID} />
        </div>
      </div>
    </div>
  );
}
