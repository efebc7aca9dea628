import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../lib/content/load';
import { kstNow, ScaffoldError, scaffoldStory } from './content-new';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '..');
const tsx = path.join(repo, 'node_modules', '.bin', 'tsx');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-new-'));
const contentDir = path.join(root, 'content');
fs.cpSync(path.join(repo, 'content'), contentDir, { recursive: true });
const paths = { contentDir, publicDir: path.join(repo, 'public'), cwd: root };

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function contentNew(...args: string[]) {
  try {
    const { stdout, stderr } = await run(tsx, ['scripts/content-new.ts', ...args], { cwd: repo, env: { ...process.env, CONTENT_DIR: contentDir } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run content:new', () => {
  it('dates a story now, to the minute, in KST', () => {
    expect(kstNow(new Date('2026-11-27T21:05:42Z'))).toBe('2026-11-28T06:05:00+09:00');
  });

  it('plans an English and a Korean draft with every field, which pass content:check', () => {
    const files = scaffoldStory({ ...paths, slug: 'fare-hike', section: 'national', now: new Date('2026-11-27T21:05:00Z') });
    expect([...files.keys()].map((f) => path.relative(contentDir, f))).toEqual(['articles/fare-hike/en.md', 'articles/fare-hike/ko.md']);
    for (const body of files.values()) {
      for (const field of ['title:', 'dek:', 'section: national', 'authors: [', 'publishedAt: "2026-11-28T06:05:00+09:00"', 'updatedAt:', 'dateline:', 'hero:', 'alt:', 'caption:', 'credit:', 'tags:', 'status: draft']) {
        expect(body).toContain(field);
      }
    }
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-new-check-'));
    fs.cpSync(contentDir, scratch, { recursive: true });
    for (const [file, body] of files) {
      const target = path.join(scratch, path.relative(contentDir, file));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, body);
    }
    const { index, problems } = loadContent({ ...paths, contentDir: scratch });
    fs.rmSync(scratch, { recursive: true, force: true });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(index.articles.filter((a) => a.slug === 'fare-hike').map((a) => a.status)).toEqual(['draft', 'draft']);
  });

  it('refuses a malformed or taken slug, and an unknown section or author, saying which', () => {
    const attempt = (options: Partial<Parameters<typeof scaffoldStory>[0]>) => () => scaffoldStory({ ...paths, section: 'politics', ...options });
    expect(attempt({ slug: 'My Story' })).toThrow(new ScaffoldError('--slug "My Story" is not a valid slug: use lowercase letters, digits and single hyphens, e.g. "seoul-fare-hike"'));
    expect(attempt({ slug: 'kim-train-khabarovsk' })).toThrow(/--slug "kim-train-khabarovsk" is taken: content\/articles\/kim-train-khabarovsk already exists/);
    expect(attempt({ slug: 'new-one', section: 'sport' })).toThrow(/--section "sport" is not a section: expected one of north-korea, politics/);
    expect(attempt({ slug: 'new-one', author: 'nobody' })).toThrow(/--author "nobody" is not an author/);
    expect(attempt({ slug: undefined })).toThrow(/--slug is required/);
  });

  it('writes both files, then refuses to write over them, with one line and exit code 1', async () => {
    const created = await contentNew('--slug', 'cli-story', '--section', 'politics');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/Created .*articles\/cli-story\/en\.md\nCreated .*articles\/cli-story\/ko\.md/);
    const en = fs.readFileSync(path.join(contentDir, 'articles', 'cli-story', 'en.md'), 'utf8');

    const again = await contentNew('--slug', 'cli-story', '--section', 'politics');
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toMatch(/^content:new: --slug "cli-story" is taken: .*already exists$/);
    expect(fs.readFileSync(path.join(contentDir, 'articles', 'cli-story', 'en.md'), 'utf8')).toBe(en);

    const typo = await contentNew('--slug', 'x', '--sectoin', 'politics');
    expect(typo.code).toBe(1);
    expect(typo.stderr).not.toMatch(/\n\s+at /);
    // Three runs of the script: on a busy 2-core machine each takes seconds to start.
  }, 30_000);
});
