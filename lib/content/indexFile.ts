import crypto from 'node:crypto';
import path from 'node:path';

/**
 * Where the content folder and its index are: light enough for the proxy (lib/content/gate.ts),
 * which reads the index without the loader and its Markdown libraries.
 */

/**
 * The content folder, resolved once from CONTENT_DIR (default `content`) so that request input
 * is never joined onto a path.
 */
export function contentPaths() {
  const cwd = process.cwd();
  return {
    // Where problems' paths are relative to: the project folder, also for a server that runs from
    // a release folder inside it (`npm start` says which), so logs and the desk name files as
    // editors know them (content/articles/…), not as ../../content/articles/….
    cwd: process.env.NEWSROOM_PROJECT_DIR || cwd,
    // turbopackIgnore: content is read at run time; the server bundle need not trace it.
    contentDir: path.resolve(/*turbopackIgnore: true*/ cwd, process.env.CONTENT_DIR || 'content'),
    publicDir: path.resolve(/*turbopackIgnore: true*/ cwd, 'public'),
  };
}

/** A folder of `.next/cache/content/` for one content folder (by its absolute path). */
export function contentCacheDir(cwd: string, contentDir: string): string {
  const key = crypto.createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 16);
  return path.join(/*turbopackIgnore: true*/ cwd, '.next', 'cache', 'content', key);
}

/** The content index on disk for the content folder (store.ts), in `.next/cache/content/<key>/`. */
export function contentIndexFile(paths = contentPaths()): string {
  // In this process's own .next (a release's, for `npm start`), whatever problems are relative to.
  return path.join(/*turbopackIgnore: true*/ contentCacheDir(process.cwd(), paths.contentDir), 'index.sqlite');
}

/** SQL: a public story version (table alias `s`) at a generation's now (the one parameter). */
export const PUBLIC_STORY = "s.status = 'published' AND s.published_ms <= ?";
