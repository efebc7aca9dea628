/**
 * `npm run bench:weight`: what a phone downloads for each page type, by kind (HTML, CSS, JS,
 * fonts, images), in bytes as transferred (compressed), measured in Chromium.
 */
import path from 'node:path';
import { chromium, devices } from 'playwright-core';
import { startServer, writeResult } from './server';

const PAGES = [
  { name: 'article (en)', path: '/en/article/kim-train-khabarovsk' },
  { name: 'article (ko)', path: '/ko/article/kim-train-khabarovsk' },
  { name: 'front page (en)', path: '/en' },
  { name: 'front page (ko)', path: '/ko' },
  { name: 'section (en)', path: '/en/section/business' },
];

const KINDS: Record<string, string> = { document: 'html', stylesheet: 'css', script: 'js', font: 'fonts', image: 'images' };

export async function measureWeight(url: string) {
  const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking', '--disable-component-update'] });
  const rows: Record<string, number | string>[] = [];
  for (const { name, path } of PAGES) {
    const context = await browser.newContext({ ...devices['Pixel 7'] });
    const page = await context.newPage();
    const sizes: Record<string, number> = { html: 0, css: 0, js: 0, fonts: 0, images: 0, other: 0 };
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (request) => {
      pending.push(
        request.sizes().then((s) => {
          const kind = KINDS[request.resourceType()] ?? 'other';
          sizes[kind] = (sizes[kind] ?? 0) + s.responseBodySize;
        }),
      );
    });
    await page.goto(`${url}${path}`, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    rows.push({ page: name, ...Object.fromEntries(Object.entries(sizes).map(([k, v]) => [`${k} KB`, kb(v)])), 'total KB': kb(total) });
    await context.close();
  }
  await browser.close();
  return rows;
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
