import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RELEASES_DIR } from './releases.mjs';
import { seedIndexFromRelease } from './seed-index';

let root = '';
const INDEX = path.join('.next', 'cache', 'content', 'key', 'index.sqlite');

/** A release folder as scripts/releases.mjs leaves it, with a content index holding `stories`. */
function release(id: string, createdAt: string, stories: string[] | 'damaged') {
  const dir = path.join(root, RELEASES_DIR, id);
  fs.mkdirSync(path.join(dir, path.dirname(INDEX)), { recursive: true });
  fs.writeFileSync(path.join(dir, 'release.json'), JSON.stringify({ buildId: id, createdAt, ownStatic: [], mergedFrom: {} }));
  if (stories === 'damaged') {
    fs.writeFileSync(path.join(dir, INDEX), 'not a database');
    return;
  }
  const db = new DatabaseSync(path.join(dir, INDEX));
  db.exec('PRAGMA journal_mode = WAL; CREATE TABLE stories (slug TEXT)');
  for (const slug of stories) db.prepare('INSERT INTO stories VALUES (?)').run(slug);
  // Left open, as a running server leaves it: its last commits are still in the WAL.
  return db;
}

const slugs = (file: string) => {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return (db.prepare('SELECT slug FROM stories ORDER BY slug').all() as { slug: string }[]).map((r) => r.slug);
  } finally {
    db.close();
  }
};

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-index-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('seedIndexFromRelease', () => {
  it("copies the newest release's index, commits still in its WAL included, while its server keeps it open", async () => {
    const old = release('b1', '2026-12-01T00:00:00.000Z', ['old-story']);
    const live = release('b2', '2026-12-02T00:00:00.000Z', ['kim-train', 'bok-rate']);
    const seeded = await seedIndexFromRelease(path.join(root, INDEX), root);
    expect(seeded.from).toBe(path.join(root, RELEASES_DIR, 'b2', INDEX));
    expect(slugs(path.join(root, INDEX))).toEqual(['bok-rate', 'kim-train']);
    // The release's own index is untouched and still writable by its server.
    live!.prepare('INSERT INTO stories VALUES (?)').run('after-the-copy');
    expect(slugs(path.join(root, RELEASES_DIR, 'b2', INDEX))).toEqual(['after-the-copy', 'bok-rate', 'kim-train']);
    expect(slugs(path.join(root, INDEX))).toEqual(['bok-rate', 'kim-train']);
    old!.close();
    live!.close();
  });

  it('leaves alone an index another process made while the copy was being taken', async () => {
    release('b1', '2026-12-01T00:00:00.000Z', ['from-release'])!.close();
    const seeding = seedIndexFromRelease(path.join(root, INDEX), root);
    // Meanwhile (the copy is taken off this thread) another process opens the index and writes to it.
    const other = new DatabaseSync(path.join(root, INDEX));
    other.exec("PRAGMA journal_mode = WAL; CREATE TABLE stories (slug TEXT); INSERT INTO stories VALUES ('written-meanwhile')");
    expect(await seeding).toEqual({ reason: 'the build has its index' });
    other.close();
    expect(slugs(path.join(root, INDEX))).toEqual(['written-meanwhile']);
    expect(fs.readdirSync(path.dirname(path.join(root, INDEX))).filter((name) => name.includes('seeding'))).toEqual([]);
  });

  it('leaves an index the build already has alone', async () => {
    release('b1', '2026-12-01T00:00:00.000Z', ['from-release'])!.close();
    fs.mkdirSync(path.dirname(path.join(root, INDEX)), { recursive: true });
    fs.writeFileSync(path.join(root, INDEX), 'the build index');
    expect(await seedIndexFromRelease(path.join(root, INDEX), root)).toEqual({ reason: 'the build has its index' });
    expect(fs.readFileSync(path.join(root, INDEX), 'utf8')).toBe('the build index');
  });

  it('passes over a damaged release index to an older good one, leaving no half-made file', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    release('b1', '2026-12-01T00:00:00.000Z', ['good'])!.close();
    release('b2', '2026-12-02T00:00:00.000Z', 'damaged');
    const seeded = await seedIndexFromRelease(path.join(root, INDEX), root);
    expect(seeded.from).toBe(path.join(root, RELEASES_DIR, 'b1', INDEX));
    expect(slugs(path.join(root, INDEX))).toEqual(['good']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not copy the index of release b2'));
    expect(fs.readdirSync(path.dirname(path.join(root, INDEX))).filter((name) => name.includes('seeding'))).toEqual([]);
  });

  it('says so when no release has an index of the folder (a first build reads the folder)', async () => {
    expect(await seedIndexFromRelease(path.join(root, INDEX), root)).toEqual({ reason: 'no release has an index of this content folder' });
    expect(fs.existsSync(path.join(root, INDEX))).toBe(false);
  });
});
