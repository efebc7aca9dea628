import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '..');
const tsx = path.join(repo, 'node_modules', '.bin', 'tsx');
const broken = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-broken-'));

afterAll(() => fs.rmSync(broken, { recursive: true, force: true }));

function write(rel: string, body: string) {
  const file = path.join(broken, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, body);
}

async function contentCheck(contentDir: string) {
  try {
    const { stdout, stderr } = await run(tsx, ['scripts/content-check.ts'], { cwd: repo, env: { ...process.env, CONTENT_DIR: contentDir } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// Each test starts tsx in a child process (a second or two alone, more on a busy machine).
describe('npm run content:check', { timeout: 30_000 }, () => {
  it('passes the newsroom content folder', async () => {
    const result = await contentCheck('content');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/content:check passed: \d+ story files checked: 0 errors/);
  });

  it('fails a broken folder with one path:line: field: message line per problem and no stack trace', async () => {
    write('sections.yaml', '- id: politics\n  name: { en: Politics, ko: 정치 }\n');
    write('authors/yonhap.yaml', 'kind: agency\nname: { en: Yonhap, ko: 연합뉴스 }\n');
    write('articles/bad-story/en.md', '---\ntitle: "Hello"\nsection: sport\nauthors: [yonhap]\npublishedAt: 2023-13-01T10:00:00+09:00\nhero:\n  src: /images/x.jpg\n---\nBody\n');
    write('articles/Bad_Slug/en.md', '---\ntitle: "Hi"\nsection: politics\nauthors: [yonhap]\npublishedAt: "2023-09-14T21:52:00+09:00"\n---\nBody\n');
    const result = await contentCheck(broken);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    const rel = path.relative(repo, broken);
    expect(lines).toEqual([
      `${rel}/articles/Bad_Slug: slug: "Bad_Slug" is not a valid slug: expected lowercase letters, digits and single hyphens, e.g. "kim-train-khabarovsk"`,
      `${rel}/articles/bad-story/en.md:3: section: unknown section "sport": expected one of politics (see sections.yaml)`,
      `${rel}/articles/bad-story/en.md:5: publishedAt: expected an ISO 8601 date-time with offset in quotes, e.g. "2023-09-14T21:52:00+09:00"`,
      `${rel}/articles/bad-story/en.md:6: hero.alt: is required: describe what the picture shows for readers who cannot see it`,
      // Warnings follow the errors; they alone would not fail the check.
      expect.stringMatching(new RegExp(`^${rel}/articles/Bad_Slug/en\\.md: warning: file: the story is in one language only: add ko\\.md`)),
      expect.stringMatching(new RegExp(`^${rel}/articles/bad-story/en\\.md: warning: file: the story is in one language only: add ko\\.md`)),
    ]);
    expect(result.stderr).toMatch(/content:check failed: 2 story files checked: 4 errors, 2 warnings/);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });

  it('checks photos in a story\'s folder and under public/ alike', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-photos-'));
    try {
      const put = (rel: string, body: string | Buffer) => {
        fs.mkdirSync(path.dirname(path.join(folder, rel)), { recursive: true });
        fs.writeFileSync(path.join(folder, rel), body);
      };
      put('sections.yaml', '- id: politics\n  name: { en: Politics, ko: 정치 }\n');
      put('authors/yonhap.yaml', 'kind: agency\nname: { en: Yonhap, ko: 연합뉴스 }\n');
      const body = '![A photo from public](/images/kim-train-khabarovsk.jpg)\n\n![A chart](chart.png)\n\n![A map](../other/map.png)\n';
      for (const locale of ['en', 'ko']) {
        put(`articles/photo-story/${locale}.md`, `---\ntitle: "Hi"\nsection: politics\nauthors: [yonhap]\npublishedAt: "2023-09-14T21:52:00+09:00"\nhero:\n  src: photo.jpg\n  alt: A photo\n---\n${body}`);
      }
      fs.copyFileSync(path.join(repo, 'public', 'images', 'kim-train-khabarovsk.jpg'), path.join(folder, 'articles', 'photo-story', 'photo.jpg'));
      const result = await contentCheck(folder);
      expect(result.code).toBe(1);
      const rel = path.relative(repo, folder);
      // The hero in the folder and the photo in public/ pass; the missing and the climbing ones do not.
      expect(result.stdout.trim().split('\n')).toEqual(
        ['en', 'ko'].flatMap((locale) => [
          `${rel}/articles/photo-story/${locale}.md:12: body: "chart.png" is not in the story's folder (${rel}/articles/photo-story/chart.png; names are case-sensitive)`,
          `${rel}/articles/photo-story/${locale}.md:14: body: image "../other/map.png" must be a file in public/, e.g. /images/photo.jpg, or a photo in the story's folder named alone, e.g. chart.png`,
        ]),
      );
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
