import type { Page, Request } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { copyProject } from './support/projectCopy';
import { SEED_SLUG } from './support/seed';
import { suiteBuildEnv } from './support/suiteBuild';
import { expect, test } from './support/test';

/**
 * A deploy as the README describes it: `npm run build` next to the running `npm start`, then
 * SIGTERM (which drains) and `npm start` again. Readers must not notice: no request fails while
 * the build rewrites `.next`, and a page opened before the restart still loads its scripts after
 * it (scripts/releases.mjs).
 *
 * It all happens in a copy of the project with the suite's build (e2e/support/projectCopy.ts):
 * a build in the project itself would rewrite the `.next` that the other specs start servers
 * from (failure.spec.ts, front-door.spec.ts) and read (preview.spec.ts, budget.spec.ts) while
 * they run, and leave a build there other than the one the suite's server runs. The copy's build
 * changes one client component, as a code deploy does, so the new build's scripts have new names
 * and the old page's can only come from the old release.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100) + 71;
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** A prerendered story (the suite's prerender window holds the newest eight) and an archive one, rendered on its first request. */
const STORY = '/en/article/bok-holds-rate-october';
const ARCHIVE_STORY = `/en/article/${SEED_SLUG}`;
/** The new code: one attribute on the copy-link button, a client component, so its chunk changes. */
const CHANGED_COMPONENT = 'components/CopyLinkButton.tsx';
const OLD_BUTTON = '<button type="button" onClick={copy}';
const NEW_BUTTON = '<button type="button" data-deploy="second-build" onClick={copy}';

interface Failure {
  url: string;
  at: string;
  what: string;
}

