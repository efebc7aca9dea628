import { draftMode } from 'next/headers';
import { findStoryPhoto } from '@/lib/content/publicPhotos';
import { plainResponse, STORY_PHOTO_CACHE_CONTROL } from '@/lib/responses';

/** Next.js's Draft Mode cookie; draftMode() checks that it is genuine. */
const PREVIEW_COOKIE = '__prerender_bypass';

// Asked of the content index on every request: a takedown must stop the photo at once.
export const dynamic = 'force-dynamic';

/**
 * GET /media/<slug>/<version>/<file>: a photo from a story's folder (`hero.src: photo.jpg`,
 * `![…](photo.jpg)`), while a public version of the story shows that version of it, or to an
 * editor in preview (lib/content/publicPhotos.ts); 404 otherwise, the same answer whether the photo never existed
 * or its story was taken down. The version is the bytes' fingerprint, so the ETag is too.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; version: string; file: string }> }) {
  const { slug, version, file } = await params;
  // An editor's preview (Draft Mode) also gets a draft's or a scheduled story's photos, for them alone.
  const preview = Boolean(request.headers.get('cookie')?.includes(PREVIEW_COOKIE)) && (await draftMode()).isEnabled;
  const photo = findStoryPhoto(slug, version, file, { preview });
  if (!photo) return plainResponse(404, 'Not found.');
  const etag = `"${photo.version}"`;
  const cacheControl = preview ? 'private, no-store' : STORY_PHOTO_CACHE_CONTROL;
  const headers = { 'Content-Type': photo.type, 'Cache-Control': cacheControl, ETag: etag, 'Last-Modified': photo.modified.toUTCString() };
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch?.split(',').some((tag) => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === etag)) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(photo.bytes), { headers: { ...headers, 'Content-Length': String(photo.bytes.length) } });
}
