/**
 * Weighs a page as a phone downloads it: bytes as transferred by kind (HTML, CSS, JS, fonts,
 * images). Used by bench:weight, bench:floor, test:budget and the byte-budget test in e2e/, so
 * every figure is measured the same way. (A module without a command line, so Playwright's test
 * loader can import it.)
 */
import { chromium, devices, type Browser } from 'playwright-core';
import { COMMON_FONT_SLICES, FONT_PREFETCH_DELAY_MS, WEBFONTS_KEY } from '../lib/webFonts';
import { koreanSystemFont } from './koreanSystemFont';

const KINDS: Record<string, string> = { document: 'html', stylesheet: 'css', script: 'js', font: 'fonts', image: 'images' };

/** Bytes as transferred (response bodies as encoded by the server, gzip here), by kind. */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  fonts: number;
  images: number;
  other: number;
}

export function launchWeightBrowser(): Promise<Browser> {
  const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';
  return chromium.launch({ executablePath, args: ['--disable-background-networking', '--disable-component-update'] });
}

/**
 * Loads one page with Pixel 7 emulation in a fresh context (empty cache) until the network is
 * idle, and sums every response's body size as transferred by kind. The site's pages and the
 * floor app (`bench/floor.ts`) are measured with this same function.
 *
 * Korean pages read in the system font first and fetch Pretendard's common slices 2 s after load
 * (lib/webFonts.ts); the page is then loaded once more, as a returning reader sees it, and the
 * font files that second view adds are counted too: `fonts` is every font byte the story costs.
 * The phone has a Korean font, as readers' phones do (the one without is not what budgets are
 * for: it fetches the slices its page needs at once, lib/webFonts.ts).
 */
export async function measurePageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext({ ...devices['Pixel 7'] });
  await context.addInitScript(koreanSystemFont);
  try {
    const page = await context.newPage();
    const sizes: PageWeight = { html: 0, css: 0, js: 0, fonts: 0, images: 0, other: 0 };
    const pending: Promise<void>[] = [];
    let returning = false;
    const finishedFonts = new Set<string>();
    page.on('requestfinished', (request) => {
      // Which view a response belongs to is decided when it arrives, not when its sizes resolve.
      const view = returning ? 'returning' : 'first';
      finishedFonts.add(new URL(request.url()).pathname);
      pending.push(
        request.sizes().then((s) => {
          // Fonts fetched ahead of use (fetch(), not a font load) are fonts all the same.
          const kind = (/\.woff2$/.test(new URL(request.url()).pathname) ? 'fonts' : (KINDS[request.resourceType()] ?? 'other')) as keyof PageWeight;
          // A file from the browser's cache transferred nothing (Playwright can report it as negative).
          if (view === 'first' || kind === 'fonts') sizes[kind] += Math.max(0, s.responseBodySize);
        }),
      );
    });
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    // Never weigh an error page (or another server's answer) as if it were the page.
    if (!response?.ok() || !response.headers()['content-type']?.startsWith('text/html')) {
      throw new Error(`${url} answered ${response?.status() ?? 'nothing'} ${response?.headers()['content-type'] ?? ''}`);
    }
    // A first Korean page fetches the slices FONT_PREFETCH_DELAY_MS after load, after the network
    // went quiet: wait for them (a page that fetches nothing times out here and is weighed as is).
    const storedFonts = () => page.evaluate((key) => localStorage.getItem(key) === '1', WEBFONTS_KEY);
    if ((await page.evaluate(() => document.documentElement.lang)) === 'ko' && !(await storedFonts())) {
      const deadline = Date.now() + FONT_PREFETCH_DELAY_MS + 10_000;
      while (Date.now() < deadline && !((await storedFonts()) && COMMON_FONT_SLICES.every((slice) => finishedFonts.has(slice)))) await page.waitForTimeout(100);
    }
    await Promise.all(pending);
    if (await storedFonts()) {
      returning = true;
      await page.reload({ waitUntil: 'networkidle' });
      await Promise.all(pending);
    }
    return sizes;
  } finally {
    await context.close();
  }
}

export const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** One table row: the page's name, then KB per kind and in total. */
export function weightRow(name: string, weight: PageWeight): Record<string, number | string> {
  const total = Object.values(weight).reduce((a, b) => a + b, 0);
  return { page: name, ...Object.fromEntries(Object.entries(weight).map(([k, v]) => [`${k} KB`, kb(v)])), 'total KB': kb(total) };
}
