import type en from '@/messages/en.json';
import { DEFAULT_LOCALE, isLocale, type Locale } from './languages';

type ErrorText = (typeof en)['Error'];

/**
 * The error page's words, inlined: error boundaries run in the browser, and shipping the whole
 * message files with every page to cover a rare error would cost every reader. A unit test keeps
 * these equal to messages/*.json.
 */
export const ERROR_PAGE_TEXT = {
  en: {
    title: 'Something went wrong',
    body: 'We couldn’t show this page. Please try again in a moment.',
    retry: 'Try again',
    goHome: 'Go to the front page',
  },
  ko: {
    title: '문제가 발생했습니다',
    body: '이 페이지를 표시하지 못했습니다. 잠시 후 다시 시도해 주세요.',
    retry: '다시 시도',
    goHome: '첫 화면으로 가기',
  },
} satisfies Record<Locale, ErrorText>;

/** The text in the page's language, or in the default one for a URL that names none. */
export function errorPageText(locale: string | undefined): ErrorText & { locale: Locale } {
  const key = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return { ...ERROR_PAGE_TEXT[key], locale: key };
}
