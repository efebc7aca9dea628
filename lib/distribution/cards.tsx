import { ImageResponse } from 'next/og';
import { SocialCard } from '@/components/SocialCard';
import { localeConfig } from '@/i18n/locales';
import { paths } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { cardFonts } from './cardFonts';

export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** Where the generated share images live, beside the pages they stand for. */
export const cardPaths = {
  home: (locale: Locale) => `${paths.home(locale)}/card.png`,
  section: (locale: Locale, section: string) => `${paths.section(locale, section)}/card.png`,
  article: (locale: Locale, slug: string) => `${paths.article(locale, slug)}/card.png`,
};

// Pictographs would make next/og download emoji images: the build has no network for that.
const withoutEmoji = (text: string) => text.replace(/\p{Extended_Pictographic}\uFE0F?/gu, '').trim();

/** A share image as a PNG response, drawn from fonts in the project. */
export function cardResponse(locale: Locale, card: { site: string; kicker?: string; title: string }): ImageResponse {
  const text = { site: withoutEmoji(card.site), kicker: card.kicker && withoutEmoji(card.kicker), title: withoutEmoji(card.title) };
  return new ImageResponse(<SocialCard {...text} lang={localeConfig[locale].htmlLang} />, {
    ...CARD_SIZE,
    fonts: cardFonts(`${text.site}${text.kicker ?? ''}${text.title}`),
  });
}
