/**
 * A reader's device with a Korean font of its own, as the site's inline check sees it
 * (lib/webFonts.ts measures a syllable against a box): an init script for a browser context.
 * This machine's and CI's browsers have no CJK font, so without it every page would take the
 * no-Korean-font path there, which few readers' phones take.
 */
export function koreanSystemFont() {
  const measure = CanvasRenderingContext2D.prototype.measureText;
  CanvasRenderingContext2D.prototype.measureText = function (text: string) {
    const metrics = measure.call(this, text);
    return text === '\ud55c' ? ({ ...metrics, width: metrics.width + 10 } as TextMetrics) : metrics;
  };
}
