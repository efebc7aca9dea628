import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/i18n/paths';

export default function robots(): MetadataRoute.Robots {
  return {
    // Preview and API routes are for editors; search result pages say noindex themselves.
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/'] }],
    sitemap: [absoluteUrl('/sitemap.xml'), absoluteUrl('/news-sitemap.xml')],
  };
}
