import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent, renderStoryBody, type LoadResult } from './load';
import { MAX_STORY_PHOTO_BYTES, photoVersion, readStoryPhoto, type PhotoMemo } from './photos';
import { formatProblem, sortProblems } from './problems';
import { isShownByPublicVersion } from './publicPhotos';
import { TEST_AGENCY_YAML, TEST_SECTIONS_YAML, testArticle } from './testArticle';

const PNG_1x1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
/** A 2x3 GIF: a second photo with another size and other bytes. */
const GIF_2x3 = Buffer.from('R0lGODlhAgADAIAAAAAAAP///yH5BAAAAAAALAAAAAACAAMAAAICjF8AOw==', 'base64');
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');

let roots: string[] = [];
afterEach(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
  roots = [];
});

let root = '';
/** A site folder (content/ and public/) from relative paths to contents, loaded as the site loads it. */
function site(files: Record<string, string | Buffer>): LoadResult {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'story-photos-'));
  roots.push(root);
  const all = { 'content/sections.yaml': TEST_SECTIONS_YAML, 'content/authors/yonhap.yaml': TEST_AGENCY_YAML, 'public/images/train.png': PNG_1x1, ...files };
  for (const [rel, body] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), body);
  }
  return load();
}
const load = () => loadContent({ cwd: root, contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public') });

function story({ hero, body = 'Body text.' }: { hero?: string; body?: string }): string {
  return `---\ntitle: "A headline"\nsection: north-korea\nauthors: [yonhap]\npublishedAt: "2023-09-14T21:52:00+09:00"\n${hero === undefined ? '' : `hero:\n  src: ${hero}\n  alt: A green train at a platform\n`}---\n${body}\n`;
}

const lines = (result: LoadResult) => sortProblems(result.problems).map(formatProblem).filter((line) => !/one language only/.test(line));

function images(tree: Root): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'img') found.push(node.properties);
  });
  return found;
}

