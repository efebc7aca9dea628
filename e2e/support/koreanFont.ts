import type { Page } from '@playwright/test';

/**
 * A reader's device with a Korean font of its own, as the site's inline check sees it
 * (lib/webFonts.ts measures a syllable against a box). CI's browser has none, so without this
 * every page takes the no-Korean-font path there.
 */
export function withKoreanSystemFont(page: Page) {
  return page.addInitScript(() => {
    const measure = CanvasRenderingContext2D.prototype.measureText;
    CanvasRenderingContext2D.prototype.measureText = function (text: string) {
      const metrics = measure.call(this, text);
      return text === '\ud55c' ? ({ ...metrics, width: metrics.width + 10 } as TextMetrics) : metrics;
    };
  });
}

/** Whether this browser can draw Hangul with the fonts of the machine it runs on. */
export function drawsHangul(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = '16px sans-serif';
    return context.measureText('\ud55c').width !== context.measureText('\uffff').width;
  });
}
