/** The cookie that remembers a reader's explicit choice of language (read by proxy.ts). */
export const LOCALE_COOKIE = 'NEXT_LOCALE';
