import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listReleases, prepareRelease, releasesToRemove, RELEASES_DIR, runningFrom } from './releases.mjs';

/** A project folder with a fake build in .next: what `npm run build` leaves, in miniature. */
let root = '';
let clock = 0;
/** The process ids the tests pretend are running. */
const alive = new Set<number>();

/** Each start is a process of its own (a pid not in `alive` is one that has ended since). */
let nextPid = 1000;
const options = (pid = nextPid++) => ({ root, pid, now: () => new Date(Date.UTC(2026, 11, 1) + ++clock * 1000), isAlive: (p: number) => alive.has(p) });

function write(file: string, text: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** Writes build `id` into .next the way a build does: wiped first, then the new output. */
function build(id: string, staticFiles: Record<string, string>) {
  const next = path.join(root, '.next');
  for (const entry of fs.existsSync(next) ? fs.readdirSync(next) : []) if (entry !== 'cache') fs.rmSync(path.join(next, entry), { recursive: true });
  write(path.join(next, 'BUILD_ID'), id);
  write(path.join(next, 'standalone', 'server.js'), `// server of ${id}`);
  write(path.join(next, 'standalone', '.next', 'BUILD_ID'), id);
  write(path.join(next, 'standalone', 'node_modules', 'next', 'index.js'), 'module.exports = {};');
  write(path.join(next, 'cache', 'content', 'key', 'index.sqlite'), `{"build":"${id}"}`);
  write(path.join(next, 'static', id, '_buildManifest.js'), id);
  for (const [file, text] of Object.entries(staticFiles)) write(path.join(next, 'static', file), text);
}

/** What `npm start` does with its release: make and claim it, then prune the others. */
async function start(pid?: number) {
  const release = prepareRelease(options(pid));
  return { ...release, removed: await release.prune() };
}

const releaseDir = (id: string) => path.join(root, RELEASES_DIR, id);
const releaseStatic = (id: string, file: string) => path.join(releaseDir(id), '.next', 'static', file);
const onDisk = () => fs.readdirSync(path.join(root, RELEASES_DIR)).sort();

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'releases-test-'));
  write(path.join(root, 'public', 'images', 'photo.jpg'), 'jpeg');
  alive.clear();
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('prepareRelease', () => {
  it('copies the standalone server and what it leaves out into .releases/<BUILD_ID>, and moves the content index there', async () => {
    build('b1', { 'chunks/a1.js': 'a1' });
    const release = await start();
    expect(release).toMatchObject({ dir: releaseDir('b1'), buildId: 'b1', created: true, mergedFrom: {}, removed: [] });
    for (const [file, text] of [
      ['server.js', '// server of b1'],
      ['node_modules/next/index.js', 'module.exports = {};'],
      ['.next/static/chunks/a1.js', 'a1'],
      ['.next/static/b1/_buildManifest.js', 'b1'],
      ['.next/cache/content/key/index.sqlite', '{"build":"b1"}'],
      ['public/images/photo.jpg', 'jpeg'],
    ]) {
      expect(fs.readFileSync(path.join(release.dir, file!), 'utf8'), file).toBe(text);
    }
    expect(fs.readdirSync(path.join(root, '.next', 'standalone', '.next')).sort()).toEqual(['BUILD_ID']);
    // The content index is moved, not copied (it can be gigabytes): the next build seeds its own from the release.
    expect(fs.readdirSync(path.join(root, '.next', 'cache', 'content'))).toEqual([]);
  });

  it("keeps a release's own content index on a restart: it has followed the folder since the build", async () => {
    build('b1', {});
    const first = await start();
    write(path.join(first.dir, '.next', 'cache', 'content', 'key', 'index.sqlite'), '{"followed":"the folder"}');
    // Another content folder's index, made after the first start (a content:check of it), joins the release.
    write(path.join(root, '.next', 'cache', 'content', 'key', 'index.sqlite'), '{"build":"b1, checked again"}');
    write(path.join(root, '.next', 'cache', 'content', 'other', 'index.sqlite'), '{"other":"folder"}');
    const again = await start();
    expect(fs.readFileSync(path.join(again.dir, '.next', 'cache', 'content', 'key', 'index.sqlite'), 'utf8')).toBe('{"followed":"the folder"}');
    expect(fs.readFileSync(path.join(again.dir, '.next', 'cache', 'content', 'other', 'index.sqlite'), 'utf8')).toBe('{"other":"folder"}');
  });

  it('makes a release once per build: a second start of the same build reuses it untouched', async () => {
    build('b1', { 'chunks/a1.js': 'a1' });
    const first = await start(100);
    // What the running server wrote (an archive page rendered on its first request) stays.
    write(path.join(first.dir, '.next', 'server', 'app', 'archive.html'), 'rendered');
    alive.add(100);
    const second = await start(101);
    expect(second).toMatchObject({ dir: first.dir, created: false, removed: [] });
    expect(fs.readFileSync(path.join(first.dir, '.next', 'server', 'app', 'archive.html'), 'utf8')).toBe('rendered');
    expect(runningFrom(first.dir, (p) => alive.has(p) || p === 101).sort()).toEqual([100, 101]);
  });

  it("serves the earlier releases' static files too, the newest version of a name winning", async () => {
    build('b1', { 'chunks/a1.js': 'a1', 'chunks/shared.js': 'shared of b1', 'media/font.woff2': 'font' });
    await start();
    build('b2', { 'chunks/a2.js': 'a2', 'chunks/shared.js': 'shared of b2', 'media/font.woff2': 'font' });
    const release = await start();
    expect(release.mergedFrom).toEqual({ b1: 2 });
    expect(fs.readFileSync(releaseStatic('b2', 'chunks/a1.js'), 'utf8')).toBe('a1');
    expect(fs.readFileSync(releaseStatic('b2', 'b1/_buildManifest.js'), 'utf8')).toBe('b1');
    expect(fs.readFileSync(releaseStatic('b2', 'chunks/shared.js'), 'utf8')).toBe('shared of b2');
    // Hard links: an old release's file costs no disk a second time.
    expect(fs.statSync(releaseStatic('b2', 'chunks/a1.js')).ino).toBe(fs.statSync(releaseStatic('b1', 'chunks/a1.js')).ino);
    // A release records its own files only, so what it merged is not passed on for ever.
    const [b2] = listReleases(path.join(root, RELEASES_DIR));
    expect(b2?.ownStatic).toEqual(['b2/_buildManifest.js', 'chunks/a2.js', 'chunks/shared.js', 'media/font.woff2']);
  });

  it('keeps three releases: the new one serves the files of the two before it, and older ones are deleted', async () => {
    for (const id of ['b1', 'b2', 'b3']) {
      build(id, { [`chunks/${id}.js`]: id });
      await start();
    }
    expect(onDisk()).toEqual(['b1', 'b2', 'b3']);
    build('b4', { 'chunks/b4.js': 'b4' });
    const release = prepareRelease(options());
    // Nothing goes before the server listens (start.mjs prunes then).
    expect(onDisk()).toEqual(['b1', 'b2', 'b3', 'b4']);
    expect(await release.prune()).toEqual(['b1']);
    expect(onDisk()).toEqual(['b2', 'b3', 'b4']);
    expect(release.mergedFrom).toEqual({ b3: 2, b2: 2 });
    expect(fs.existsSync(releaseStatic('b4', 'chunks/b3.js'))).toBe(true);
    expect(fs.existsSync(releaseStatic('b4', 'chunks/b2.js'))).toBe(true);
    // b2 still holds b1's files (merged when it was made), but b4 does not take them on.
    expect(fs.existsSync(releaseStatic('b2', 'chunks/b1.js'))).toBe(true);
    expect(fs.existsSync(releaseStatic('b4', 'chunks/b1.js'))).toBe(false);
  });

  it('never deletes a release a running server uses; once that process is gone, the next start does', async () => {
    build('b1', { 'chunks/b1.js': 'b1' });
    await start(200);
    alive.add(200);
    for (const id of ['b2', 'b3', 'b4']) {
      build(id, { [`chunks/${id}.js`]: id });
      expect((await start()).removed).toEqual([]);
    }
    expect(onDisk()).toEqual(['b1', 'b2', 'b3', 'b4']);
    alive.delete(200);
    build('b5', { 'chunks/b5.js': 'b5' });
    expect((await start()).removed).toEqual(['b2', 'b1']);
    expect(onDisk()).toEqual(['b3', 'b4', 'b5']);
  });

  it("sweeps the claims of processes gone (a SIGKILL leaves its claim behind) in every release at start", async () => {
    build('b1', {});
    await start(500);
    alive.add(500);
    build('b2', {});
    await start(501);
    alive.add(501);
    const markers = (id: string) => fs.readdirSync(path.join(releaseDir(id), '.in-use'));
    expect(markers('b1')).toEqual(['500']);
    // Killed with SIGKILL: its claim is still on disk.
    alive.delete(500);
    await start(502);
    expect(markers('b1')).toEqual([]);
    expect(markers('b2').sort()).toEqual(['501', '502']);
  });

  it('a process that ends unclaims its release', async () => {
    build('b1', {});
    const release = await start(300);
    alive.add(300);
    expect(runningFrom(release.dir, (p) => alive.has(p))).toEqual([300]);
    release.unclaim();
    expect(runningFrom(release.dir, (p) => alive.has(p))).toEqual([]);
  });

  it('deletes folders left half-made by a start that died and half-deleted ones, not those of a start still copying', async () => {
    build('b1', {});
    write(path.join(root, RELEASES_DIR, '.incoming-b0-400', 'server.js'), 'half');
    write(path.join(root, RELEASES_DIR, '.outgoing-b00-402', 'server.js'), 'half deleted');
    write(path.join(root, RELEASES_DIR, '.incoming-b1-401', 'server.js'), 'copying');
    alive.add(401);
    await start();
    expect(onDisk()).toEqual(['.incoming-b1-401', 'b1']);
    // Neither counts as a release.
    expect(listReleases(path.join(root, RELEASES_DIR)).map((r) => r.buildId)).toEqual(['b1']);
  });

  it('refuses a keep below one, and a BUILD_ID that is no folder name of its own', async () => {
    build('b1', {});
    expect(() => prepareRelease({ ...options(), keep: 0 })).toThrow(/keep/);
    for (const id of ['../b1', '.in-use', '']) {
      fs.writeFileSync(path.join(root, '.next', 'BUILD_ID'), id);
      await expect(start(), id).rejects.toThrow(/BUILD_ID/);
    }
  });
});

describe('releasesToRemove', () => {
  const release = (buildId: string) => ({ buildId, createdAt: '', ownStatic: [], mergedFrom: {}, dir: buildId });
  const newestFirst = ['r5', 'r4', 'r3', 'r2', 'r1'].map(release);

  it('removes what is past the newest `keep`, except the current release and those in use', () => {
    const ids = (keep: number, current: string, inUse: string[] = []) =>
      releasesToRemove(newestFirst, { keep, current, inUse: (r) => inUse.includes(r.buildId) }).map((r) => r.buildId);
    expect(ids(3, 'r5')).toEqual(['r2', 'r1']);
    expect(ids(1, 'r5')).toEqual(['r4', 'r3', 'r2', 'r1']);
    expect(ids(3, 'r5', ['r1'])).toEqual(['r2']);
    // A server started from an older build (a rollback) keeps its release.
    expect(ids(3, 'r1')).toEqual(['r2']);
    expect(ids(10, 'r5')).toEqual([]);
  });
});
