/**
 * Korean web fonts from the second page on (and from the first on a device with no Korean font).
 *
 * Pretendard is declared with `font-display: optional` (app/fonts.css): a page uses it only if it
 * is there within about 100 ms, and never swaps it in later, so text never jumps. On a phone's
 * first visit the font cannot arrive that fast anyway, and fetching it then only competes with
 * the story's photo and scripts. So a first page shows the reader's own Korean system font (Apple
 * SD Gothic Neo, Noto Sans KR, Malgun Gothic), and FONT_PREFETCH_DELAY_MS after it has loaded, the
 * commonest Pretendard slices are fetched at low priority into the browser cache. Every page after that marks <html>
 * with `data-webfonts` before its first paint, and the CSS puts Pretendard first (globals.css).
 */

/** Pretendard's most frequent slices (scripts/make-fonts.mjs): Latin and punctuation, then the commonest syllables. */
export const COMMON_FONT_SLICES = ['/fonts/pretendard/91.woff2', '/fonts/pretendard/90.woff2', '/fonts/pretendard/89.woff2', '/fonts/pretendard/88.woff2'] as const;

/**
 * Set on <html> when the device has no Korean font at all (its Hangul would be boxes): Korean
 * text then waits for the slices it needs, as 'Pretendard Hangul' (font-display: block; globals.css
 * ends every font list with it). A device with a Korean font never fetches them.
 */
export const HANGUL_WEB_ATTRIBUTE = 'data-hangul-web';

/** Set in localStorage once the slices are in the browser's cache. */
export const WEBFONTS_KEY = 'newsroom:webfonts';
export const WEBFONTS_ATTRIBUTE = 'data-webfonts';

/**
 * How long after the load event a first Korean page waits before fetching the slices (about
 * 200 KB) for the next page: until its largest paint is well behind it. The load event can come
 * before the photo is drawn, and slices fetched then compete with it on a slow phone; Lighthouse
 * would also put any that finish before that paint on the LCP's path.
 */
export const FONT_PREFETCH_DELAY_MS = 2000;

/**
 * A syllable from each of COMMON_FONT_SLICES (91, 90, 89, 88): loading them at once, while the
 * page is still parsed, brings the slices most text needs before the first layout, so text laid
 * out in boxes' widths rarely has to move when they come.
 */
const COMMON_SLICE_SAMPLE = '\uac00\ud55c\uad6d\uae40';

/**
 * Set on <html>, on a device with no Korean font, while the slices the page needs are on their
 * way: the page is not laid out at all (globals.css) rather than be laid out around invisible
 * text in boxes' widths and then move when the glyphs come. Removed once the fonts are in, or
 * after FONT_WAIT_MS, when font-display: block would show the text anyway.
 */
export const FONTS_PENDING_ATTRIBUTE = 'data-fonts-pending';

/**
 * Text a client island shows later (a "Link copied" message, a button that appears where the
 * browser can share), written on its element in the server HTML so that its slices come with the
 * page's: text laid out while its slice loads can stay boxes in Chromium.
 */
export const LATER_TEXT_ATTRIBUTE = 'data-later-text';
export const FONT_WAIT_MS = 3000;

/** The canvas test both scripts below start with: `b` is true where Hangul is drawn as boxes. */
const DRAWS_BOXES = `var c=document.createElement('canvas').getContext('2d');c.font='16px sans-serif';var b=c.measureText('\\ud55c').width===c.measureText('\\uffff').width;`;

/**
 * Whether the device can draw Hangul: with no Korean font, a syllable is drawn as the same box as
 * a code point no font has (U+FFFF), at the same width. One canvas measure, before the first paint.
 * Such a device starts fetching the commonest slices at once on a Korean page; once the document is parsed, it
 * fetches the slices of every character the page can show (its text, menus included, not its
 * scripts' data, placeholders and islands' later text), and only then does the CSS name 'Pretendard Hangul'
 * (globals.css) and the page show, at its #fragment if the URL has one. Text is never laid
 * out while its face is still loading: Chromium can keep such text in boxes after the face has
 * come.
 */
