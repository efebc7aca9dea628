import en from '@/messages/en.json';
import ko from '@/messages/ko.json';
import { localeConfig } from '@/i18n/locales';
import { localeOfPath } from '@/i18n/languages';
import { routing, type Locale } from '@/i18n/routing';
import { HANGUL_FALLBACK_SCRIPT, STANDALONE_FONT_CSS } from '@/lib/webFonts';

const messages: Record<Locale, typeof en> = { en, ko };
/** Seconds a reader's browser or a crawler is asked to wait before trying again. */
const STARTING_RETRY_AFTER = 30;

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * 503 with Retry-After, for a page asked while the server builds its content index (a first
 * start on a folder no build indexed): "back in a minute", never a 404 that a crawler or a CDN
 * would take for a story gone. In the language of the URL; a page of its own (no app scripts, and
 * Korean faces only on a device that has none), since the site's layout needs the index it is
 * waiting for.
 */
export function startingResponse(pathname: string): Response {
  const locale: Locale = localeOfPath(pathname) ?? routing.defaultLocale;
  const { Site, Starting } = messages[locale];
  const html = `<!doctype html>
<html lang="${localeConfig[locale].htmlLang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(`${Starting.title} | ${Site.name}`)}</title>
<style>${STANDALONE_FONT_CSS}body{font-family:var(--font-standalone);margin:0;color:#1a1a1a;background:#fff}main{max-width:36rem;margin:15vh auto;padding:0 1.25rem;line-height:1.6}p.site{font-weight:700;letter-spacing:.02em}</style></head>
<body><script>${HANGUL_FALLBACK_SCRIPT}</script><main><p class="site">${escape(Site.name)}</p><h1>${escape(Starting.title)}</h1><p>${escape(Starting.body)}</p></main></body>
</html>
`;
  return new Response(html, {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': String(STARTING_RETRY_AFTER), 'X-Robots-Tag': 'noindex' },
  });
}
