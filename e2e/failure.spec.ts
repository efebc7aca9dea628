import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expectNoAxeViolations } from './support/axe';
import { SEED_SLUG } from './support/seed';
import { healthState } from './support/health';
import { expect, test } from './support/test';

/**
 * A broken file reaching a running server (say, copied onto it at 2 a.m. without a build): the
 * build would refuse it, but the server must go on serving. And an index on disk that cannot be
 * read at all: then, and only then, readers get the last-resort page. Each case starts a second
 * server from the suite's own build over a copy of the fixtures, and reads it as a reader would.
 */
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);

/** Where the standalone server keeps its content index for a folder (lib/content/cache.ts contentCacheDir). */
function indexDir(folder: string) {
  const key = crypto.createHash('sha256').update(path.resolve(folder)).digest('hex').slice(0, 16);
  // The server runs from the release of the suite's build (scripts/releases.mjs).
  const buildId = fs.readFileSync(path.join('.next', 'BUILD_ID'), 'utf8').trim();
  return path.join('.releases', buildId, '.next', 'cache', 'content', key);
}

/** Starts `npm start` from the suite's build over a copy of the fixtures, changed by `prepare`. */
function secondServer(port: number, prepare: (folder: string) => void) {
  const origin = `http://localhost:${port}`;
  let server: ChildProcess | undefined;
  let folder = '';
  return {
    origin,
    get folder() {
      return folder;
    },
    async start(expectedHealth: number) {
      folder = fs.mkdtempSync(path.join(os.tmpdir(), 'content-copy-'));
      fs.cpSync(path.join('e2e', 'fixtures', 'content'), folder, { recursive: true });
      prepare(folder);
      server = spawn(process.execPath, ['scripts/start.mjs', '--port', String(port)], {
        env: { ...process.env, CONTENT_DIR: folder, NODE_ENV: 'production' },
        stdio: 'ignore',
      });
      // A folder no build indexed: the server builds its index first ("building", pages 503).
      await expect.poll(() => healthState(origin), { timeout: 60_000 }).toBe(expectedHealth === 200 ? 'ok' : expectedHealth);
    },
    stop() {
      server?.kill('SIGTERM');
      fs.rmSync(folder, { recursive: true, force: true });
      // The index that server made of the copy, in the build's server folder.
      fs.rmSync(indexDir(folder), { recursive: true, force: true });
    },
  };
}

test.describe('when the content on a running server breaks', { tag: '@security' }, () => {
  // Needs this machine's build (.next); one project is enough for a second server start.
  test.skip(!!process.env.BASE_URL, 'runs a second server from the local build; BASE_URL suites have none');

  const broken = secondServer(BASE_PORT + 51, (folder) => {
    const story = path.join(folder, 'articles', 'asian-games-close-hangzhou', 'en.md');
    fs.writeFileSync(story, fs.readFileSync(story, 'utf8').replace(/^title:.*$/m, 'title: [unclosed'));
  });

  test.beforeAll(async ({}, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'one server start covers it: the pages are checked on desktop');
    await broken.start(200);
  });

  test.afterAll(() => broken.stop());

  test('the site stays up and healthy, and counts the problem for editors', async ({ page, request }) => {
    const health = await (await request.get(`${broken.origin}/api/health`)).json();
    expect(health.status).toBe('ok');
    expect(health.problems.errors).toBeGreaterThanOrEqual(1);
    const story = await page.goto(`${broken.origin}/ko/article/${SEED_SLUG}`);
    expect(story?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('하바롭스크');
    // Pages rendered now read the index this server made of the folder: they work too.
    for (const [locale, query] of [['en', 'putin'], ['ko', '푸틴']] as const) {
      const response = await page.goto(`${broken.origin}/${locale}/search?q=${encodeURIComponent(query)}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('body')).not.toContainText(/YAML|unclosed|\.md\b|\/tmp\//);
    }
  });
});

test.describe('when the content index on disk cannot be read', { tag: '@security' }, () => {
  test.skip(!!process.env.BASE_URL, 'runs a second server from the local build; BASE_URL suites have none');

  // The index the server would read for this folder is garbage.
  const corrupt = secondServer(BASE_PORT + 52, (folder) => {
    const index = path.join(indexDir(folder), 'index.sqlite');
    fs.mkdirSync(path.dirname(index), { recursive: true });
    fs.writeFileSync(index, 'this is not a database'.repeat(100));
  });

  test.beforeAll(async ({}, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'one server start covers it: the pages are checked on desktop');
    await corrupt.start(503);
  });

  test.afterAll(() => corrupt.stop());

  // (Pages the build made are not checked here: another server from the same build that published
  // has marked them stale, and a stale page is rendered again, which needs the index.)
  test('a page rendered now says sorry in its language, with status 500', async ({ page }) => {
    // The layout itself cannot read the content here, so this is the last-resort page: both
    // languages, the URL's first.
    for (const [locale, query, title, other] of [
      ['en', 'putin', 'Something went wrong', '문제가 발생했습니다'],
      ['ko', '푸틴', '문제가 발생했습니다', 'Something went wrong'],
    ] as const) {
      const response = await page.goto(`${corrupt.origin}/${locale}/search?q=${encodeURIComponent(query)}`);
      expect(response?.status()).toBe(500);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.getByRole('heading', { level: 2 })).toHaveText(other);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const html = await response!.text();
      // The reader learns nothing about the server: no message, no stack, no path.
      for (const leak of ['not a database', 'sqlite', corrupt.folder, 'node_modules', '.md', 'at async']) expect(html, leak).not.toContain(leak);
      await expect(page.locator('body')).not.toContainText(/sqlite|database|\.md\b|\/tmp\//i);
      await expectNoAxeViolations(page);
    }
  });
});