const HANGUL_CHECK = `try{${DRAWS_BOXES}if(b){var p=${JSON.stringify(FONTS_PENDING_ATTRIBUTE)},f='16px "Pretendard Hangul"',s=function(){if(!d.hasAttribute(p))return;d.removeAttribute(p);try{var h=location.hash&&document.getElementById(decodeURIComponent(location.hash.slice(1)));if(h)h.scrollIntoView()}catch(e){}};d.setAttribute(${JSON.stringify(HANGUL_WEB_ATTRIBUTE)},'');d.setAttribute(p,'');setTimeout(s,${FONT_WAIT_MS});if(d.lang==='ko')document.fonts.load(f,${JSON.stringify(COMMON_SLICE_SAMPLE)});addEventListener('DOMContentLoaded',function(){var w=document.createTreeWalker(document.body,4),n,t='';while(n=w.nextNode())if(!/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(n.parentNode.nodeName))t+=n.data;document.querySelectorAll('[placeholder],[${LATER_TEXT_ATTRIBUTE}]').forEach(function(e){t+=(e.getAttribute('placeholder')||'')+(e.getAttribute(${JSON.stringify(LATER_TEXT_ATTRIBUTE)})||'')});document.fonts.load(f,t).then(s,s)})}}catch(e){}`;

/**
 * Runs inline at the top of <body> on every page: a constant, with nothing from a request or
 * content in it. Marks <html> when the fonts were fetched before; otherwise, on a Korean page,
 * fetches them FONT_PREFETCH_DELAY_MS after the load event, when nothing on the page waits for the network.
 */
export const WEB_FONTS_SCRIPT = `(function(){var d=document.documentElement,k=${JSON.stringify(WEBFONTS_KEY)};${HANGUL_CHECK}try{if(localStorage.getItem(k)==='1'){d.setAttribute(${JSON.stringify(
  WEBFONTS_ATTRIBUTE,
)},'');return}}catch(e){return}if(d.lang!=='ko')return;addEventListener('load',function(){setTimeout(function(){Promise.all(${JSON.stringify(
  COMMON_FONT_SLICES,
)}.map(function(u){return fetch(u,{priority:'low'}).then(function(r){if(!r.ok)throw new Error(u);return r.arrayBuffer()})})).then(function(){try{localStorage.setItem(k,'1')}catch(e){}},function(){})},${FONT_PREFETCH_DELAY_MS})})})();`;

/**
 * The starting page (lib/startingPage.ts) stands outside the site's layout, with neither its CSS
 * nor its script. On a device with no Korean font this links the Hangul faces alone
 * (public/fonts/pretendard/hangul.css, from scripts/make-fonts.mjs) and, as on the site's pages,
 * shows the page once they are in for its text (3 s at most); elsewhere it does nothing.
 * (The last-resort error page links that file itself: its code ships in every page's bundle.)
 */
export const HANGUL_FALLBACK_SCRIPT = `(function(){try{${DRAWS_BOXES}if(!b)return;var d=document.documentElement,p=${JSON.stringify(FONTS_PENDING_ATTRIBUTE)},s=function(){d.removeAttribute(p)},n=2,g=function(){if(--n===0)document.fonts.load('16px "Pretendard Hangul"',document.body.textContent).then(s,s)},l=document.createElement('link');d.setAttribute(${JSON.stringify(
  HANGUL_WEB_ATTRIBUTE,
)},'');d.setAttribute(p,'');setTimeout(s,${FONT_WAIT_MS});l.rel='stylesheet';l.href='/fonts/pretendard/hangul.css';l.onload=g;l.onerror=s;addEventListener('DOMContentLoaded',g);document.head.appendChild(l)}catch(e){}})();`;

/** Their CSS: the reader's fonts, then the Hangul faces once the script above has them, the page hidden till then. */
export const STANDALONE_FONT_CSS = `:root{--font-standalone:system-ui,'Apple SD Gothic Neo','Noto Sans KR','Noto Sans CJK KR','Malgun Gothic',var(--font-hangul,sans-serif)}:root[${HANGUL_WEB_ATTRIBUTE}]:not([${FONTS_PENDING_ATTRIBUTE}]){--font-hangul:'Pretendard Hangul',sans-serif}:root[${FONTS_PENDING_ATTRIBUTE}] body{display:none}`;
