import fs from 'node:fs';
import os from 'node:os';
import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { firefox, webkit } from 'playwright-core';
import { suiteBuildEnv } from './e2e/support/suiteBuild';

const PORT = Number(process.env.E2E_PORT ?? 3100);
/**
 * BASE_URL runs the suite against a server that is already running (a deployment, or `npm start`
 * in another terminal): no local build or server then. That server should be built from
 * e2e/fixtures/content with the env below, since tests check the fixture stories.
 */
const EXTERNAL_URL = process.env.BASE_URL?.replace(/\/+$/, '');
const BASE_URL = EXTERNAL_URL ?? `http://localhost:${PORT}`;

/**
 * Which Chromium runs: PLAYWRIGHT_CHROMIUM_PATH, else Debian's /usr/bin/chromium (CI and this
 * machine, where Playwright cannot download its own), else the browser Playwright installed.
 * @playwright/test is pinned to 1.65.x, which drives Chromium 156.
 */
function chromiumExecutable(): string | undefined {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_PATH, '/usr/bin/chromium'];
  return candidates.find((p): p is string => Boolean(p && fs.existsSync(p)));
}

const executablePath = chromiumExecutable();

/** Firefox and WebKit run when Playwright's builds of them are installed (`npx playwright install firefox webkit`). */
function installed(browser: typeof firefox): boolean {
  try {
    return fs.existsSync(browser.executablePath());
  } catch {
    return false;
  }
}
const otherBrowsers = { firefox: installed(firefox), webkit: installed(webkit) };

// Workers re-read this file: say it once.
if (!process.env.E2E_BROWSER_ANNOUNCED) {
  process.env.E2E_BROWSER_ANNOUNCED = '1';
  console.log(`Playwright browser: ${executablePath ?? "Playwright's bundled Chromium"}`);
  for (const [name, present] of Object.entries(otherBrowsers)) {
    if (!present) console.log(`${name}: not installed, its project is skipped (npx playwright install ${name} to run it)`);
  }
  if (EXTERNAL_URL) console.log(`Testing ${EXTERNAL_URL}: no local server is started`);
}

const launchOptions = {
  executablePath,
  // No background traffic to Google: this machine's network is closed and CI's too.
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

export default defineConfig({
  testDir: './e2e',
  // toMatchSnapshot compares bytes the server made (share cards), the same on every OS and
  // browser: one baseline, without project and platform suffixes.
  snapshotPathTemplate: '{testDir}/{testFileName}-snapshots/{arg}{ext}',
  expect: {
    // Browser screenshots differ by OS (font rasterizing): one baseline per project and platform.
    toHaveScreenshot: { pathTemplate: '{testDir}/__screenshots__/{arg}-{projectName}-{platform}{ext}', maxDiffPixelRatio: 0.01 },
  },
  outputDir: './test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // Retries only in CI; a test that passes on retry is reported as flaky, not hidden.
  retries: process.env.CI ? 1 : 0,
  // Every core: the server is idle between requests most of the time.
  workers: Math.max(1, os.cpus().length),
  reporter: [
    ['list'],
    ['html', { open: 'never' }],
    ['junit', { outputFile: 'test-results/junit.xml' }],
    ['./e2e/support/summaryReporter.ts'],
  ],
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
    {
      // iPhone SE's screen in Chromium: the smallest phone we design for.
      name: 'small-phone',
      grep: /@smoke|@mobile/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, launchOptions },
    },
    {
      // A Korean reader's browser in New York: the site still shows Korean time.
      name: 'ko-first',
      grep: /@smoke|@i18n/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, locale: 'ko-KR', timezoneId: 'America/New_York', launchOptions },
    },
    ...(otherBrowsers.firefox ? [{ name: 'firefox', grep: /@smoke/, use: { ...devices['Desktop Firefox'] } }] : []),
    ...(otherBrowsers.webkit ? [{ name: 'webkit', grep: /@smoke/, use: { ...devices['Desktop Safari'] } }] : []),
  ],
  webServer: EXTERNAL_URL ? undefined : webServer(),
});

function webServer(): PlaywrightTestConfig['webServer'] {
  return {
    // A production build, as readers get it. SITE_URL makes canonical and share URLs point here.
    command: `npm run build && node scripts/start.mjs --port ${PORT}`,
    url: `${BASE_URL}/en`,
    // Fixture content, a test Kakao key, preview on and a small prerender window: the comment
    // in e2e/support/suiteBuild.ts says why (e2e/deploy.spec.ts builds with the same).
    env: suiteBuildEnv(BASE_URL),
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
  };
}
