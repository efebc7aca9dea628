import { getTranslations } from 'next-intl/server';
import { localeConfig } from '@/i18n/locales';
import type { Locale } from '@/i18n/routing';
import { LanguageLink } from './LanguageLink';

interface LanguageSwitcherProps {
  locale: Locale;
  /** The language to switch to and where that version lives (the layout's footer: this page's counterpart). */
  target: Locale;
  href?: string;
  /** What the link leads to: this story or this page. */
  kind?: 'story' | 'page';
  /** On a phone, show the language's name alone, no globe (the whole sentence stays its accessible name). */
  compact?: boolean;
}

const MESSAGE = { story: 'readIn', page: 'viewIn' } as const;

/** A link to this page in the other language; the language's name is marked with its `lang`. */
export async function LanguageSwitcher({ locale, target, href, kind = 'page', compact = false }: LanguageSwitcherProps) {
  const t = await getTranslations({ locale, namespace: 'Language' });
  const { nativeName, htmlLang } = localeConfig[target];
  return (
    <LanguageLink
      href={href}
      hrefLang={htmlLang}
      locale={target}
      className="language-switcher print:hidden"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className={compact ? 'size-4 shrink-0 max-sm:hidden' : 'size-4 shrink-0'} fill="none" stroke="currentColor" strokeWidth="2">
        <circle cx="12" cy="12" r="9" />
        <path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18" />
      </svg>
      <span>
        {t.rich(MESSAGE[kind], {
          language: nativeName,
          lang: (chunks) => <span lang={htmlLang}>{chunks}</span>,
          // Hidden on a phone, still part of the name (and the language's name keeps its lang).
          phrase: (chunks) => <span className={compact ? 'max-sm:sr-only' : undefined}>{chunks}</span>,
        })}
      </span>
    </LanguageLink>
  );
}
