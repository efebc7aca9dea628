import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { COMMON_FONT_SLICES, HANGUL_WEB_ATTRIBUTE, WEB_FONTS_SCRIPT, WEBFONTS_KEY } from './webFonts';

/** Runs the inline script against a fake page: <html lang>, localStorage, fetch and the load event. */
async function run(lang: string, stored: Record<string, string>, fetchOk = true, widths?: { hangul: number; missing: number }) {
  const attributes: Record<string, string> = {};
  const fetched: string[] = [];
  const listeners: Array<() => void> = [];
  const context = {
    document: {
      documentElement: { lang, setAttribute: (k: string, v: string) => (attributes[k] = v) },
      // A canvas that draws Hangul and a code point no font has at these widths.
      createElement: () => ({ getContext: () => (widths ? { font: '', measureText: (text: string) => ({ width: text === '\uffff' ? widths.missing : widths.hangul }) } : null) }),
    },
    localStorage: { getItem: (k: string) => stored[k] ?? null, setItem: (k: string, v: string) => (stored[k] = v) },
    fetch: async (url: string) => {
      fetched.push(url);
      return { ok: fetchOk, arrayBuffer: async () => new ArrayBuffer(0) };
    },
    addEventListener: (type: string, listener: () => void) => type === 'load' && listeners.push(listener),
    setTimeout: (callback: () => void) => callback(),
    Promise,
    Error,
  };
  vm.runInNewContext(WEB_FONTS_SCRIPT, context);
  const fetchedBeforeLoad = fetched.length;
  for (const listener of listeners) listener();
  await new Promise((r) => setTimeout(r, 0));
  return { attributes, fetched, fetchedBeforeLoad, stored };
}

describe('the inline web-fonts script', () => {
  it('is a constant that cannot close its <script> element', () => {
    expect(WEB_FONTS_SCRIPT).not.toContain('<');
  });

  it('on a first Korean page, fetches the common slices only after load, then remembers it', async () => {
    const result = await run('ko', {});
    expect(result.attributes).toEqual({});
    expect(result.fetchedBeforeLoad).toBe(0);
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
    expect((await run('ko', { [WEBFONTS_KEY]: '1' }, true, { hangul: 8, missing: 8 })).attributes).toEqual({ [HANGUL_WEB_ATTRIBUTE]: '', 'data-webfonts': '' });
  });
});