test.describe('a deploy: a build next to the running server, then a restart', { tag: '@deploy' }, () => {
  test.skip(!!process.env.BASE_URL, 'builds and starts the site from the local project; BASE_URL suites have none');

  let project = '';
  const processes: ChildProcess[] = [];

  test.afterAll(() => {
    // Whatever is still running (a test that timed out mid-build), with everything it started.
    for (const child of processes) kill(child, 'SIGKILL');
    if (project) fs.rmSync(project, { recursive: true, force: true });
  });

  test('no request fails during the build or after it; after the restart the old page still loads its scripts and the new build serves', async ({ browser, page, pageProblems, baseURL }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'one build is enough: desktop only');
    // A cold production build on a loaded 2-core machine takes minutes.
    test.setTimeout(20 * 60_000);

    await test.step('copy the project with the suite build', () => {
      project = copyProject(process.cwd(), 'deploy-spec-');
    });
    const oldBuildId = fs.readFileSync(path.join(project, '.next', 'BUILD_ID'), 'utf8').trim();

    const first = start(project, testInfo.outputPath('server-1.log'));
    processes.push(first);
    await healthy(first, oldBuildId);

    // The page as a reader opened it before the deploy: every static file it asked for.
    const oldStatic = await test.step('open a story and record its scripts', async () => {
      const urls = await staticFilesOf(page, `${ORIGIN}${STORY}`);
      expect([...urls].filter((url) => url.endsWith('.js')).length, 'the story loads scripts').toBeGreaterThan(0);
      expect(pageProblems).toEqual([]);
      return urls;
    });

    // Readers keep reading while the build runs: the page, an archive story, a search, the
    // health check and every static file of the page, round after round.
    const watched = [STORY, ARCHIVE_STORY, '/en/search?q=summit', '/api/health', ...oldStatic];
    const failures: Failure[] = [];
    let requests = 0;
    let slowest = 0;
    let reading = true;
    const readers = (async () => {
      while (reading) {
        for (const url of watched) {
          const began = Date.now();
          try {
            const response = await fetch(`${ORIGIN}${url}`, { signal: AbortSignal.timeout(30_000) });
            const body = await response.text();
            if (response.status !== 200) failures.push({ url, at: new Date().toISOString(), what: `HTTP ${response.status}` });
            else if (url === '/api/health' && !body.includes(`"buildId":"${oldBuildId}"`)) failures.push({ url, at: new Date().toISOString(), what: `another build: ${body}` });
          } catch (error) {
            failures.push({ url, at: new Date().toISOString(), what: String(error) });
          }
          requests += 1;
          slowest = Math.max(slowest, Date.now() - began);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();

    let buildMs = 0;
    let newBuildId = '';
    try {
      await test.step('npm run build next to the running server, with new code', async () => {
        const component = path.join(project, CHANGED_COMPONENT);
        const source = fs.readFileSync(component, 'utf8');
        expect(source.split(OLD_BUTTON).length - 1, `${CHANGED_COMPONENT} has one "${OLD_BUTTON}" to change`).toBe(1);
        fs.writeFileSync(component, source.replace(OLD_BUTTON, NEW_BUTTON));

        const began = Date.now();
        const log = fs.openSync(testInfo.outputPath('build.log'), 'w');
        const build = spawn('npm', ['run', 'build'], {
          cwd: project,
          env: { ...process.env, ...suiteBuildEnv(baseURL!), NEXT_TELEMETRY_DISABLED: '1' },
          stdio: ['ignore', log, log],
          detached: true,
        });
        fs.closeSync(log);
        processes.push(build);
        const exit = await new Promise<number | null>((resolve, reject) => {
          build.once('exit', (code) => resolve(code));
          build.once('error', reject);
        });
        buildMs = Date.now() - began;
        expect(exit, `npm run build exit code (${testInfo.outputPath('build.log')})`).toBe(0);
        newBuildId = fs.readFileSync(path.join(project, '.next', 'BUILD_ID'), 'utf8').trim();
        expect(newBuildId, 'the build rewrote .next').not.toBe(oldBuildId);
        // Readers go on a little after the build, on the server that has not restarted yet.
        await new Promise((resolve) => setTimeout(resolve, 5_000));
      });
    } finally {
      // Readers stop whatever happened to the build: a failed build must not leave them running.
      reading = false;
      await readers;
    }
    testInfo.annotations.push({ type: 'deploy', description: `build ${Math.round(buildMs / 1000)} s; ${requests} requests during and after it, slowest ${slowest} ms, ${failures.length} failed` });
    expect(summarize(failures), `requests that failed during the build (${failures.length} of ${requests})`).toEqual([]);

    const signalledAt = Date.now();
    await test.step('SIGTERM: the server drains and exits 0', async () => {
      const exited = new Promise<number | null>((resolve) => first.once('exit', (code) => resolve(code)));
      first.kill('SIGTERM');
      expect(await exited).toBe(0);
    });
    const exitedAt = Date.now();

    const second = start(project, testInfo.outputPath('server-2.log'));
    processes.push(second);
    await healthy(second, newBuildId);
    testInfo.annotations.push({ type: 'deploy', description: `restart: exited ${exitedAt - signalledAt} ms after SIGTERM; the new build answered ${Date.now() - exitedAt} ms after that (making its release included)` });

    await test.step("the old page's static files still answer 200", async () => {
      const statuses = await Promise.all([...oldStatic].map(async (url) => [url, (await fetch(`${ORIGIN}${url}`)).status] as const));
      expect(statuses.filter(([, status]) => status !== 200)).toEqual([]);
    });

    await test.step('a new reader gets the new build: the story, with its own scripts', async () => {
      // A browser of its own: the first one may keep the story's HTML for a minute (max-age=60).
      const context = await browser.newContext();
      try {
        const reader = await context.newPage();
        const problems: string[] = [];
        reader.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        reader.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
        reader.on('response', (response) => {
          if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
        });
        const newStatic = await staticFilesOf(reader, `${ORIGIN}${STORY}`);
        // Copy link is in the Share menu.
        await reader.getByRole('button', { name: 'Share', exact: true }).click();
        await expect(reader.locator('button[data-deploy="second-build"]')).toBeVisible();
        expect(problems).toEqual([]);
        // Otherwise this test proves nothing about old scripts: some must exist in the old build only.
        const oldOnly = [...oldStatic].filter((url) => !newStatic.has(url));
        expect(oldOnly.length, 'scripts of the old page that the new build does not have').toBeGreaterThan(0);
        testInfo.annotations.push({ type: 'deploy', description: `${oldOnly.length} of the old page's ${oldStatic.size} static files exist only in the old release` });
      } finally {
        await context.close();
      }
    });

    await test.step('both releases are on disk; the new one took the old one\'s static files', () => {
      const releases = path.join(project, '.releases');
      expect(fs.readdirSync(releases).filter((name) => !name.startsWith('.')).sort()).toEqual([oldBuildId, newBuildId].sort());
      const record = JSON.parse(fs.readFileSync(path.join(releases, newBuildId, 'release.json'), 'utf8')) as { mergedFrom: Record<string, number> };
      expect(Object.keys(record.mergedFrom)).toEqual([oldBuildId]);
    });
  });
});

/** One line per URL and kind of failure: how often, first and last time. */
function summarize(failures: Failure[]): string[] {
  const byKind = new Map<string, Failure[]>();
  for (const failure of failures) {
    const key = `${failure.url}: ${failure.what}`;
    byKind.set(key, [...(byKind.get(key) ?? []), failure]);
  }
  return [...byKind].map(([key, all]) => `${key} (${all.length}x, ${all[0]!.at} to ${all.at(-1)!.at})`);
}

/** Opens `url` and returns the path of every static file (`/_next/static/...`) the page asked for until the network went quiet. */
async function staticFilesOf(page: Page, url: string): Promise<Set<string>> {
  const paths = new Set<string>();
  const record = (request: Request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/_next/static/')) paths.add(pathname);
  };
  page.on('request', record);
  try {
    expect((await page.goto(url))?.status(), url).toBe(200);
    await page.waitForLoadState('networkidle');
  } finally {
    page.off('request', record);
  }
  return paths;
}

/** `node scripts/start.mjs` in `project`, as the suite's server runs, in its own process group, its output to `log`. */
function start(project: string, log: string): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: 'e2e/fixtures/content', NODE_ENV: 'production' };
  delete env.PORT;
  delete env.HOSTNAME;
  const out = fs.openSync(log, 'a');
  const child = spawn(process.execPath, ['scripts/start.mjs', '--port', String(PORT)], { cwd: project, env, stdio: ['ignore', out, out], detached: true });
  fs.closeSync(out);
  return child;
}

/** Waits until /api/health answers 200 "ok" for build `buildId`; fails at once if the server exits first. */
async function healthy(server: ChildProcess, buildId: string) {
  await expect
    .poll(
      async () => {
        if (server.exitCode !== null || server.signalCode !== null) throw new Error(`the server exited (${server.exitCode ?? server.signalCode}) before ${ORIGIN}/api/health answered`);
        const response = await fetch(`${ORIGIN}/api/health`, { signal: AbortSignal.timeout(5_000) }).catch(() => undefined);
        if (!response?.ok) return response?.status;
        // "building": its content index is not ready yet, and its pages answer 503.
        const health = (await response.json()) as { buildId?: string; status?: string };
        return health.status === 'ok' ? health.buildId : health.status;
      },
      { timeout: 120_000, message: `${ORIGIN}/api/health answers 200 for build ${buildId}` },
    )
    .toBe(buildId);
}

/** Ends a process started here and everything it started (its process group). */
function kill(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}
