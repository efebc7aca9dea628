import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expectNoAxeViolations } from './support/axe';
import { healthState } from './support/health';
import { expect, test } from './support/test';
import { drawsHangul, expectHangulDrawn } from './support/koreanFont';

/**
 * A server started on a content folder no build indexed (another CONTENT_DIR, an index of an
 * older schema, a lost cache) builds its content index in the background: /api/health answers
 * at once and says "building", pages that need the index answer "back in a minute" (503 with
 * Retry-After, never a 404 a crawler would take for a story gone), and a server killed half way
 * through resumes where it stopped, losing no story. The folder is an archive large enough for
 * the build to take a few seconds.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100) + 57;
const ORIGIN = `http://localhost:${PORT}`;
const STORIES = 6000;
const PUBLISH_SECRET = 'e2e-cold-start-secret';

interface Health {
  status: string;
  index?: { files: number; of?: number };
  stories?: { total: number; en: number; ko: number };
}

test.describe('a server that finds no content index', { tag: '@editor' }, () => {
  test.skip(!!process.env.BASE_URL, 'runs a second server from the local build; BASE_URL suites have none');
  test.describe.configure({ mode: 'serial' });

  let folder = '';
  let server: ChildProcess | undefined;
  let files = 0;
  /** What the archive makes public, per language, worked out from the corpus's own plan. */
  const expected = { en: 0, ko: 0 };
  let story = '';

  test.beforeAll(async ({}, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'one archive, one server: the pages are checked at both sizes in this project');
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cold-content-'));
    const written = spawnSync(process.execPath, ['--import', 'tsx', 'bench/corpus.ts', '--stories', String(STORIES), '--seed', '16', '--years', '4', '--out', folder], { encoding: 'utf8' });
    expect(written.status, written.stderr).toBe(0);
    // What the archive makes public, read from its files as an editor wrote them.
    for (const slug of fs.readdirSync(path.join(folder, 'articles')).sort()) {
      const locales = fs.readdirSync(path.join(folder, 'articles', slug)).filter((name) => name.endsWith('.md'));
      for (const name of locales) {
        files += 1;
        const text = fs.readFileSync(path.join(folder, 'articles', slug, name), 'utf8');
        const publishedAt = /^publishedAt: "([^"]+)"$/m.exec(text)?.[1] ?? '';
        if (/^status: draft$/m.test(text) || Date.parse(publishedAt) > Date.now()) continue;
        expected[name === 'en.md' ? 'en' : 'ko'] += 1;
        if (!story && locales.length === 2 && name === 'ko.md') story = slug;
      }
    }
    expect(story, 'a story in both languages').not.toBe('');
  });

  test.afterAll(() => {
    stop('SIGTERM');
    if (!folder) return;
    fs.rmSync(folder, { recursive: true, force: true });
    const key = crypto.createHash('sha256').update(path.resolve(folder)).digest('hex').slice(0, 16);
    const buildId = fs.readFileSync(path.join('.next', 'BUILD_ID'), 'utf8').trim();
    fs.rmSync(path.join('.releases', buildId, '.next', 'cache', 'content', key), { recursive: true, force: true });
  });

  /** What the servers said on stderr (problems, failed publishes, workers that could not start). */
  let stderr = '';

  function start() {
    server = spawn(process.execPath, ['scripts/start.mjs', '--port', String(PORT)], {
      env: { ...process.env, CONTENT_DIR: folder, NODE_ENV: 'production', PUBLISH_SECRET },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    server.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  }

  /** The server and Next.js behind it (its process group). */
  function stop(signal: NodeJS.Signals) {
    if (server?.pid && server.exitCode === null && server.signalCode === null) process.kill(-server.pid, signal);
  }

  async function health(): Promise<Health | undefined> {
    const response = await fetch(`${ORIGIN}/api/health`, { signal: AbortSignal.timeout(5_000) }).catch(() => undefined);
    return response?.status === 200 ? ((await response.json()) as Health) : undefined;
  }

  test('says "building" at once, answers pages with "back in a minute", and resumes after SIGKILL with every story', async ({ page }) => {
    test.setTimeout(180_000);
    start();
    await expect.poll(() => healthState(ORIGIN), { timeout: 60_000, message: 'health says the index is building' }).toBe('building');

    // A story, a listing and a search need the index: 503 with Retry-After, in the URL's language.
    for (const url of [`/en/article/${story}`, '/en/tag/north-korea', `/ko/search?q=${encodeURIComponent('정부')}`]) {
      const answer = await fetch(`${ORIGIN}${url}`);
      expect(answer.status, url).toBe(503);
      expect(answer.headers.get('retry-after'), url).toBe('30');
      expect(answer.headers.get('cache-control'), url).toBe('no-store');
    }
    // A CMS publishing meanwhile is asked to come back: the build reads the whole folder anyway.
    const publish = await fetch(`${ORIGIN}/api/publish`, { method: 'POST', headers: { authorization: `Bearer ${PUBLISH_SECRET}` } });
    expect(publish.status).toBe(503);
    expect(publish.headers.get('retry-after')).toBe('5');
    for (const [locale, heading] of [
      ['en', 'Back in a minute'],
      ['ko', '잠시 후 다시 열어 주세요'],
    ] as const) {
      for (const viewport of [
        { width: 1280, height: 800 },
        { width: 390, height: 844 },
      ]) {
        await page.setViewportSize(viewport);
        const response = await page.goto(`${ORIGIN}/${locale}/article/${story}`);
        expect(response?.status()).toBe(503);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
        // A browser with no Korean font (CI's) still reads the Korean page, not boxes.
        if (locale === 'ko' && !(await drawsHangul(page))) await expectHangulDrawn(page.getByRole('heading', { level: 1 }), heading.slice(0, 4));
        await expectNoAxeViolations(page);
      }
    }

    // Killed half way through the build: nothing is public yet, and nothing is lost.
    await expect.poll(async () => (await health())?.index?.files ?? 0, { timeout: 60_000, message: 'the build has written some files' }).toBeGreaterThan(0);
    const before = await health();
    expect(before?.status, 'the build is still under way when the server is killed').toBe('building');
    stop('SIGKILL');
    await expect.poll(() => server?.signalCode ?? server?.exitCode, { timeout: 10_000 }).not.toBeNull();

    start();
    // The restarted build reads only what the killed one had not written.
    let resumedOf: number | undefined;
    await expect
      .poll(
        async () => {
          const now = await health();
          if (now?.status === 'building' && now.index?.of !== undefined) resumedOf ??= now.index.of;
          return now?.status;
        },
        { timeout: 120_000, intervals: [100], message: 'the restarted server finishes the index' },
      )
      .toBe('ok');
    if (resumedOf !== undefined) expect(resumedOf, 'files left to read after the restart').toBeLessThan(files);

    const done = await health();
    expect(done?.stories).toEqual({ total: expected.en + expected.ko, ...expected });
    expect((await fetch(`${ORIGIN}/en/article/${story}`)).status).toBe(200);
    expect((await fetch(`${ORIGIN}/ko/article/${story}`)).status).toBe(200);
    // The archive was surveyed and read on worker threads, and the front server's publishes came back when asked.
    expect(stderr).not.toContain('parse workers failed');
    expect(stderr).not.toContain('survey worker failed');
    expect(stderr).not.toContain('publish failed');
    // Search reads the index too: the story's own headline finds it.
    const headline = /^title: "([^"]+)"$/m.exec(fs.readFileSync(path.join(folder, 'articles', story, 'en.md'), 'utf8'))?.[1] ?? '';
    const search = await fetch(`${ORIGIN}/en/search?q=${encodeURIComponent(headline)}`);
    expect(search.status).toBe(200);
    expect(await search.text()).toContain(`/en/article/${story}`);
  });
});
