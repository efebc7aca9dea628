import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { E2E_PREVIEW_SECRET } from './e2e/support/preview';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://localhost:${PORT}`;

/**
 * Which Chromium runs: PLAYWRIGHT_CHROMIUM_PATH, else Debian's /usr/bin/chromium (CI and this
 * machine, where Playwright cannot download its own), else the browser Playwright installed.
 * @playwright/test is pinned to 1.64.x, whose protocol matches Chromium 156.
 */
function chromiumExecutable(): string | undefined {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_PATH, '/usr/bin/chromium'];
  return candidates.find((p): p is string => Boolean(p && fs.existsSync(p)));
}

const executablePath = chromiumExecutable();
if (!process.env.E2E_BROWSER_ANNOUNCED) {
  process.env.E2E_BROWSER_ANNOUNCED = '1';
  console.log(`Playwright browser: ${executablePath ?? "Playwright's bundled Chromium"}`);
}

const launchOptions = {
  executablePath,
  // No background traffic to Google: this machine's network is closed and CI's too.
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

export default defineConfig({
  testDir: './e2e',
  // toMatchSnapshot compares bytes the server made (share cards), the same on every OS and
  // browser: one baseline, without project and platform suffixes. Browser screenshots, which
  // differ by platform, would set expect.toHaveScreenshot.pathTemplate with {platform}.
  snapshotPathTemplate: '{testDir}/{testFileName}-snapshots/{arg}{ext}',
  outputDir: './test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions },
    },
    {
      name: 'mobile',
      use: { ...devices['Pixel 7'], launchOptions },
    },
  ],
  webServer: {
    // A production build, as readers get it. SITE_URL makes canonical and share URLs point here.
    command: `npm run build && npx next start -p ${PORT}`,
    url: `${BASE_URL}/en`,
    // Fixture content (npm run fixtures:e2e), so tests do not depend on editors' latest changes;
    // a test Kakao key shows the KakaoTalk button, and share.spec.ts stands in for Kakao's SDK.
    // PREVIEW_SECRET turns preview on (e2e/preview.spec.ts).
    env: { SITE_URL: BASE_URL, CONTENT_DIR: 'e2e/fixtures/content', NEXT_PUBLIC_KAKAO_JS_KEY: 'e2e-test-kakao-key', PREVIEW_SECRET: E2E_PREVIEW_SECRET },
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
