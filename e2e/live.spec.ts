import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { healthState } from './support/health';
import { expect, test } from './support/test';

/**
 * The live newsroom: a production server follows its content folder, with no build. This starts
 * a second server from the suite's build over a copy of the fixtures, then writes to that copy as
 * an editor would (a new story, a correction, a takedown, an embargo, a broken edit) and reads
 * every surface as a reader would. Every answer in this file is recorded: none may be a 5xx.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100) + 53;
const ORIGIN = `http://localhost:${PORT}`;
/** The issue's bar: on every surface within 10 s of the file write. */
const LIVE_WITHIN_MS = 10_000;
const PUBLISH_SECRET = 'e2e-publish-secret-7f3a';

test.describe('the live newsroom', { tag: '@editor' }, () => {
  test.skip(!!process.env.BASE_URL, 'runs a second server from the local build; BASE_URL suites have none');
  test.describe.configure({ mode: 'serial' });

  let server: ChildProcess | undefined;
  let folder = '';
  const statuses: { url: string; status: number }[] = [];

  test.beforeAll(async ({}, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'one server over one folder: the editor-to-reader path is checked on desktop');
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'live-content-'));
    fs.cpSync(path.join('e2e', 'fixtures', 'content'), folder, { recursive: true });
    server = spawn(process.execPath, ['scripts/start.mjs', '--port', String(PORT)], {
      env: { ...process.env, CONTENT_DIR: folder, NODE_ENV: 'production', PUBLISH_SECRET },
      stdio: 'ignore',
    });
    // A folder no build indexed: the server builds its index first (pages answer 503 meanwhile).
    await expect.poll(() => healthState(ORIGIN), { timeout: 60_000 }).toBe('ok');
  });

  test.afterAll(() => {
    server?.kill('SIGTERM');
    fs.rmSync(folder, { recursive: true, force: true });
    // The index that server made of the copy, in the build's server folder.
    const key = crypto.createHash('sha256').update(path.resolve(folder)).digest('hex').slice(0, 16);
    const buildId = fs.readFileSync(path.join('.next', 'BUILD_ID'), 'utf8').trim();
    fs.rmSync(path.join('.releases', buildId, '.next', 'cache', 'content', key), { recursive: true, force: true });
  });

  /** A story file as an editor saves it; `hero` names a photo (in the story's folder, or under public/). */
  function writeStory(slug: string, locale: 'en' | 'ko', fields: { title: string; publishedAt?: string; status?: string; hero?: string; body: string }) {
    const file = path.join(folder, 'articles', slug, `${locale}.md`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const publishedAt = fields.publishedAt ?? new Date(Date.now() - 60_000).toISOString().replace(/\.\d+Z$/, '+00:00');
    const hero = fields.hero ? `hero:\n  src: ${fields.hero}\n  alt: ${HERO_ALT}\n` : '';
    fs.writeFileSync(
      file,
      `---\ntitle: "${fields.title}"\nsection: culture\nauthors: [yonhap]\npublishedAt: "${publishedAt}"\n${hero}tags: [Live Festival]\n${fields.status ? `status: ${fields.status}\n` : ''}---\n${fields.body}\n`,
    );
  }

  /** A photo dropped into a story's folder, as an editor saves it next to the story (a copy of one under public/). */
  function putPhoto(slug: string, name: string, fromPublic: string) {
    fs.mkdirSync(path.join(folder, 'articles', slug), { recursive: true });
    fs.copyFileSync(path.join('public', fromPublic), path.join(folder, 'articles', slug, name));
  }

  /** A story photo's URL as a page shows it (`/media/<slug>/<version>/<name>`, maybe inside an optimized image's URL), if the page has it. */
  const photoUrl = (html: string, slug: string, name: string) => new RegExp(`/media/${slug}/[0-9a-f]{16}/${name.replace('.', '\\.')}`).exec(html.replaceAll('%2F', '/'))?.[0];

  /** The status of each URL (recorded with the surfaces'). */
  async function statusesOf(request: APIRequestContext, urls: string[]) {
    return Promise.all(
      urls.map(async (url) => {
        const status = (await request.get(`${ORIGIN}${url}`)).status();
        statuses.push({ url, status });
        return [url, status] as const;
      }),
    );
  }

  /** The text of every reader surface for a story, read once. */
  async function surfaces(request: APIRequestContext, slug: string, word: string) {
    const read = async (url: string) => {
      const response = await request.get(`${ORIGIN}${url}`);
      statuses.push({ url, status: response.status() });
      return { status: response.status(), text: await response.text() };
    };
    const article = await read(`/en/article/${slug}`);
    return {
      article: article.status === 200 ? article.text : `status ${article.status}`,
      front: (await read('/en')).text,
      section: (await read('/en/section/culture')).text,
      tag: (await read('/en/tag/live-festival')).text,
      search: (await read(`/en/search?q=${word}`)).text,
      feed: (await read('/en/feed.xml')).text,
      json: (await read('/en/feed.json')).text,
      sitemap: (await read('/sitemap.xml')).text,
      news: (await read('/news-sitemap.xml')).text,
    };
  }

  const HERO_ALT = 'Paper lanterns over the festival grounds at night';
  const CHART_ALT = "A bar chart of the festival's visitors by day";
  const ZEBRAQUILL_BODY = `The zebraquill festival opened in Seoul.\n\n![${CHART_ALT}](chart.png)`;
  /** The story's photos as readers got them: the hero and body photo URLs, and the optimized hero the browser loaded. */
  const photos = { hero: '', chart: '', optimized: '' };

  const everywhere = (found: Record<string, string>, text: string) => Object.entries(found).filter(([, body]) => !body.includes(text)).map(([name]) => name);
  const nowhere = (found: Record<string, string>, text: string) => Object.entries(found).filter(([, body]) => body.includes(text)).map(([name]) => name);

  test('a new story is on every surface within 10 s of the file being saved, with the photos from its folder', async ({ request, page }) => {
    putPhoto('live-zebraquill', 'photo.jpg', 'images/biff-outdoor-screening.jpg');
    putPhoto('live-zebraquill', 'chart.png', 'apple-touch-icon.png');
    writeStory('live-zebraquill', 'en', { title: 'Zebraquill festival opens', hero: 'photo.jpg', body: ZEBRAQUILL_BODY });
    await expect
      .poll(async () => everywhere(await surfaces(request, 'live-zebraquill', 'zebraquill'), 'live-zebraquill'), { message: 'surfaces still without the story', timeout: LIVE_WITHIN_MS, intervals: [250, 500, 1000] })
      .toEqual([]);
    // The headline too, wherever a headline is shown as written (the sitemap lists URLs only;
    // search marks the word searched for inside it).
    const found = await surfaces(request, 'live-zebraquill', 'zebraquill');
    expect(everywhere(found, 'Zebraquill festival opens')).toEqual(['search', 'sitemap']);

    // Its photos, served from its own folder at their story's URLs: on the page, the front page
    // (the newest story with a photo leads it), and in the feeds.
    photos.hero = photoUrl(found.article, 'live-zebraquill', 'photo.jpg') ?? 'no hero photo on the page';
    photos.chart = photoUrl(found.article, 'live-zebraquill', 'chart.png') ?? 'no body photo on the page';
    expect(found.front).toContain(encodeURIComponent(photos.hero));
    expect(found.feed).toContain(photos.hero);
    expect(found.json).toContain(photos.chart);
    const direct = await request.get(`${ORIGIN}${photos.hero}`);
    expect(direct.status()).toBe(200);
    expect(direct.headers()['content-type']).toBe('image/jpeg');
    expect(await statusesOf(request, [photos.chart])).toEqual([[photos.chart, 200]]);

    // A reader's browser loads both, optimized.
    await page.goto(`${ORIGIN}/en/article/live-zebraquill`);
    for (const alt of [HERO_ALT, CHART_ALT]) {
      const image = page.getByRole('img', { name: alt });
      await image.scrollIntoViewIfNeeded();
      // The optimizer's first AVIF of a photo takes seconds on a busy 2-core machine.
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { message: alt, timeout: 15_000 }).toBe(true);
    }
    const loaded = new URL(await page.getByRole('img', { name: HERO_ALT }).evaluate((img: HTMLImageElement) => img.currentSrc));
    photos.optimized = loaded.pathname + loaded.search;
    expect(photos.optimized).toContain(`/_next/image?url=${encodeURIComponent(photos.hero)}`);
  });

  test('a corrected headline replaces the old one everywhere, and a replaced photo gets a new URL', async ({ request }) => {
    writeStory('live-zebraquill', 'en', { title: 'Zebraquill festival opens, corrected', hero: 'photo.jpg', body: ZEBRAQUILL_BODY });
    await expect
      .poll(async () => everywhere(await surfaces(request, 'live-zebraquill', 'zebraquill'), 'Zebraquill festival opens, corrected'), { timeout: LIVE_WITHIN_MS, intervals: [250, 500, 1000] })
      // The sitemap lists URLs, not headlines; search marks the word searched for.
      .toEqual(['search', 'sitemap']);

    // The photo alone replaced (the story file untouched): the page shows the new one at a new URL.
    const old = photos.hero;
    putPhoto('live-zebraquill', 'photo.jpg', 'images/chuseok-expressway-moon.jpg');
    const shown = async () => photoUrl(await (await request.get(`${ORIGIN}/en/article/live-zebraquill`)).text(), 'live-zebraquill', 'photo.jpg') ?? 'no hero photo on the page';
    await expect
      .poll(async () => ((photos.hero = await shown()) !== old && photos.hero.startsWith('/media/') ? 'a new photo URL' : photos.hero), { timeout: LIVE_WITHIN_MS, intervals: [250, 500, 1000] })
      .toBe('a new photo URL');
    photos.optimized = photos.optimized.replace(encodeURIComponent(old), encodeURIComponent(photos.hero));
    // The optimizer makes (and keeps) the new one before the takedown below.
    expect(await statusesOf(request, [photos.hero, photos.optimized, old])).toEqual([
      [photos.hero, 200],
      [photos.optimized, 200],
      [old, 404],
    ]);
  });

  test('a takedown (status: draft) removes the story from every surface, its photos included', async ({ request }) => {
    writeStory('live-zebraquill', 'en', { title: 'Zebraquill festival opens, corrected', status: 'draft', hero: 'photo.jpg', body: ZEBRAQUILL_BODY });
    // The photos too, directly and optimized (the optimizer still holds its copy: it must not answer).
    const stillServed = async () => (await statusesOf(request, [photos.hero, photos.chart, photos.optimized])).filter(([, status]) => status !== 404).map(([url]) => url);
    await expect
      .poll(async () => [...nowhere(await surfaces(request, 'live-zebraquill', 'zebraquill'), 'live-zebraquill'), ...(await stillServed())], { timeout: LIVE_WITHIN_MS, intervals: [250, 500, 1000] })
      .toEqual([]);
    const found = await surfaces(request, 'live-zebraquill', 'zebraquill');
    expect(found.article).toBe('status 404');
    expect(nowhere(found, 'Zebraquill')).toEqual([]);
  });

  test('deleting the file removes the story too', async ({ request }) => {
    writeStory('live-deleted', 'en', { title: 'Ocelotwind report', body: 'The ocelotwind report.' });
    await expect.poll(async () => (await surfaces(request, 'live-deleted', 'ocelotwind')).article.includes('Ocelotwind report'), { timeout: LIVE_WITHIN_MS }).toBe(true);
    fs.rmSync(path.join(folder, 'articles', 'live-deleted'), { recursive: true });
    await expect.poll(async () => nowhere(await surfaces(request, 'live-deleted', 'ocelotwind'), 'live-deleted'), { timeout: LIVE_WITHIN_MS, intervals: [250, 500, 1000] }).toEqual([]);
  });

  test('an embargoed story is nowhere before its time and everywhere right after', async ({ request }) => {
    const due = new Date(Date.now() + 8_000);
    writeStory('live-embargo', 'en', { title: 'Quokkamoon summit', publishedAt: due.toISOString().replace(/\.\d+Z$/, '+00:00'), body: 'The quokkamoon summit began.' });
    // Until the second it is due, nothing of it anywhere, however often readers look.
    const dueAt = Math.floor(due.getTime() / 1000) * 1000;
    while (Date.now() < dueAt - 1_000) {
      expect(nowhere(await surfaces(request, 'live-embargo', 'quokkamoon'), 'live-embargo'), `at ${new Date().toISOString()}, before ${due.toISOString()}`).toEqual([]);
    }
    await expect.poll(async () => everywhere(await surfaces(request, 'live-embargo', 'quokkamoon'), 'live-embargo'), { timeout: LIVE_WITHIN_MS + 3_000, intervals: [250, 500] }).toEqual([]);
  });

  test('a broken edit keeps the last good version, and the problem is counted for editors', async ({ request }) => {
    writeStory('live-broken', 'en', { title: 'Narwhalpine vote', body: 'The narwhalpine vote passed.' });
    await expect.poll(async () => (await surfaces(request, 'live-broken', 'narwhalpine')).article.includes('Narwhalpine vote'), { timeout: LIVE_WITHIN_MS }).toBe(true);
    const file = path.join(folder, 'articles', 'live-broken', 'en.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title:.*$/m, 'title: [unclosed').replace('passed', 'failed'));
    await expect.poll(async () => (await (await request.get(`${ORIGIN}/api/health`)).json()).problems.errors, { timeout: LIVE_WITHIN_MS }).toBeGreaterThanOrEqual(1);
    const found = await surfaces(request, 'live-broken', 'narwhalpine');
    expect(found.article).toContain('Narwhalpine vote');
    expect(found.article).toContain('passed');
    expect(found.article).not.toContain('unclosed');
    expect((await request.get(`${ORIGIN}/api/health`)).status()).toBe(200);
  });

  test('POST /api/publish rescans for a CMS with the right secret only, and says what changed', async ({ request }) => {
    for (const authorization of [undefined, 'Bearer wrong', `Basic ${PUBLISH_SECRET}`, `Bearer ${PUBLISH_SECRET}x`]) {
      const refused = await request.post(`${ORIGIN}/api/publish`, { headers: authorization ? { authorization } : {} });
      expect(refused.status(), authorization).toBe(401);
      expect(refused.headers()['www-authenticate']).toContain('Bearer');
    }
    writeStory('live-cms', 'en', { title: 'Pangolinstep story', body: 'Pangolinstep.' });
    const published = await request.post(`${ORIGIN}/api/publish`, { headers: { authorization: `Bearer ${PUBLISH_SECRET}` } });
    expect(published.status()).toBe(200);
    expect(published.headers()['cache-control']).toContain('no-store');
    const report = await published.json();
    expect(report.generation.n).toBeGreaterThan(1);
    // The watcher may have published the file a moment earlier: then this rescan found nothing new.
    expect([...report.changed, ...(report.newGeneration ? [] : ['already published'])].join(' ')).toMatch(/live-cms|already published/);
    expect((await surfaces(request, 'live-cms', 'pangolinstep')).article).toContain('Pangolinstep story');

    // A CMS may name the story folders it changed: only those are read again.
    const auth = { authorization: `Bearer ${PUBLISH_SECRET}`, 'content-type': 'application/json' };
    fs.rmSync(path.join(folder, 'articles', 'live-cms'), { recursive: true });
    const named = await request.post(`${ORIGIN}/api/publish`, { headers: auth, data: JSON.stringify({ stories: ['live-cms'] }) });
    expect(named.status()).toBe(200);
    expect((await surfaces(request, 'live-cms', 'pangolinstep')).article).toBe('status 404');
    for (const [body, message] of [
      ['{"stories": ["../../etc"]}', /not a slug/],
      ['{"stories": "live-cms"}', /must be a list/],
      ['{"everything": true}', /unknown field "everything"/],
      ['stories=live-cms', /must be JSON/],
    ] as const) {
      const refused = await request.post(`${ORIGIN}/api/publish`, { headers: auth, data: Buffer.from(body) });
      expect(refused.status(), body).toBe(400);
      expect(await refused.text(), body).toMatch(message);
    }
  });

  test('the suite\'s own server, which has no PUBLISH_SECRET, answers POST /api/publish with 404', async ({ request }) => {
    expect((await request.post('/api/publish', { headers: { authorization: 'Bearer anything' } })).status()).toBe(404);
  });

  test('no answer while all of that happened was a server error', () => {
    expect(statuses.length).toBeGreaterThan(50);
    expect(statuses.filter((s) => s.status >= 500)).toEqual([]);
  });
});
