import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { COMMON_FONT_SLICES, FONT_PREFETCH_DELAY_MS, FONT_WAIT_MS, HANGUL_FALLBACK_SCRIPT, FONTS_PENDING_ATTRIBUTE, HANGUL_WEB_ATTRIBUTE, WEB_FONTS_SCRIPT, WEBFONTS_KEY } from './webFonts';

/**
 * Runs the inline script against a fake page: <html lang>, localStorage, fetch, the font-loading
 * API and the parse and load events. `fontsReady` settles every font load (never, by default).
 */
async function run(
  lang: string,
  stored: Record<string, string>,
  fetchOk = true,
  widths?: { hangul: number; missing: number },
  fontsReady: Promise<unknown> = new Promise(() => {}),
  hash = '',
) {
  const attributes: Record<string, string> = {};
  const fetched: string[] = [];
  const fontLoads: string[] = [];
  const listeners: Record<string, Array<() => void>> = {};
  const timers: Array<{ callback: () => void; ms: number }> = [];
  const scrolled: string[] = [];
  const context = {
    document: {
      documentElement: { lang, setAttribute: (k: string, v: string) => (attributes[k] = v), removeAttribute: (k: string) => delete attributes[k], hasAttribute: (k: string) => k in attributes },
      getElementById: (id: string) => (id === 'main' ? { scrollIntoView: () => scrolled.push(id) } : null),
      // A canvas that draws Hangul and a code point no font has at these widths.
      createElement: () => ({ getContext: () => (widths ? { font: '', measureText: (text: string) => ({ width: text === '\uffff' ? widths.missing : widths.hangul }) } : null) }),
      fonts: { load: (font: string, text: string) => (fontLoads.push(`${font}: ${text}`), fontsReady) },
      body: {},
      // The page's text nodes: a paragraph, and a script's data, which is not shown.
      createTreeWalker: () => {
        const nodes = [
          { data: '본문 text', parentNode: { nodeName: 'P' } },
          { data: '{"숨은":1}', parentNode: { nodeName: 'SCRIPT' } },
        ];
        return { nextNode: () => nodes.shift() ?? null };
      },
      querySelectorAll: () => [{ getAttribute: (name: string) => (name === 'placeholder' ? '검색어' : null) }, { getAttribute: (name: string) => (name === 'data-later-text' ? '복사됨' : null) }],
    },
    localStorage: { getItem: (k: string) => stored[k] ?? null, setItem: (k: string, v: string) => (stored[k] = v) },
    fetch: async (url: string) => {
      fetched.push(url);
      return { ok: fetchOk, arrayBuffer: async () => new ArrayBuffer(0) };
    },
    addEventListener: (type: string, listener: () => void) => (listeners[type] ??= []).push(listener),
    // Zero-delay callbacks run at once; the others wait for the test to fire them.
    setTimeout: (callback: () => void, ms = 0) => (ms === 0 ? callback() : timers.push({ callback, ms })),
    location: { hash },
    Promise,
    Error,
  };
  vm.runInNewContext(WEB_FONTS_SCRIPT, context);
  const fetchedBeforeLoad = fetched.length;
  const beforeParsed = { ...attributes };
  for (const listener of listeners.DOMContentLoaded ?? []) listener();
  await new Promise((r) => setTimeout(r, 0));
  const parsed = { ...attributes };
  for (const listener of listeners.load ?? []) listener();
  await new Promise((r) => setTimeout(r, 0));
  const fetchedAtLoad = fetched.length;
  // Then the time after load passes (the slices' prefetch waits for it).
  for (const timer of timers.filter((t) => t.ms === FONT_PREFETCH_DELAY_MS)) timer.callback();
  await new Promise((r) => setTimeout(r, 0));
  return { attributes, beforeParsed, parsed, fetched, fetchedBeforeLoad, fetchedAtLoad, fontLoads, stored, timers, scrolled };
}

