import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentIndexFile, contentPaths } from './indexFile';

afterEach(() => vi.unstubAllEnvs());

describe('where the content and its index are', () => {
  it('names problems relative to the project folder npm start gives, and keeps the index in its own .next', () => {
    // `npm start` runs the server from .releases/<build>/ with the folders given by absolute path.
    vi.stubEnv('CONTENT_DIR', '/srv/newsroom/content');
    vi.stubEnv('NEWSROOM_PROJECT_DIR', '/srv/newsroom');
    const paths = contentPaths();
    expect(path.relative(paths.cwd, path.join(paths.contentDir, 'articles', 'kim-train', 'en.md'))).toBe(path.join('content', 'articles', 'kim-train', 'en.md'));
    expect(contentIndexFile(paths).startsWith(path.join(process.cwd(), '.next', 'cache', 'content') + path.sep)).toBe(true);
  });

  it('is the working folder otherwise, as for content:check', () => {
    vi.stubEnv('CONTENT_DIR', '');
    vi.stubEnv('NEWSROOM_PROJECT_DIR', '');
    expect(contentPaths()).toMatchObject({ cwd: process.cwd(), contentDir: path.join(process.cwd(), 'content') });
  });
});
