import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { contentCacheDir } from './indexFile';
import { TEST_AGENCY_YAML, TEST_SECTIONS_YAML } from './testArticle';

let dir = '';

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'publish-dev-'));
  const put = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  put('sections.yaml', TEST_SECTIONS_YAML);
  put('authors/yonhap.yaml', TEST_AGENCY_YAML);
  // More story folders than a scan looks at before it lets the thread do something else.
  for (let i = 0; i < 250; i++) {
    put(`articles/dev-${i}/en.md`, `---\ntitle: "Dev story ${i}"\nsection: north-korea\nauthors: [yonhap]\npublishedAt: 2023-09-14T21:52:00+09:00\ntags: [Russia]\n---\nText ${i}.\n`);
  }
  vi.stubEnv('NODE_ENV', 'development');
  vi.stubEnv('CONTENT_DIR', dir);
});

afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(contentCacheDir(process.cwd(), dir), { recursive: true, force: true });
  fs.rmSync(dir, { recursive: true, force: true });
});

it('under next dev, a publish and the pages synced per request share one connection without tripping on each other', async () => {
  const { publishContent } = await import('./publish');
  const { contentGeneration } = await import('./queries');
  expect(contentGeneration().n).toBe(1);
  const publishing = publishContent();
  // A page asked while the publish runs syncs the same connection.
  await new Promise((resolve) => setImmediate(resolve));
  expect(() => contentGeneration()).not.toThrow();
  await publishing;
});