describe('a photo in the story\'s own folder', () => {
  it('is named by its file name alone, measured there and shown at a URL carrying its version', () => {
    const result = site({ 'content/articles/kim-train/en.md': story({ hero: 'photo.png' }), 'content/articles/kim-train/photo.png': PNG_1x1 });
    expect(lines(result)).toEqual([]);
    const version = photoVersion(PNG_1x1);
    expect(result.index.articles[0]?.hero).toEqual({ src: `/media/kim-train/${version}/photo.png`, alt: 'A green train at a platform', width: 1, height: 1 });
    expect(result.index.articles[0]?.photos).toEqual([{ name: 'photo.png', version, src: `/media/kim-train/${version}/photo.png`, width: 1, height: 1 }]);
  });

  it('works in the body too, rendered at its URL with its size, next to photos from public/', () => {
    const body = 'Intro.\n\n![A bar chart of exports](chart.gif "Exports by month")\n\n![A train](/images/train.png)';
    const result = site({ 'content/articles/exports/en.md': story({ body }), 'content/articles/exports/chart.gif': GIF_2x3 });
    expect(lines(result)).toEqual([]);
    const article = result.index.articles[0]!;
    const src = `/media/exports/${photoVersion(GIF_2x3)}/chart.gif`;
    expect(article.photos).toEqual([{ name: 'chart.gif', version: photoVersion(GIF_2x3), src, width: 2, height: 3 }]);
    const paths = { contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public') };
    expect(images(renderStoryBody(paths, 'exports', 'en', article.photos).tree)).toEqual([
      expect.objectContaining({ src, alt: 'A bar chart of exports', width: 2, height: 3 }),
      expect.objectContaining({ src: '/images/train.png', width: 1, height: 1 }),
    ]);
  });

  it('gets a new URL when the file is replaced, the same in both languages', () => {
    const files = { 'content/articles/kim-train/en.md': story({ hero: 'photo.png' }), 'content/articles/kim-train/ko.md': story({ hero: 'photo.png' }), 'content/articles/kim-train/photo.png': PNG_1x1 };
    const first = site(files).index.articles.map((a) => a.hero?.src);
    expect(new Set(first).size).toBe(1);
    fs.writeFileSync(path.join(root, 'content/articles/kim-train/photo.png'), GIF_2x3);
    const second = load().index.articles.map((a) => a.hero);
    expect(second.map((hero) => hero?.src)).toEqual([`/media/kim-train/${photoVersion(GIF_2x3)}/photo.png`, `/media/kim-train/${photoVersion(GIF_2x3)}/photo.png`]);
    expect(second[0]).toMatchObject({ width: 2, height: 3 });
  });

  it('refuses any name that is not a plain file name, quoting what the editor wrote', () => {
    const hostile = ['../photo.png', './photo.png', 'sub/photo.png', '..%2Fphoto.png', '%2e%2e/photo.png', 'photo.png%00', '.hidden.png', '-rf.png', 'photo..png', 'C:\\photo.png', 'photo.png?v=1', 'photo.svg', 'photo.png.html', '~/photo.png', 'https://example.com/photo.png'];
    for (const src of hostile) {
      const result = site({ 'content/articles/x/en.md': story({ hero: JSON.stringify(src) }), 'content/articles/x/photo.png': PNG_1x1 });
      expect(lines(result), src).toEqual([
        `content/articles/x/en.md:7: hero.src: expected a path to an image in public/, e.g. "/images/my-photo.jpg", or the name of a photo in the story's folder, e.g. "photo.jpg" (.jpg, .png, .webp, .avif or .gif), got ${JSON.stringify(src)}`,
      ]);
      expect(result.index.articles).toEqual([]);
    }
  });

  it('refuses the same names in the body, with the line in the file', () => {
    const result = site({ 'content/articles/x/en.md': story({ body: 'Intro.\n\n![A chart](../y/chart.png)' }) });
    expect(lines(result)).toEqual([
      'content/articles/x/en.md:9: body: image "../y/chart.png" must be a file in public/, e.g. /images/photo.jpg, or a photo in the story\'s folder named alone, e.g. chart.png',
    ]);
  });

  it('warns, naming the file, when the hero photo is missing or differs in letter case, and shows no photo', () => {
    const result = site({ 'content/articles/x/en.md': story({ hero: 'Photo.png' }), 'content/articles/x/photo.png': PNG_1x1 });
    expect(lines(result)).toEqual([
      'content/articles/x/en.md:7: warning: hero.src: "Photo.png" is not in the story\'s folder (content/articles/x/Photo.png; names are case-sensitive); the story will show no photo',
    ]);
    expect(result.index.articles[0]?.hero).toBeUndefined();
    expect(result.index.articles[0]?.photos).toBeUndefined();
  });

  it('refuses a missing body photo, with the line and the file', () => {
    const result = site({ 'content/articles/x/en.md': story({ body: 'Intro.\n\n![A chart](chart.png)' }) });
    expect(lines(result)).toEqual(['content/articles/x/en.md:9: body: "chart.png" is not in the story\'s folder (content/articles/x/chart.png; names are case-sensitive)']);
    expect(result.index.articles).toEqual([]);
  });

  it('never follows a link, inside the folder or out of it', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-'));
    roots.push(outside);
    fs.writeFileSync(path.join(outside, 'secret.png'), PNG_1x1);
    site({ 'content/articles/x/en.md': story({ hero: 'photo.png', body: 'Intro.\n\n![A chart](chart.png)' }), 'content/articles/x/real.png': PNG_1x1 });
    fs.symlinkSync(path.join(outside, 'secret.png'), path.join(root, 'content/articles/x/photo.png'));
    fs.symlinkSync('real.png', path.join(root, 'content/articles/x/chart.png'));
    expect(lines(load())).toEqual([
      'content/articles/x/en.md:7: warning: hero.src: "photo.png" (content/articles/x/photo.png) is a link: put the photo itself in the story\'s folder; the story will show no photo',
      'content/articles/x/en.md:12: body: "chart.png" (content/articles/x/chart.png) is a link: put the photo itself in the story\'s folder',
    ]);
  });

  it('refuses a file that is too large, a folder, or not an image pages can show (an SVG could run script)', () => {
    site({
      'content/articles/big/en.md': story({ hero: 'photo.jpg' }),
      'content/articles/big/photo.jpg': '',
      'content/articles/svg/en.md': story({ hero: 'photo.png' }),
      'content/articles/svg/photo.png': SVG,
      'content/articles/text/en.md': story({ hero: 'photo.webp' }),
      'content/articles/text/photo.webp': 'just some text',
      'content/articles/dir/en.md': story({ hero: 'photo.gif' }),
      'content/articles/dir/photo.gif/inside.txt': 'a folder named like a photo',
    });
    // Sparse: 21 MB on paper, nothing on disk; refused before it is read.
    fs.truncateSync(path.join(root, 'content/articles/big/photo.jpg'), MAX_STORY_PHOTO_BYTES + 1024 * 1024);
    expect(lines(load())).toEqual([
      'content/articles/big/en.md:7: warning: hero.src: "photo.jpg" (content/articles/big/photo.jpg) is 21.0 MB: a story photo may be at most 20 MB (export it smaller); the story will show no photo',
      'content/articles/dir/en.md:7: warning: hero.src: "photo.gif" (content/articles/dir/photo.gif) is not a file; the story will show no photo',
      'content/articles/svg/en.md:7: warning: hero.src: "photo.png" (content/articles/svg/photo.png) is not a readable JPEG, PNG, WebP, AVIF or GIF image; the story will show no photo',
      'content/articles/text/en.md:7: warning: hero.src: "photo.webp" (content/articles/text/photo.webp) is not a readable JPEG, PNG, WebP, AVIF or GIF image; the story will show no photo',
    ]);
  });
});

