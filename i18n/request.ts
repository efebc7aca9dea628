import { getRequestConfig } from 'next-intl/server';
import { isLocale, routing } from './routing';
import { NEWSROOM_TIME_ZONE } from '@/lib/format/dates';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    // Times are newsroom times: a story filed in Seoul reads in KST wherever the reader is.
    timeZone: NEWSROOM_TIME_ZONE,
  };
});
