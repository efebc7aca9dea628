import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { imageSize as measureImage } from 'image-size';
import { paths } from '@/i18n/paths';
import { STORY_PHOTO_PATTERN } from './schema';
import type { StoryPhoto } from './types';

/**
 * Photos in a story's own folder (`articles/<slug>/photo.jpg`, named `photo.jpg` in the story).
 * They travel with the story: no build, no copy into public/. Read here, for the loader (which
 * measures them and lists them in the Article) and for their route (app/media), which serves one
 * only while a public version of its story lists it (publicPhotos.ts).
 */

/** Larger files are refused: a news photo is a few megabytes, and the optimizer reads it whole. */
export const MAX_STORY_PHOTO_BYTES = 20 * 1024 * 1024;
/** A photo's version in its URL: the start of its bytes' SHA-256, in hex. */
export const PHOTO_VERSION_PATTERN = /^[0-9a-f]{16}$/;

/** What the bytes are (never the file name): the types browsers and the optimizer take. */
const CONTENT_TYPES: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif', gif: 'image/gif' };

export function isStoryPhotoName(src: string): boolean {
  return STORY_PHOTO_PATTERN.test(src);
}

/** The fingerprint of a photo's bytes that its URL carries. */
export function photoVersion(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

export interface StoryPhotoFile {
  bytes: Buffer;
  /** Content-Type, from the bytes. */
  type: string;
  version: string;
  width: number;
  height: number;
  modified: Date;
}

/** What is known of photo files read before, by path: the least recently read dropped first. */
export type PhotoMemo = Map<string, { stamp: string; photo: Pick<StoryPhotoFile, 'type' | 'version' | 'width' | 'height'> }>;
const PHOTO_MEMO_SIZE = 2000;

/**
 * A photo file in a story folder, read whole and checked: the exact name (case included), a
 * regular file in that folder (a link is refused, so nothing outside can be reached through
 * one), at most MAX_STORY_PHOTO_BYTES, and an image of a type pages can show. Otherwise, why not,
 * naming the file (`where` says how: a path relative to the working folder, for editors).
 */
export function readStoryPhoto(storyDir: string, name: string, where: (file: string) => string = (file) => file, known?: PhotoMemo): StoryPhotoFile | { problem: string } {
  const quoted = JSON.stringify(name);
  if (!isStoryPhotoName(name)) return { problem: `${quoted} is not the name of a photo file (.jpg, .png, .webp, .avif or .gif, without a folder)` };
  const file = path.join(/*turbopackIgnore: true*/ storyDir, name);
  let names: string[] = [];
  try {
    names = fs.readdirSync(storyDir);
  } catch {
    // No folder: reported as a missing photo below.
  }
  if (!names.includes(name)) return { problem: `${quoted} is not in the story's folder (${where(file)}; names are case-sensitive)` };
  if (fs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()) return { problem: `${quoted} (${where(file)}) is a link: put the photo itself in the story's folder` };
  let fd: number;
  try {
    // O_NOFOLLOW: a link swapped in after the check above still cannot be followed.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { problem: `${quoted} (${where(file)}) is a link: put the photo itself in the story's folder` };
    return { problem: `${quoted} (${where(file)}) cannot be read (${code ?? 'unknown error'})` };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { problem: `${quoted} (${where(file)}) is not a file` };
    const tooBig = (size: number) => ({
      problem: `${quoted} (${where(file)}) is ${(size / 1024 / 1024).toFixed(1)} MB: a story photo may be at most ${MAX_STORY_PHOTO_BYTES / 1024 / 1024} MB (export it smaller)`,
    });
    if (stat.size > MAX_STORY_PHOTO_BYTES) return tooBig(stat.size);
    const bytes = fs.readFileSync(fd);
    // The file may have grown since fstat.
    if (bytes.length > MAX_STORY_PHOTO_BYTES) return tooBig(bytes.length);
    // The same file as last time (size, times and inode, from the open file itself): its
    // fingerprint and measurements are known, and a photo asked often is not hashed every time.
    const stamp = `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}:${bytes.length}`;
    const seen = known?.get(file);
    if (seen?.stamp === stamp) {
      known!.delete(file);
      known!.set(file, seen);
      return { bytes, ...seen.photo, modified: stat.mtime };
    }
    let measured: ReturnType<typeof measureImage> | undefined;
    try {
      measured = measureImage(bytes);
    } catch {
      // Not an image format image-size knows: refused below.
    }
    const type = measured?.type ? CONTENT_TYPES[measured.type] : undefined;
    if (!measured?.width || !measured.height || !type) return { problem: `${quoted} (${where(file)}) is not a readable JPEG, PNG, WebP, AVIF or GIF image` };
    const photo = { type, version: photoVersion(bytes), width: measured.width, height: measured.height };
    if (known) {
      known.set(file, { stamp, photo });
      if (known.size > PHOTO_MEMO_SIZE) known.delete(known.keys().next().value!);
    }
    return { bytes, ...photo, modified: stat.mtime };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Measures story photos for the loader: `(slug, name)` to the photo as pages show it, or the
 * problem. A file is read again only when its size, times or inode changed.
 */
export function storyPhotoMeasurer(contentDir: string, where: (file: string) => string): (slug: string, name: string) => StoryPhoto | { problem: string } {
  const known = new Map<string, { stamp: string; result: StoryPhoto | { problem: string } }>();
  return (slug, name) => {
    const dir = path.join(/*turbopackIgnore: true*/ contentDir, 'articles', slug);
    const file = path.join(/*turbopackIgnore: true*/ dir, name);
    const stat = isStoryPhotoName(name) ? fs.lstatSync(file, { throwIfNoEntry: false }) : undefined;
    const stamp = stat ? `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}` : '';
    const hit = known.get(file);
    if (stamp && hit?.stamp === stamp) return hit.result;
    const read = readStoryPhoto(dir, name, where);
    const result = 'problem' in read ? read : { name, version: read.version, src: paths.storyPhoto(slug, read.version, name), width: read.width, height: read.height };
    known.set(file, { stamp, result });
    return result;
  };
}

/**
 * The size, times and inode of every photo file in a story folder, as one string ('' for none):
 * it changes when a photo is added, replaced or removed, so the index reads the story again even
 * though its Markdown did not change (store.ts).
 */
export function storyPhotoStamp(storyDir: string, names: readonly string[]): string {
  const photos = names
    .filter(isStoryPhotoName)
    .map((name) => {
      const stat = fs.lstatSync(path.join(/*turbopackIgnore: true*/ storyDir, name), { throwIfNoEntry: false });
      return stat ? [name, stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino] : [name];
    });
  return photos.length ? JSON.stringify(photos) : '';
}
