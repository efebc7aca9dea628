import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { corpusOptions, isCorpus, kstTimestamp, parseArgs, planCorpus, startOfSeoulDay, storyFile, writeCorpus, type CorpusOptions } from './corpus';

const repo = path.resolve(import.meta.dirname, '..');
const OPTIONS: CorpusOptions = { stories: 120, seed: 7, years: 3, now: new Date('2026-01-10T15:00:00Z') };

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  dirs = [];
});
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-test-'));
  dirs.push(dir);
  return dir;
};

describe('the synthetic archive', () => {
  it('is the same for the same seed, and different for another', () => {
    const first = [...planCorpus(OPTIONS)].map((p) => storyFile(p, 'en'));
    expect([...planCorpus(OPTIONS)].map((p) => storyFile(p, 'en'))).toEqual(first);
    expect([...planCorpus({ ...OPTIONS, seed: 8 })].map((p) => storyFile(p, 'en'))).not.toEqual(first);
  });

  it('runs newest first over the years asked for, with unique slugs', () => {
    const plans = [...planCorpus(OPTIONS)].filter((p) => Date.parse(p.publishedAt) <= OPTIONS.now.getTime());
    const times = plans.map((p) => Date.parse(p.publishedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(times[0]).toBeGreaterThan(OPTIONS.now.getTime() - 30 * 86_400_000);
    expect(times.at(-1)).toBeGreaterThan(OPTIONS.now.getTime() - 3 * 366 * 86_400_000);
    expect(new Set(plans.map((p) => p.slug)).size).toBe(plans.length);
  });

  it('writes a content folder that the site loads without errors, every section and photo used', () => {
    const dir = tempDir();
    const manifest = writeCorpus(dir, OPTIONS, () => {}, repo);
    expect(isCorpus(dir, OPTIONS)).toBe(true);
    const { index, problems } = loadContent({ cwd: dir, contentDir: dir, publicDir: path.join(repo, 'public') });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(index.articles).toHaveLength(manifest.files);
    expect(new Set(index.articles.map((a) => a.section))).toEqual(new Set(index.sections.map((s) => s.id)));
    const photos = fs.readdirSync(path.join(repo, 'public', 'images')).filter((f) => f.endsWith('.jpg'));
    expect(new Set(index.articles.flatMap((a) => (a.hero ? [a.hero.src] : [])))).toEqual(new Set(photos.map((f) => `/images/${f}`)));
  }, 60_000);

  it('has a few drafts, scheduled stories and stories in one language', () => {
    const plans = [...planCorpus({ ...OPTIONS, stories: 5000 })];
    expect(plans.some((p) => p.status === 'draft')).toBe(true);
    expect(plans.some((p) => Date.parse(p.publishedAt) > OPTIONS.now.getTime())).toBe(true);
    expect(plans.some((p) => p.languages.length === 1)).toBe(true);
  });

  it('never empties a folder it did not write', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'keep me');
    expect(() => writeCorpus(dir, OPTIONS, () => {}, repo)).toThrow(/not empty/);
    expect(fs.readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('keep me');
  });

  it('reads its arguments and dates stories in Seoul time', () => {
    const options = corpusOptions(parseArgs(['--stories', '20_000', '--seed=3']), new Date('2026-03-01T16:30:00Z'));
    expect(options).toMatchObject({ stories: 20_000, seed: 3, years: 10 });
    // 01:30 on March 2 in Seoul: the day starts at 15:00 UTC the day before.
    expect(options.now.toISOString()).toBe('2026-03-01T15:00:00.000Z');
    expect(startOfSeoulDay(new Date('2026-03-01T14:59:00Z')).toISOString()).toBe('2026-02-28T15:00:00.000Z');
    expect(kstTimestamp(Date.parse('2023-09-14T12:52:30Z'))).toBe('2023-09-14T21:52:00+09:00');
    expect(() => corpusOptions(parseArgs(['--stories', 'many']))).toThrow(/positive whole number/);
  });
});
