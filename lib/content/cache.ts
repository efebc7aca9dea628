import fs from 'node:fs';
import path from 'node:path';
import type { BodyImage, BodyProblem } from './markdown';

export { contentCacheDir } from './indexFile';

/**
 * Bump when what the loader derives from a story file changes (markdown.ts, the frontmatter
 * parse), so every cached entry is worked out again.
 */
export const CONTENT_CACHE_VERSION = 3;

/** What reading one story file yields before any cross-file check: the expensive part. */
export interface StoryAnalysis {
  /** The frontmatter as validated (schema.ts), so an unchanged file is not validated again. */
  frontmatter: unknown;
  /** File line where the Markdown body starts. */
  bodyStartLine: number;
  firstParagraph?: string;
  hasParagraph: boolean;
  textStart: string;
  /** Body photos, to check against public/ on every load (files come and go). */
  images: BodyImage[];
  /** Body problems that depend on the file alone (alt text, paths), lines within the body. */
  problems: BodyProblem[];
}

/** A file's identity for the cache: it is read again when either changes. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
}

interface MetaFile {
  version: number;
  entries: Record<string, FileStamp & { analysis: StoryAnalysis }>;
}

interface TextFile {
  version: number;
  entries: Record<string, FileStamp & { text: string }>;
}

/**
 * Story analyses kept between runs (content:check, the build's workers, the server), keyed by
 * the file's path in the content folder, modification time and size. The body's plain text
 * (for the search index) is kept apart, so a load reads only the small part.
 */
export interface ContentCache {
  get(file: string, stamp: FileStamp): StoryAnalysis | undefined;
  set(file: string, stamp: FileStamp, analysis: StoryAnalysis, text: string): void;
  /** The body's plain text, when cached for this version of the file. */
  text(file: string, stamp: FileStamp): string | undefined;
  /**
   * Writes the cache if anything changed, keeping only the files this run read from it or
   * stored: a file that was deleted, or is now a draft, leaves nothing behind.
   */
  save(): void;
}

const same = (a: FileStamp, b: FileStamp) => a.mtimeMs === b.mtimeMs && a.size === b.size;

/**
 * The cache folder for one content folder: `.next/cache/content/<key>` under `cwd`. Keyed by the
 * content folder alone (photos are checked on every load), so the standalone server, which runs
 * from another folder, finds what the build left.
 */
function readJson<T extends { version: number }>(file: string): T | undefined {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as T;
    return data.version === CONTENT_CACHE_VERSION ? data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Written entry by entry (a 50,000-story archive's texts would make one string of hundreds of
 * MB) to a temporary file, then renamed: readers never see half a cache.
 */
function writeJson(file: string, data: { version: number; entries: Record<string, unknown> }) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  const fd = fs.openSync(temporary, 'w');
  try {
    fs.writeSync(fd, `{"version":${data.version},"entries":{`);
    let first = true;
    for (const [key, entry] of Object.entries(data.entries)) {
      fs.writeSync(fd, `${first ? '' : ','}${JSON.stringify(key)}:${JSON.stringify(entry)}`);
      first = false;
    }
    fs.writeSync(fd, '}}');
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temporary, file);
}

/** A cache in `dir` (two JSON files). A missing, unreadable or older-version cache is empty. */
export function fileContentCache(dir: string): ContentCache {
  const metaFile = path.join(dir, 'meta.json');
  const textFile = path.join(dir, 'texts.json');
  const meta = readJson<MetaFile>(metaFile) ?? { version: CONTENT_CACHE_VERSION, entries: {} };
  let texts: TextFile | undefined;
  const loadTexts = () => (texts ??= readJson<TextFile>(textFile) ?? { version: CONTENT_CACHE_VERSION, entries: {} });
  const fresh = new Map<string, { stamp: FileStamp; text: string }>();
  const used = new Set<string>();
  let changed = false;

  return {
    get(file, stamp) {
      const entry = meta.entries[file];
      if (!entry || !same(entry, stamp)) return undefined;
      used.add(file);
      return entry.analysis;
    },
    set(file, stamp, analysis, text) {
      meta.entries[file] = { ...stamp, analysis };
      fresh.set(file, { stamp, text });
      used.add(file);
      changed = true;
    },
    text(file, stamp) {
      const recent = fresh.get(file);
      if (recent && same(recent.stamp, stamp)) return recent.text;
      const entry = loadTexts().entries[file];
      return entry && same(entry, stamp) ? entry.text : undefined;
    },
    save() {
      for (const file of Object.keys(meta.entries)) {
        if (!used.has(file)) {
          delete meta.entries[file];
          changed = true;
        }
      }
      if (!changed) return;
      const all = loadTexts();
      for (const [file, { stamp, text }] of fresh) all.entries[file] = { ...stamp, text };
      for (const file of Object.keys(all.entries)) if (!meta.entries[file]) delete all.entries[file];
      try {
        writeJson(textFile, all);
        writeJson(metaFile, meta);
        changed = false;
        fresh.clear();
      } catch (error) {
        // A read-only disk costs speed, never correctness: the next run reads the files again.
        console.warn(`content cache not written (${error instanceof Error ? error.message : String(error)})`);
      }
    },
  };
}
