import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentCacheDir } from '@/lib/content/indexFile';
import { photoVersion } from '@/lib/content/photos';
import { findStoryPhoto } from '@/lib/content/publicPhotos';
import { contentStore, getPublishedArticle } from '@/lib/content/queries';
import { TEST_AGENCY_YAML, TEST_SECTIONS_YAML } from '@/lib/content/testArticle';
import { GET } from './route';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const GIF = Buffer.from('R0lGODlhAgADAIAAAAAAAP///yH5BAAAAAAALAAAAAACAAMAAAICjF8AOw==', 'base64');

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'media-route-'));
const original = process.env.CONTENT_DIR;

function write(rel: string, body: string | Buffer) {
  fs.mkdirSync(path.dirname(path.join(folder, rel)), { recursive: true });
  fs.writeFileSync(path.join(folder, rel), body);
}

function story({ status = 'published', publishedAt = '2023-09-14T21:52:00+09:00' } = {}) {
  return `---\ntitle: "Festival opens"\nsection: north-korea\nauthors: [yonhap]\npublishedAt: "${publishedAt}"\nstatus: ${status}\nhero:\n  src: photo.png\n  alt: Lanterns over a river\n---\nThe festival opened.\n\n![A map of the route](map.gif)\n`;
}

/** What a reader's request for a photo URL gets. */
async function get(url: string, headers: Record<string, string> = {}) {
  const [, , slug, version, file] = url.split('/');
  const response = await GET(new Request(`http://localhost${url}`, { headers }), { params: Promise.resolve({ slug: slug!, version: version!, file: file! }) });
  return { status: response.status, headers: Object.fromEntries(response.headers), body: Buffer.from(await response.arrayBuffer()) };
}

const publish = () => contentStore().sync();
const heroUrl = () => getPublishedArticle('en', 'festival')?.hero?.src ?? '';

beforeAll(() => {
  process.env.CONTENT_DIR = folder;
  write('sections.yaml', TEST_SECTIONS_YAML);
  write('authors/yonhap.yaml', TEST_AGENCY_YAML);
  write('articles/festival/en.md', story());
  write('articles/festival/photo.png', PNG);
  write('articles/festival/map.gif', GIF);
  write('articles/festival/unused.png', PNG);
  write('articles/scheduled/en.md', story({ publishedAt: '2099-01-01T00:00:00+09:00' }).replace('Festival opens', 'Later'));
  write('articles/scheduled/photo.png', PNG);
  write('articles/scheduled/map.gif', GIF);
  publish();
});

afterAll(() => {
  contentStore().close();
  fs.rmSync(contentCacheDir(process.cwd(), folder), { recursive: true, force: true });
  fs.rmSync(folder, { recursive: true, force: true });
  if (original === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = original;
});

describe('GET /media/<slug>/<version>/<file>', () => {
  it('serves a public story\'s hero and body photos with their type, version tag and a short shared lifetime', async () => {
    expect(heroUrl()).toBe(`/media/festival/${photoVersion(PNG)}/photo.png`);
    const hero = await get(heroUrl());
    expect(hero.status).toBe(200);
    expect(hero.body.equals(PNG)).toBe(true);
    expect(hero.headers).toMatchObject({ 'content-type': 'image/png', etag: `"${photoVersion(PNG)}"`, 'cache-control': 'public, max-age=60, s-maxage=10', 'content-length': String(PNG.length) });
    expect(Date.parse(hero.headers['last-modified']!)).not.toBeNaN();
    const map = await get(`/media/festival/${photoVersion(GIF)}/map.gif`);
    expect(map.status).toBe(200);
    expect(map.headers['content-type']).toBe('image/gif');
  });

  it('answers 304 to a reader (or the image optimizer) whose copy is current', async () => {
    const answer = await get(heroUrl(), { 'if-none-match': `W/"${photoVersion(PNG)}"` });
    expect(answer.status).toBe(304);
    expect(answer.body).toHaveLength(0);
  });

  it('is a 404, the same for each, for what the story does not show, another version, or a made-up or hostile URL', async () => {
    const notFound = await get('/media/no-such-story/0123456789abcdef/photo.png');
    expect(notFound.status).toBe(404);
    expect(notFound.headers['cache-control']).toBe('private, no-store');
    const v = photoVersion(PNG);
    const urls = [
      `/media/festival/${v}/unused.png`,
      `/media/festival/${photoVersion(GIF)}/photo.png`,
      `/media/festival/${v}/Photo.png`,
      `/media/festival/${v}/..%2Fphoto.png`,
      `/media/festival/${v}/../festival/photo.png`,
      `/media/festival/${v}/en.md`,
      `/media/festival/${v.toUpperCase()}/photo.png`,
      `/media/..%2F..%2Fetc/${v}/photo.png`,
      `/media/scheduled/${v}/photo.png`,
    ];
    for (const url of urls) {
      const [, , slug, version, file] = url.split('/');
      const params = { slug: decodeURIComponent(slug!), version: version!, file: decodeURIComponent(file!) };
      const response = await GET(new Request(`http://localhost${url}`), { params: Promise.resolve(params) });
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).toBe(notFound.body.toString());
    }
  });

  it('gives a scheduled story\'s photo to an editor\'s preview only (the route asks Draft Mode whether it is one)', () => {
    const version = photoVersion(PNG);
    expect(findStoryPhoto('scheduled', version, 'photo.png')).toBeUndefined();
    expect(findStoryPhoto('scheduled', version, 'photo.png', { preview: true })).toMatchObject({ type: 'image/png', version });
    // Preview or not, only what a version shows.
    expect(findStoryPhoto('festival', version, 'unused.png', { preview: true })).toBeUndefined();
  });

  it('stops serving the old version the moment the photo is replaced, and serves the new one once published', async () => {
    const old = heroUrl();
    write('articles/festival/photo.png', GIF);
    expect((await get(old)).status).toBe(404);
    publish();
    expect(heroUrl()).toBe(`/media/festival/${photoVersion(GIF)}/photo.png`);
    expect((await get(heroUrl())).status).toBe(200);
    expect((await get(old)).status).toBe(404);
  });

  it('is a 404 once the story is taken down (status: draft), the same answer as for a photo that never existed', async () => {
    const url = heroUrl();
    const before = await get(url);
    expect(before.status).toBe(200);
    write('articles/festival/en.md', story({ status: 'draft' }));
    publish();
    const after = await get(url);
    expect(after.status).toBe(404);
    expect(after.body.toString()).toBe((await get('/media/no-such-story/0123456789abcdef/photo.png')).body.toString());
    // Public again in one language (Korean only here): served again.
    write('articles/festival/ko.md', story().replace('Festival opens', '축제 개막'));
    publish();
    expect((await get(url)).status).toBe(200);
  });
});
