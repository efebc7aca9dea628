import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { followContent, stampFolder } from './content-watch.mjs';

type Request = { stories?: string[]; settle?: boolean };

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

/** A content folder and a watcher on it whose publishes are recorded (each making a new generation when `fresh`). */
function watched({ fresh = true, events = true, rescanMs = 60_000 } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'watch-'));
  fs.mkdirSync(path.join(dir, 'articles', 'first-story'), { recursive: true });
  const requests: Request[] = [];
  let n = 1;
  const watcher = followContent({
    contentDir: dir,
    debounceMs: 20,
    settleMs: 150,
    rescanMs,
    events,
    log: () => {},
    publish: async (request: Request) => {
      requests.push(request);
      return { newGeneration: fresh && !request.settle, generation: { n: fresh ? ++n : n } };
    },
  });
  stops.push(() => {
    watcher.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { dir, requests };
}

/** A watcher on `dir` (removed afterwards) whose publishes are recorded, making no new generation. */
function recording(dir: string, options: Partial<Parameters<typeof followContent>[0]> = {}) {
  const requests: Request[] = [];
  const watcher = followContent({
    contentDir: dir,
    debounceMs: 20,
    log: () => {},
    publish: async (request: Request) => {
      requests.push(request);
      return { newGeneration: false, generation: { n: 1 } };
    },
    ...options,
  });
  stops.push(() => {
    watcher.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return requests;
}

const until = async (check: () => boolean) => expect.poll(check, { timeout: 5000, interval: 20 }).toBe(true);

describe('following the content folder', () => {
  it('reads the whole folder at the start, then only the story folders a change touched', async () => {
    const { dir, requests } = watched({ fresh: false });
    await until(() => requests.length === 1);
    expect(requests[0]).toEqual({});
    fs.writeFileSync(path.join(dir, 'articles', 'first-story', 'en.md'), 'x');
    await until(() => requests.some((r) => r.stories?.includes('first-story')));
    expect(requests.at(-1)).toEqual({ stories: ['first-story'] });
  });

  it('reads the whole folder for a change outside story folders, or in a folder named unlike a slug', async () => {
    const { dir, requests } = watched({ fresh: false });
    await until(() => requests.length === 1);
    fs.writeFileSync(path.join(dir, 'sections.yaml'), 'x');
    await until(() => requests.length === 2);
    expect(requests[1]).toEqual({});
    fs.mkdirSync(path.join(dir, 'articles', 'Bad Name'));
    await until(() => requests.length === 3);
    expect(requests[2]).toEqual({});
  });

  it('publishes a story folder changed during a whole-folder rescan at once, beside it, not after it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'watch-'));
    fs.mkdirSync(path.join(dir, 'articles', 'first-story'), { recursive: true });
    const requests: Request[] = [];
    let finishWhole: () => void = () => {};
    const watcher = followContent({
      contentDir: dir,
      debounceMs: 20,
      settleMs: 60_000,
      log: () => {},
      publish: async (request: Request) => {
        requests.push(request);
        // The start's whole-folder rescan takes as long as this test wants (minutes on a large archive).
        if (!request.stories) await new Promise<void>((resolve) => (finishWhole = resolve));
        return { newGeneration: false, generation: { n: 1 } };
      },
    });
    stops.push(() => {
      finishWhole();
      watcher.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });
    await until(() => requests.length === 1);
    expect(requests[0]).toEqual({});
    fs.writeFileSync(path.join(dir, 'articles', 'first-story', 'en.md'), 'x');
    await until(() => requests.some((r) => r.stories?.includes('first-story')));
    // A change outside story folders waits for the rescan under way, then makes one more.
    fs.writeFileSync(path.join(dir, 'sections.yaml'), 'x');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(requests.filter((r) => !r.stories)).toHaveLength(1);
    finishWhole();
    await until(() => requests.filter((r) => !r.stories).length === 2);
  });

  it('publishes a story saved while the start still sets its watches at once, before the whole-folder rescan', async () => {
    // Enough story folders that the first walk and the watches take a while (on Linux, per folder).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'watch-'));
    for (let i = 0; i < 4000; i++) fs.mkdirSync(path.join(dir, 'articles', `story-${i}`), { recursive: true });
    const requests = recording(dir, { settleMs: 60_000, perFolder: true });
    fs.mkdirSync(path.join(dir, 'articles', 'breaking-news'));
    fs.writeFileSync(path.join(dir, 'articles', 'breaking-news', 'en.md'), 'x');
    await until(() => requests.some((r) => !r.stories));
    const named = requests.findIndex((r) => r.stories?.includes('breaking-news'));
    expect(named).toBeGreaterThanOrEqual(0);
    expect(named).toBeLessThan(requests.findIndex((r) => !r.stories));
  });

  it('marks every page stale once more a moment after a publish that made a new generation', async () => {
    const { dir, requests } = watched();
    await until(() => requests.some((r) => r.settle));
    const settled = requests.findIndex((r) => r.settle);
    expect(requests[settled]).toEqual({ stories: [], settle: true });
    fs.writeFileSync(path.join(dir, 'articles', 'first-story', 'ko.md'), 'x');
    await until(() => requests.filter((r) => r.settle).length === 2);
  });

  it('the minute\'s rescan asks only for the story folders whose files changed, or were removed', async () => {
    const { dir, requests } = watched({ fresh: false, events: false, rescanMs: 100 });
    fs.mkdirSync(path.join(dir, 'articles', 'second-story'));
    fs.writeFileSync(path.join(dir, 'articles', 'second-story', 'en.md'), 'x');
    await until(() => requests.length === 1);
    expect(requests[0]).toEqual({});
    // Give the first walk time to finish: it is what the next ones are compared with.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const seen = requests.length;
    fs.writeFileSync(path.join(dir, 'articles', 'first-story', 'en.md'), 'changed');
    fs.rmSync(path.join(dir, 'articles', 'second-story'), { recursive: true });
    await until(() => requests.length > seen);
    expect(requests.slice(seen).flatMap((r) => r.stories ?? ['whole']).sort()).toEqual(['first-story', 'second-story']);
  });
});

describe('watching on a large archive', () => {
  it('watches the most recently changed story folders up to its limit, says so once, and leaves the rest to the rescan', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'watch-'));
    for (const [slug, age] of [['old-story', 3600_000], ['new-story', 0]] as const) {
      fs.mkdirSync(path.join(dir, 'articles', slug), { recursive: true });
      fs.writeFileSync(path.join(dir, 'articles', slug, 'en.md'), 'x');
      const when = new Date(Date.now() - age);
      fs.utimesSync(path.join(dir, 'articles', slug, 'en.md'), when, when);
    }
    const log: string[] = [];
    const requests = recording(dir, { rescanMs: 400, maxWatched: 1, perFolder: true, log: (line: string) => log.push(line) });
    await until(() => log.length === 1);
    expect(log[0]).toMatch(/^content: watching 1 story folders, the most recently changed: at most 1 are watched; changes in the others are published by the minute's rescan$/);
    // The newest is watched: its edit is published at once, by itself.
    const before = requests.length;
    fs.writeFileSync(path.join(dir, 'articles', 'new-story', 'en.md'), 'edited');
    await until(() => requests.slice(before).some((r) => r.stories?.includes('new-story')));
    // The older one is not, and its edit still arrives, by the rescan.
    fs.writeFileSync(path.join(dir, 'articles', 'old-story', 'en.md'), 'edited');
    await until(() => requests.some((r) => r.stories?.includes('old-story')));
    // A story folder added later is watched when there is room; here there is none.
    expect(log).toHaveLength(1);
  });
});

