import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expectNoAxeViolations } from './support/axe';
import { SEED_SLUG } from './support/seed';
import { expect, test } from './support/test';

/**
 * A broken file reaching a running server (say, copied onto it at 2 a.m. without a build): the
 * build would refuse it, but the server must still fail only where it has to. This starts a
 * second server from the suite's own build, over a copy of the fixtures with one story's
 * frontmatter broken, and reads it as a reader would.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100) + 51;
const ORIGIN = `http://localhost:${PORT}`;

test.describe('when the content on a running server breaks', { tag: '@security' }, () => {
  // Needs this machine's build (.next); one project is enough for a second server start.
  test.skip(!!process.env.BASE_URL, 'runs a second server from the local build; BASE_URL suites have none');

  let server: ChildProcess | undefined;
  let folder = '';

  test.beforeAll(async ({}, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'one server start covers it: the pages are checked on desktop');
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'broken-content-'));
    fs.cpSync(path.join('e2e', 'fixtures', 'content'), folder, { recursive: true });
    const story = path.join(folder, 'articles', 'asian-games-close-hangzhou', 'en.md');
    fs.writeFileSync(story, fs.readFileSync(story, 'utf8').replace(/^title:.*$/m, 'title: [unclosed'));
    server = spawn(process.execPath, ['scripts/start.mjs', '--port', String(PORT)], {
      env: { ...process.env, CONTENT_DIR: folder, NODE_ENV: 'production' },
      stdio: 'ignore',
    });
    await expect
      .poll(async () => (await fetch(`${ORIGIN}/api/health`).catch(() => undefined))?.status, { timeout: 30_000 })
      .toBe(503);
  });

  test.afterAll(async () => {
    server?.kill('SIGTERM');
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test('pages made by the build still open; a page rendered now says sorry in its language, with status 500', async ({ page }) => {
    const story = await page.goto(`${ORIGIN}/ko/article/${SEED_SLUG}`);
    expect(story?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('하바롭스크');

    // The layout itself cannot read the content here, so this is the last-resort page: both
    // languages, the URL's first.
    for (const [locale, query, title, other] of [
      ['en', 'putin', 'Something went wrong', '문제가 발생했습니다'],
      ['ko', '푸틴', '문제가 발생했습니다', 'Something went wrong'],
    ] as const) {
      const response = await page.goto(`${ORIGIN}/${locale}/search?q=${encodeURIComponent(query)}`);
      expect(response?.status()).toBe(500);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.getByRole('heading', { level: 2 })).toHaveText(other);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const html = await response!.text();
      // The reader learns nothing about the server: no message, no stack, no path.
      for (const leak of ['invalid YAML', 'unclosed', folder, 'node_modules', '.md', 'at async']) expect(html, leak).not.toContain(leak);
      await expect(page.locator('body')).not.toContainText(/YAML|unclosed|\.md\b|\/tmp\//);
      await expectNoAxeViolations(page);
    }
  });
});