describe('the inline web-fonts script', () => {
  it('is a constant that cannot close its <script> element, as is the starting page\'s', () => {
    expect(WEB_FONTS_SCRIPT).not.toContain('<');
    expect(HANGUL_FALLBACK_SCRIPT).not.toContain('<');
  });

  it('on a first Korean page, fetches the common slices only well after load, then remembers it', async () => {
    const result = await run('ko', {});
    expect(result.attributes).toEqual({});
    expect(result.fetchedBeforeLoad).toBe(0);
    expect(result.fetchedAtLoad).toBe(0);
    expect(FONT_PREFETCH_DELAY_MS).toBeGreaterThanOrEqual(1000);
    expect(result.fetched).toEqual([...COMMON_FONT_SLICES]);
    expect(result.stored[WEBFONTS_KEY]).toBe('1');
  });

  it('uses the fonts on every page once they were fetched, and fetches nothing again', async () => {
    for (const lang of ['ko', 'en']) {
      const result = await run(lang, { [WEBFONTS_KEY]: '1' });
      expect(result.attributes).toEqual({ 'data-webfonts': '' });
      expect(result.fetched).toEqual([]);
    }
  });

  it('fetches nothing on English pages, and remembers nothing when a fetch fails', async () => {
    expect((await run('en', {})).fetched).toEqual([]);
    const failed = await run('ko', {}, false);
    expect(failed.stored[WEBFONTS_KEY]).toBeUndefined();
    expect(failed.attributes).toEqual({});
  });

  it('marks a device that draws Hangul as boxes, on every page, and no other', async () => {
    for (const lang of ['ko', 'en']) {
      expect((await run(lang, {}, true, { hangul: 5.84, missing: 5.84 })).attributes).toMatchObject({ [HANGUL_WEB_ATTRIBUTE]: '' });
      expect((await run(lang, {}, true, { hangul: 16, missing: 5.84 })).attributes).not.toHaveProperty(HANGUL_WEB_ATTRIBUTE);
    }
    // A returning reader on such a device gets both marks.
    expect((await run('ko', { [WEBFONTS_KEY]: '1' }, true, { hangul: 8, missing: 8 }, Promise.resolve())).attributes).toEqual({ [HANGUL_WEB_ATTRIBUTE]: '', 'data-webfonts': '' });
  });

  it("keeps such a device's page unpainted until the fonts its text needs are in, and no longer than the block period", async () => {
    const boxes = { hangul: 5.84, missing: 5.84 };
    const ready = await run('ko', {}, true, boxes, Promise.resolve());
    expect(ready.beforeParsed).toMatchObject({ [FONTS_PENDING_ATTRIBUTE]: '' });
    // The common slices at once, then every character the parsed page shows, placeholders included.
    expect(ready.fontLoads).toEqual(['16px "Pretendard Hangul": \uac00\ud55c\uad6d\uae40', '16px "Pretendard Hangul": 본문 text검색어복사됨']);
    // An English page fetches only what it shows (its language switch), not the common slices.
    expect((await run('en', {}, true, boxes, Promise.resolve())).fontLoads).toEqual(['16px "Pretendard Hangul": 본문 text검색어복사됨']);
    expect(ready.parsed).not.toHaveProperty(FONTS_PENDING_ATTRIBUTE);

    const stuck = await run('ko', {}, true, boxes);
    expect(stuck.parsed).toMatchObject({ [FONTS_PENDING_ATTRIBUTE]: '' });
    const wait = stuck.timers.find((timer) => timer.ms === FONT_WAIT_MS)!;
    wait.callback();
    expect(stuck.attributes).not.toHaveProperty(FONTS_PENDING_ATTRIBUTE);

    // Shown at last, the page goes to its #fragment, which it could not while it was not laid out.
    expect((await run('ko', {}, true, boxes, Promise.resolve(), '#main')).scrolled).toEqual(['main']);

    // A device with a Korean font never waits.
    const drawn = await run('ko', {}, true, { hangul: 16, missing: 5.84 });
    expect(drawn.beforeParsed).not.toHaveProperty(FONTS_PENDING_ATTRIBUTE);
    expect(drawn.fontLoads).toEqual([]);
  });
});