describe('a folder walk', () => {
  it('stamps each story folder by its files, and everything else apart', async () => {
    const { dir } = watched({ fresh: false, events: false });
    fs.writeFileSync(path.join(dir, 'sections.yaml'), 'a');
    fs.mkdirSync(path.join(dir, 'articles', 'other-story'));
    fs.writeFileSync(path.join(dir, 'articles', 'other-story', 'ko.md'), 'a');
    const before = await stampFolder(dir);
    expect([...before.stories.keys()].sort()).toEqual(['first-story', 'other-story']);
    fs.writeFileSync(path.join(dir, 'articles', 'other-story', 'photo.jpg'), 'a');
    const after = await stampFolder(dir);
    expect(after.stories.get('other-story')).not.toBe(before.stories.get('other-story'));
    expect(after.stories.get('first-story')).toBe(before.stories.get('first-story'));
    expect(after.other).toBe(before.other);
    fs.writeFileSync(path.join(dir, 'sections.yaml'), 'bb');
    expect((await stampFolder(dir)).other).not.toBe(before.other);
  });

  it('comes back when asked while the first index is built, with the whole folder, saying so once', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'watch-'));
    const requests: Request[] = [];
    const log: string[] = [];
    let building = 3;
    const watcher = followContent({
      contentDir: dir,
      debounceMs: 20,
      log: (line: string) => log.push(line),
      publish: async (request: Request) => {
        requests.push(request);
        if (building-- > 0) throw Object.assign(new Error('POST /api/publish answered 503'), { retryAfterMs: 50 });
        return { newGeneration: true, generation: { n: 1 } };
      },
    });
    stops.push(() => {
      watcher.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });
    // A story saved meanwhile is in the whole-folder publish that follows.
    fs.mkdirSync(path.join(dir, 'articles', 'saved-meanwhile'), { recursive: true });
    await until(() => requests.length >= 4);
    expect(requests.slice(0, 4).every((r) => r.stories === undefined)).toBe(true);
    expect(log).toEqual(['content: the content index is being built; publishing once it is ready']);
  });
});
