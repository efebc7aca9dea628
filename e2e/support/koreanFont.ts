import { expect, type Locator, type Page } from '@playwright/test';
import { koreanSystemFont } from '../../bench/koreanSystemFont';

/** A reader's device with a Korean font of its own (bench/koreanSystemFont.ts). */
export function withKoreanSystemFont(page: Page) {
  return page.addInitScript(koreanSystemFont);
}

/** Whether this browser can draw Hangul with the fonts of the machine it runs on. */
export function drawsHangul(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = '16px sans-serif';
    return context.measureText('\ud55c').width !== context.measureText('\uffff').width;
  });
}

/** The element's text is drawn in a loaded font: wider or narrower than as many boxes would be. */
export async function expectHangulDrawn(element: Locator, text: string) {
  await element.evaluate(() => document.fonts.ready);
  const drawn = await element.evaluate((el, text) => {
    const style = getComputedStyle(el);
    const width = (t: string) => {
      const span = document.createElement('span');
      span.style.font = style.font;
      span.style.whiteSpace = 'nowrap';
      span.textContent = t;
      el.appendChild(span);
      const w = span.getBoundingClientRect().width;
      span.remove();
      return w;
    };
    return { loaded: document.fonts.check(style.font, text), text: width(text), boxes: width('\uffff'.repeat(text.length)) };
  }, text);
  expect(drawn.loaded).toBe(true);
  expect(Math.abs(drawn.text - drawn.boxes)).toBeGreaterThan(2);
}
