import fs from 'node:fs';
import path from 'node:path';
import { storyPhotoStamp } from './photos';

/**
 * What a sync needs to know of the story folders before it compares them with the index: each
 * folder's story files with their stamps and its photos' stamp. Made without the index, so a
 * whole archive's survey (200,000 folders: 19 s of file system calls) can run on a worker thread
 * while the server's thread answers readers and writes other changes (store.ts, parsePool.ts).
 */

/** A file's stamp: a change to any of these means it is read again. */
export interface FileStamp {
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  size: number;
}

export interface SurveyedFolder {
  slug: string;
  /** A story folder, something else by that name, or nothing (gone since it was listed). */
  kind: 'folder' | 'file' | 'missing';
  /** Its photos' stamp (photos.ts), '' for none. */
  photoStamp: string;
  /** Its `.md` files by name, in name order; the stamp is absent when the name is not a file. */
  markdown: { name: string; stamp?: FileStamp }[];
}

export interface Survey {
  /** The story folders looked at, in order: all of `articles/`, or those asked for. */
  folders: SurveyedFolder[];
}

/** The survey of `articles/` in the content folder: every story folder, or only the ones named. */
export function surveyArticles(contentDir: string, only?: readonly string[]): Survey {
  const articlesDir = path.join(/*turbopackIgnore: true*/ contentDir, 'articles');
  const slugs = only ?? (isDirectory(articlesDir) ? sortedNames(articlesDir) : []);
  return { folders: slugs.map((slug) => surveyFolder(articlesDir, slug)) };
}

/** One story folder's survey. */
export function surveyFolder(articlesDir: string, slug: string): SurveyedFolder {
  const dir = path.join(/*turbopackIgnore: true*/ articlesDir, slug);
  const stat = fs.statSync(dir, { throwIfNoEntry: false });
  if (!stat) return { slug, kind: 'missing', photoStamp: '', markdown: [] };
  if (!stat.isDirectory()) return { slug, kind: 'file', photoStamp: '', markdown: [] };
  let names: string[];
  try {
    names = sortedNames(dir);
  } catch (error) {
    // Deleted between the two calls (an editor's rename): gone, as if it had been before.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { slug, kind: 'missing', photoStamp: '', markdown: [] };
    throw error;
  }
  const markdown = names
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const stamp = fileStamp(path.join(/*turbopackIgnore: true*/ dir, name));
      return stamp ? { name, stamp } : { name };
    });
  return { slug, kind: 'folder', photoStamp: storyPhotoStamp(dir, names), markdown };
}

/** A file's stamp now; undefined when it is not there or not a file. */
export function fileStamp(file: string): FileStamp | undefined {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) return undefined;
  const { mtimeMs, ctimeMs, ino, size } = stat;
  return { mtimeMs, ctimeMs, ino, size };
}

export function isDirectory(p: string): boolean {
  return fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

export function sortedNames(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((n) => !n.startsWith('.'))
    .sort();
}
