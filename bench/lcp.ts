/**
 * `npm run bench:lcp -- URL [URL…]`: what the simulated LCP of a running page is made of. Launches
 * Chromium as bench/lighthouse.ts does (a phone with a Korean font) and runs bench/lcp-explain.mjs
 * against it, which prints, for one Lighthouse run per URL, the requests and main-thread time in
 * the two Lantern graphs behind the LCP, and when each request arrived in the unthrottled load.
 * A diagnosis, not a figure: the figures come from `npm run bench:lighthouse`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { launchChrome } from './lighthouse';

const urls = process.argv.slice(2);
if (!urls.length) {
  console.error('usage: npm run bench:lcp -- URL [URL…] (a server must be running: npm start, or the floor)');
  process.exit(2);
}
async function main() {
  const chrome = await launchChrome();
  try {
    const explain = spawnSync(process.execPath, [path.join(import.meta.dirname, 'lcp-explain.mjs'), ...urls], {
      env: { ...process.env, LIGHTHOUSE_PORT: String(chrome.port) },
      stdio: 'inherit',
    });
    process.exitCode = explain.status ?? 1;
  } finally {
    chrome.kill();
  }
}

void main();
