/**
 * `npm run bench:weight`: what a phone downloads for each page type, by kind (HTML, CSS, JS,
 * fonts, images), in bytes as transferred (compressed), measured in Chromium.
 */
import path from 'node:path';
import { launchWeightBrowser, measurePageWeight, weightRow } from './pageWeight';
import { startServer, writeResult } from './server';
import { BENCH_PAGES } from './pages';

export interface BenchPage {
  name: string;
  path: string;
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