describe('reading a photo file for its route', () => {
  it('refuses names that leave the folder before touching the disk', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'story-dir-'));
    roots.push(dir);
    fs.writeFileSync(path.join(path.dirname(dir), 'escape.png'), PNG_1x1);
    try {
      for (const name of ['../escape.png', '..', '/etc/hosts', `..${path.sep}escape.png`, 'escape.png\0.png']) expect(readStoryPhoto(dir, name), name).toHaveProperty('problem');
    } finally {
      fs.rmSync(path.join(path.dirname(dir), 'escape.png'), { force: true });
    }
  });

  it('gives the bytes, their type (from the bytes, not the name) and their version', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'story-dir-'));
    roots.push(dir);
    fs.writeFileSync(path.join(dir, 'photo.jpg'), GIF_2x3);
    expect(readStoryPhoto(dir, 'photo.jpg')).toMatchObject({ type: 'image/gif', version: photoVersion(GIF_2x3), width: 2, height: 3, bytes: GIF_2x3 });
  });

  it('knows a file read before by its stamp, and reads a replaced one afresh (its new version, its new size)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'story-dir-'));
    roots.push(dir);
    const file = path.join(dir, 'photo.jpg');
    fs.writeFileSync(file, GIF_2x3);
    const memo: PhotoMemo = new Map();
    const first = readStoryPhoto(dir, 'photo.jpg', undefined, memo);
    expect(memo.size).toBe(1);
    expect(readStoryPhoto(dir, 'photo.jpg', undefined, memo)).toEqual(first);
    // Replaced in place, even keeping its modification time (cp -p): a new version.
    const { atime, mtime } = fs.statSync(file);
    const wider = Buffer.from(GIF_2x3);
    wider.writeUInt16LE(5, 6);
    fs.writeFileSync(file, wider);
    fs.utimesSync(file, atime, mtime);
    expect(readStoryPhoto(dir, 'photo.jpg', undefined, memo)).toMatchObject({ version: photoVersion(wider), width: 5, height: 3, bytes: wider });
    // Gone: the memo does not make it exist.
    fs.rmSync(file);
    expect(readStoryPhoto(dir, 'photo.jpg', undefined, memo)).toHaveProperty('problem');
  });
});

describe('which story photos readers may have', () => {
  const photo = { name: 'photo.jpg', version: '0123456789abcdef', src: '/media/x/0123456789abcdef/photo.jpg', width: 1, height: 1 };

  it('those a public version shows, in either language, at that version only', () => {
    const versions = { ko: testArticle('x', { locale: 'ko', photos: [photo] }) };
    expect(isShownByPublicVersion(versions, 'photo.jpg', photo.version)).toBe(true);
    expect(isShownByPublicVersion(versions, 'photo.jpg', 'fedcba9876543210')).toBe(false);
    expect(isShownByPublicVersion(versions, 'other.jpg', photo.version)).toBe(false);
  });

  it('none of a story with no public version (a draft, a scheduled or a deleted story)', () => {
    expect(isShownByPublicVersion({}, 'photo.jpg', photo.version)).toBe(false);
    expect(isShownByPublicVersion({ en: testArticle('x') }, 'photo.jpg', photo.version)).toBe(false);
  });
});
