/**
 * `npm run bench:weight`: what a phone downloads for each page type, by kind (HTML, CSS, JS,
 * fonts, images), in bytes as transferred (compressed), measured in Chromium.
 */
import path from 'node:path';
import { chromium, devices, type Browser } from 'playwright-core';
import { startServer, writeResult } from './server';
import { BENCH_PAGES } from './pages';

export interface BenchPage {
  name: string;
  path: string;
}


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
 */
export async function measurePageWeight(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext({ ...devices['Pixel 7'] });
  try {
    const page = await context.newPage();
    const sizes: PageWeight = { html: 0, css: 0, js: 0, fonts: 0, images: 0, other: 0 };
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (request) => {
      pending.push(
        request.sizes().then((s) => {
          const kind = (KINDS[request.resourceType()] ?? 'other') as keyof PageWeight;
          sizes[kind] += s.responseBodySize;
        }),
      );
    });
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    // Never weigh an error page (or another server's answer) as if it were the page.
    if (!response?.ok() || !response.headers()['content-type']?.startsWith('text/html')) {
      throw new Error(`${url} answered ${response?.status() ?? 'nothing'} ${response?.headers()['content-type'] ?? ''}`);
    }
    await Promise.all(pending);
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

export async function measureWeight(url: string, pages: readonly BenchPage[] = BENCH_PAGES) {
  const browser = await launchWeightBrowser();
  try {
    const rows: Record<string, number | string>[] = [];
    for (const { name, path } of pages) rows.push(weightRow(name, await measurePageWeight(browser, `${url}${path}`)));
    return rows;
  } finally {
    await browser.close();
  }
}

async function main() {
  const server = await startServer();
  try {
    const rows = await measureWeight(server.url);
    console.table(rows);
    console.log(`written: ${writeResult('weight', { unit: 'KB transferred (compressed)', device: 'Pixel 7 emulation', pages: rows })}`);
  } finally {
    await server.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) void main();
