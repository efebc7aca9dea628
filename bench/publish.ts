/**
 * `npm run bench:publish [-- --changes 20] [-- --content DIR] [-- --in-place]`: how long a change
 * takes from the file write to each reader surface, on a running production server (`npm start`
 * from the current build) that follows its content folder (docs/adr/0002-live-newsroom.md).
 *
 * The server serves a copy of the content folder (default: the end-to-end fixtures; `--content`
 * takes another, e.g. a bench:corpus archive), which it indexes first. `--in-place` serves the
 * folder itself instead, with the index the build made of it (build with CONTENT_DIR=DIR first):
 * the stories this writes are removed again at the end. Each change writes a new story with a unique word,
 * then polls every surface (the story, the front page, its section, its tag, search, RSS, JSON
 * Feed, the sitemap (its parts, past 50,000 URLs) and the news sitemap) until the story is on it, and records the time from the
 * write. Median and worst per surface go to bench/results/publish.json and the console.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { median } from './median';
import { BENCH_PORT, startServer, writeResult } from './server';

const SURFACES = {
  story: (slug: string) => `/en/article/${slug}`,
  front: () => '/en',
  section: () => '/en/section/culture',
  tag: () => '/en/tag/bench-publish',
  search: (_slug: string, word: string) => `/en/search?q=${word}`,
  rss: () => '/en/feed.xml',
  json: () => '/en/feed.json',
  sitemap: () => '/sitemap.xml',
  news: () => '/news-sitemap.xml',
} as const;
type Surface = keyof typeof SURFACES;

/** Gives up on a surface after this long: the bar is 10 s. */
const GIVE_UP_MS = 30_000;

/**
 * Past 50,000 URLs /sitemap.xml is an index of parts (/sitemaps/N.xml): the story is on the
 * surface when one of its parts lists it.
 */
async function inSitemapParts(origin: string, index: string, slug: string, onServerError: () => void): Promise<boolean> {
  if (!index.includes('<sitemapindex')) return false;
  for (const [, loc] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const response = await fetch(`${origin}${new URL(loc!).pathname}`);
    if (response.status >= 500) onServerError();
    if ((await response.text()).includes(slug)) return true;
  }
  return false;
}

async function main() {
  const { values } = parseArgs({
    options: { changes: { type: 'string', default: '20' }, content: { type: 'string', default: path.join('e2e', 'fixtures', 'content') }, 'in-place': { type: 'boolean', default: false } },
  });
  const changes = Number(values.changes);
  const inPlace = values['in-place'];
  const folder = inPlace ? path.resolve(values.content) : fs.mkdtempSync(path.join(os.tmpdir(), 'bench-publish-'));
  const created: string[] = [];
  if (!inPlace) {
    console.log(`copying ${values.content} to ${folder}`);
    fs.cpSync(values.content, folder, { recursive: true });
  }
  const startedAt = Date.now();
  const server = await startServer('front', BENCH_PORT, { contentDir: folder, timeoutMs: 15 * 60_000 });
  const readyMs = Date.now() - startedAt;
  console.log(`server ready in ${(readyMs / 1000).toFixed(1)} s${inPlace ? '' : ' (it indexes a folder it has not seen)'}`);
  const times: Record<Surface, number[]> = Object.fromEntries(Object.keys(SURFACES).map((s) => [s, []])) as unknown as Record<Surface, number[]>;
  let failures = 0;
  let firstChange: Record<string, number> | undefined;
  try {
    // Change 0 is the first after the start: it waits for the watcher to set up and the start's
    // whole-folder rescan, so it is reported on its own, not in the medians.
    for (let i = 0; i <= changes; i++) {
      const word = `benchword${crypto.randomBytes(4).toString('hex')}`;
      const slug = `bench-publish-${word}`;
      const file = path.join(folder, 'articles', slug, 'en.md');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      created.push(path.dirname(file));
      const publishedAt = new Date(Date.now() - 1000).toISOString().replace(/\.\d+Z$/, '+00:00');
      const written = performance.now();
      fs.writeFileSync(file, `---\ntitle: "Benchmark story ${word}"\nsection: culture\nauthors: [yonhap]\npublishedAt: "${publishedAt}"\ntags: [Bench Publish]\n---\nThe ${word} story, written by bench:publish.\n`);
      // Each surface polled on its own every 50 ms: a slow one (the sitemap's parts) never holds up the others' clocks.
      const seen = Object.fromEntries(
        await Promise.all(
          (Object.keys(SURFACES) as Surface[]).map(async (surface) => {
            while (performance.now() - written < GIVE_UP_MS) {
              const response = await fetch(`${server.url}${SURFACES[surface](slug, word)}`);
              if (response.status >= 500) failures++;
              const text = await response.text();
              if (text.includes(slug) || (surface === 'sitemap' && (await inSitemapParts(server.url, text, slug, () => failures++)))) return [surface, performance.now() - written];
              await new Promise((r) => setTimeout(r, 50));
            }
            return [surface, Number.POSITIVE_INFINITY];
          }),
        ),
      ) as Record<Surface, number>;
      const line = Object.entries(seen)
        .map(([s, t]) => `${s} ${Math.round(t)}`)
        .join(', ');
      if (i === 0) {
        firstChange = Object.fromEntries(Object.entries(seen).map(([s, t]) => [s, Math.round(t)]));
        console.log(`first change after the start: ${line} ms`);
        continue;
      }
      for (const [surface, t] of Object.entries(seen)) times[surface as Surface].push(t);
      console.log(`change ${i}/${changes}: ${line} ms`);
    }
  } finally {
    // In place: the folder is left as it was (the server is stopped first, so it never sees a takedown).
    await server.stop();
    if (inPlace) for (const dir of created) fs.rmSync(dir, { recursive: true, force: true });
    else fs.rmSync(folder, { recursive: true, force: true });
  }
  const rows = Object.entries(times).map(([surface, t]) => ({ surface, 'median ms': Math.round(median(t)), 'worst ms': Math.round(Math.max(...t)) }));
  console.table(rows);
  const stories = fs.readdirSync(path.join(values.content, 'articles')).length;
  const ready = { serverReadyMs: readyMs, inPlace, firstChangeMs: firstChange };
  // The fixtures' figures and an archive's are kept apart.
  const name = path.resolve(values.content) === path.resolve('e2e', 'fixtures', 'content') ? 'publish' : `publish-${stories}`;
  console.log(`written: ${writeResult(name, { content: values.content, stories, changes, ...ready, serverErrors: failures, targetMs: 10_000, surfaces: rows })}`);
  if (failures) console.log(`warning: ${failures} answers were 5xx`);
}

void main();
