import path from 'node:path';
import type { Locale } from '@/i18n/routing';
import { PHOTO_VERSION_PATTERN, readStoryPhoto, type PhotoMemo, type StoryPhotoFile } from './photos';
import { routing } from '@/i18n/routing';
import { contentPaths, getArticleForPreview, getPublishedVersions } from './queries';
import { SLUG_PATTERN, STORY_PHOTO_PATTERN } from './schema';
import type { Article } from './types';

/**
 * The rule for serving a photo from a story's folder: a public version of the story (in either
 * language, at the current content generation) lists the file at this version. A draft's or a
 * scheduled story's photo, a file the story does not show, and an old version of a replaced photo
 * are all refused alike, so the answer says nothing about what exists.
 */
export function isShownByPublicVersion(versions: Partial<Record<Locale, Article>>, file: string, version: string): boolean {
  return Object.values(versions).some((article) => article?.photos?.some((photo) => photo.name === file && photo.version === version));
}

/** Photos served before: one asked again is read, not measured and hashed again, while its file is unchanged. */
const served: PhotoMemo = new Map();

/**
 * The photo `/media/<slug>/<version>/<file>` names, when the rule above lets readers have it (or,
 * in an editor's preview, any version of the story shows it) and the file on disk still is that
 * version (a photo replaced a moment ago gets its new URL with the next publish); undefined
 * otherwise. Nothing from the request reaches the file system unchecked.
 */
export function findStoryPhoto(slug: string, version: string, file: string, { preview = false } = {}): StoryPhotoFile | undefined {
  if (!SLUG_PATTERN.test(slug) || !PHOTO_VERSION_PATTERN.test(version) || !STORY_PHOTO_PATTERN.test(file)) return undefined;
  const versions = preview ? Object.fromEntries(routing.locales.map((locale) => [locale, getArticleForPreview(locale, slug)])) : getPublishedVersions(slug);
  if (!isShownByPublicVersion(versions, file, version)) return undefined;
  const read = readStoryPhoto(path.join(/*turbopackIgnore: true*/ contentPaths().contentDir, 'articles', slug), file, undefined, served);
  return 'problem' in read || read.version !== version ? undefined : read;
}
