import fs from 'node:fs';
import path from 'node:path';
import { imageSize as measureImage } from 'image-size';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { isLocale, routing, type Locale } from '@/i18n/routing';
import { glossWritten } from './glosses';
import { checkImages, renderMarkdown, type ImageMeasurement, type RenderedBody, type BodyImage, type BodyProblem } from './markdown';
import type { PairBlock } from './pairing';
import { isStoryPhotoName, storyPhotoMeasurer } from './photos';
import { authorSchema, describeIssue, frontmatterSchema, sectionsSchema, SLUG_PATTERN, type Frontmatter } from './schema';
import type { Article, Author, ContentIndex, ContentProblem, Photo, Section, StoryPhoto } from './types';

export interface ContentPaths {
  /** The folder holding sections.yaml, authors/ and articles/. */
  contentDir: string;
  /** The site's public/ folder, where photos live. */
  publicDir: string;
  /** Paths in problems are written relative to this folder. */
  cwd: string;
}

export interface LoadResult {
  index: ContentIndex;
  /** Every error and warning in the whole folder, not just the first. */
  problems: ContentProblem[];
  /** How many story files (en.md, ko.md, …) were read, valid or not. */
  storyFiles: number;
}

/** Google truncates longer headlines in results and Top Stories. */
export const HEADLINE_WARN_LENGTH = 110;
/** How much of the body's text an Article keeps for descriptions (summary.ts cuts at 160). */
export const TEXT_START_LENGTH = 320;
const SECTIONS_FILES = ['sections.yaml', 'sections.yml', 'sections.json'];
const DATA_FILE = /\.(ya?ml|json)$/;

/**
 * Reads, validates and indexes the content folder. This is the only code that reads content
 * from disk; it never throws for bad content, it reports it.
 */
export function loadContent(paths: ContentPaths): LoadResult {
  const problems: ContentProblem[] = [];
  const rel = (abs: string) => path.relative(paths.cwd, abs) || abs;
  const index: ContentIndex = { sections: [], authors: new Map(), articles: [] };

  if (!isDirectory(paths.contentDir)) {
    problems.push({ severity: 'error', file: rel(paths.contentDir), field: 'file', message: 'content folder not found (check CONTENT_DIR)' });
    return { index, problems, storyFiles: 0 };
  }

  const context = loadStoryContext(paths, problems);
  index.sections = context.sections;
  index.authors = context.authors;

  const articlesDir = path.join(paths.contentDir, 'articles');
  if (!isDirectory(articlesDir)) {
    problems.push({ severity: 'error', file: rel(articlesDir), field: 'file', message: 'articles folder not found' });
    return { index, problems, storyFiles: 0 };
  }

  const seenSlugs = new Map<string, string>();
  let storyFiles = 0;
  for (const entry of sortedEntries(articlesDir)) {
    const entryPath = path.join(articlesDir, entry.name);
    if (!entry.isDirectory()) {
      problems.push({
        severity: 'error',
        file: rel(entryPath),
        field: 'file',
        message: 'expected a story folder: articles/<slug>/en.md and/or articles/<slug>/ko.md',
      });
      continue;
    }
    const slug = entry.name;
    if (!SLUG_PATTERN.test(slug)) {
      problems.push({
        severity: 'error',
        file: rel(entryPath),
        field: 'slug',
        message: `"${slug}" is not a valid slug: expected lowercase letters, digits and single hyphens, e.g. "kim-train-khabarovsk"`,
      });
    }
    const normalized = slug.normalize('NFKC').toLowerCase();
    const clash = seenSlugs.get(normalized);
    if (clash !== undefined) {
      problems.push({ severity: 'error', file: rel(entryPath), field: 'slug', message: `duplicates the slug of ${rel(path.join(articlesDir, clash))}` });
    }
    seenSlugs.set(normalized, slug);

    const versions = sortedEntries(entryPath).filter((f) => f.isFile() && f.name.endsWith('.md'));
    if (versions.length === 0) {
      problems.push({ severity: 'error', file: rel(entryPath), field: 'file', message: 'story folder has no en.md or ko.md' });
    }
    for (const version of versions) {
      storyFiles += 1;
      const file = path.join(entryPath, version.name);
      const locale = version.name.slice(0, -'.md'.length);
      if (!isLocale(locale)) {
        problems.push({
          severity: 'error',
          file: rel(file),
          field: 'file',
          message: `unknown language "${locale}": expected ${routing.locales.map((l) => `${l}.md`).join(' or ')}`,
        });
        continue;
      }
      const article = loadArticle({ file: rel(file), read: readStory(file, locale), slug, locale, context, problems });
      if (article) index.articles.push(article);
    }
    const languages = versions.map((v) => v.name.slice(0, -'.md'.length)).filter(isLocale);
    const only = languages.length === 1 ? languages[0] : undefined;
    if (only) {
      const missing = routing.locales.filter((l) => l !== only);
      problems.push({
        severity: 'warning',
        file: rel(path.join(entryPath, `${only}.md`)),
        field: 'file',
        message: `the story is in one language only: add ${missing.map((l) => `${l}.md`).join(' and ')} (until then its readers get a "not available in this language" page)`,
      });
    }
  }
  return { index, problems, storyFiles };
}

/** What a story file is checked against: the folder's sections and authors, and photo sizes. */
export interface StoryContext {
  sections: Section[];
  authors: Map<string, Author>;
  /** False for a broken sections or authors file: reported once, not as "unknown" in every story. */
  checkReferences: { sections: boolean; authors: boolean };
  imageSize: (src: string) => ImageMeasurement;
  /** Measures a photo in a story's own folder (a bare file name in the story). */
  storyPhoto: (slug: string, name: string) => StoryPhoto | { problem: string };
}

/** The folder's sections and authors, read and checked; their problems are added to `problems`. */
export function loadStoryContext(paths: ContentPaths, problems: ContentProblem[]): StoryContext {
  const rel = (abs: string) => path.relative(paths.cwd, abs) || abs;
  const before = problems.length;
  const sections = loadSections(paths.contentDir, rel, problems);
  const sectionsLoaded = problems.length === before;
  const authors = loadAuthors(path.join(paths.contentDir, 'authors'), rel, problems);
  return {
    sections,
    authors,
    checkReferences: { sections: sectionsLoaded, authors: problems.length === before },
    ...photoMeasurers(paths),
  };
}

/** What measures a story's photos (in public/ or its own folder): a parse worker makes its own. */
export function photoMeasurers(paths: ContentPaths): Pick<StoryContext, 'imageSize' | 'storyPhoto'> {
  const rel = (abs: string) => path.relative(paths.cwd, abs) || abs;
  return { imageSize: imageMeasurer(paths.publicDir), storyPhoto: storyPhotoMeasurer(paths.contentDir, rel) };
}

/**
 * One story version (`articles/<slug>/<locale>.md`), read and checked on its own, as the whole
 * folder's load checks it: the story (undefined when it has errors), its problems, and its body's
 * plain text (for the search index).
 */
export function loadStoryFile(
  paths: ContentPaths,
  slug: string,
  locale: Locale,
  context: StoryContext,
): { article?: Article; problems: ContentProblem[]; text?: string; markdown?: string; frontmatter?: unknown; blocks?: PairBlock[] } {
  const file = storyPath(paths, slug, locale);
  const problems: ContentProblem[] = [];
  const read = readStory(file, locale);
  const article = loadArticle({ file: path.relative(paths.cwd, file) || file, read, slug, locale, context, problems });
  if ('problems' in read) return { article, problems };
  // Block lines as the file numbers them (pairing's warnings name the line).
  const blocks = read.blocks.map((block) => (block.line === undefined ? block : { ...block, line: block.line + read.analysis.bodyStartLine - 1 }));
  return { article, problems, text: read.text, markdown: read.markdown, frontmatter: read.yaml.data, blocks };
}

/** What a story file's body says for checking and for the index, worked out once as it is read. */
interface StoryAnalysis {
  /** File line where the Markdown body starts. */
  bodyStartLine: number;
  firstParagraph?: string;
  hasParagraph: boolean;
  textStart: string;
  /** Body photos, checked against their files. */
  images: BodyImage[];
  /** Body problems that depend on the file alone (alt text, paths), lines within the body. */
  problems: BodyProblem[];
}

/** A story file read for loading: its frontmatter and body's analysis, or why it could not be parsed at all. */
type StoryRead = { analysis: StoryAnalysis; yaml: ParsedYaml; text: string; markdown: string; blocks: PairBlock[] } | { problems: Omit<ContentProblem, 'file' | 'severity'>[] };

function readStory(file: string, locale: Locale): StoryRead {
  const source = fs.readFileSync(file, 'utf8');
  const split = splitFrontmatter(source);
  if (!split) return { problems: [{ field: 'frontmatter', message: 'expected the file to start with a "---" line, the fields, and a closing "---" line', line: 1 }] };
  // Line 1 is the opening "---", so YAML line n is file line n + 1.
  const yaml = parseYaml(split.yaml, 1);
  if (yaml.errors.length) return { problems: yaml.errors.map((e) => ({ field: 'frontmatter', message: e.message, line: e.line })) };
  const body = renderMarkdown(split.body, { locale });
  const analysis: StoryAnalysis = {
    bodyStartLine: split.bodyStartLine,
    firstParagraph: body.firstParagraph,
    hasParagraph: body.hasParagraph,
    textStart: body.plainText.slice(0, TEXT_START_LENGTH),
    images: body.images,
    problems: body.problems,
  };
  return { analysis, yaml, text: body.plainText, markdown: split.body, blocks: body.blocks };
}

interface ArticleInput {
  file: string;
  read: StoryRead;
  slug: string;
  locale: Locale;
  context: StoryContext;
  problems: ContentProblem[];
}

function loadArticle({ file, read, slug, locale, context, problems }: ArticleInput): Article | undefined {
  const { sections, authors, checkReferences, imageSize, storyPhoto } = context;
  const report = (field: string, message: string, line?: number, severity: 'error' | 'warning' = 'error') =>
    problems.push({ severity, file, line, field, message });

  if ('problems' in read) {
    for (const problem of read.problems) report(problem.field, problem.message, problem.line);
    return undefined;
  }
  const { analysis, yaml } = read;
  const errorsBefore = problems.length;
  let fm: Frontmatter | undefined;
  const parsed = frontmatterSchema.safeParse(yaml.data ?? {}, { reportInput: true });
  if (parsed.success) fm = parsed.data;
  else for (const issue of parsed.error.issues) reportIssue(issue, yaml, report);

  // Cross-references are checked even when other fields are broken, so one run lists everything.
  const raw = isRecord(yaml.data) ? yaml.data : {};
  const section = raw.section;
  if (checkReferences.sections && typeof section === 'string' && SLUG_PATTERN.test(section) && !sections.some((s) => s.id === section)) {
    const known = sections.map((s) => s.id).join(', ');
    report('section', `unknown section "${section}": expected one of ${known} (see sections.yaml)`, yaml.lineOf(['section']));
  }
  for (const field of ['authors', 'translatedBy'] as const) {
    const ids = raw[field];
    if (!checkReferences.authors || !Array.isArray(ids)) continue;
    ids.forEach((id: unknown, i) => {
      if (typeof id === 'string' && SLUG_PATTERN.test(id) && !authors.has(id)) {
        report(`${field}.${i}`, `unknown author "${id}": expected a file authors/${id}.yaml`, yaml.lineOf([field, i]));
      }
    });
  }
  if (!fm) return undefined;
  if (fm.translatedFrom === locale) {
    report('translatedFrom', `is this version's own language (${locale}.md): name the language of the original it was translated from`, yaml.lineOf(['translatedFrom']));
  }
  if (fm.translatedBy && !fm.translatedFrom) {
    report('translatedBy', 'names translators, but translatedFrom does not say which version is the original: add translatedFrom: en or ko', yaml.lineOf(['translatedBy']));
  }
  if (fm.updatedAt && Date.parse(fm.updatedAt) < Date.parse(fm.publishedAt)) {
    report('updatedAt', `is earlier than publishedAt (${fm.publishedAt})`, yaml.lineOf(['updatedAt']));
  }
  // Glosses are the body's: in the headline, standfirst or caption one would show as typed.
  for (const [field, value, at] of [
    ['title', fm.title, ['title']],
    ['dek', fm.dek, ['dek']],
    ['hero.caption', fm.hero?.caption, ['hero', 'caption']],
  ] as const) {
    const written = value && glossWritten(value);
    if (written) report(field, `has the gloss "${written}", which works in the story's body only: here it would show as typed; write the term alone`, yaml.lineOf([...at]), 'warning');
  }
  if (fm.title.length > HEADLINE_WARN_LENGTH) {
    report('title', `is ${fm.title.length} characters; search engines cut headlines after ${HEADLINE_WARN_LENGTH}`, yaml.lineOf(['title']), 'warning');
  }

  // A bare file name is a photo in the story's folder: measured there, listed for its route, and
  // shown at its URL; any other path is a file in public/.
  const photos: StoryPhoto[] = [];
  const measure = (src: string): ImageMeasurement => {
    if (!isStoryPhotoName(src)) return imageSize(src);
    const photo = storyPhoto(slug, src);
    if ('problem' in photo) return photo;
    if (!photos.some((p) => p.name === photo.name)) photos.push(photo);
    return { src: photo.src, width: photo.width, height: photo.height };
  };

  let hero: Photo | undefined;
  if (fm.hero) {
    const measured = measure(fm.hero.src);
    if ('width' in measured) hero = { ...fm.hero, src: measured.src ?? fm.hero.src, width: measured.width, height: measured.height };
    else report('hero.src', `${measured.problem}; the story will show no photo`, yaml.lineOf(['hero', 'src']), 'warning');
    const { alt, caption } = fm.hero;
    if (caption && caption.toLowerCase().startsWith(alt.toLowerCase().replace(/[.\s]+$/, ''))) {
      report('hero.alt', 'repeats the caption: describe what the picture shows instead', yaml.lineOf(['hero', 'alt']), 'warning');
    }
  }

  for (const problem of [...analysis.problems, ...checkImages(analysis.images, measure)]) {
    report('body', problem.message, problem.line === undefined ? undefined : analysis.bodyStartLine + problem.line - 1, problem.severity);
  }
  if (fm.dateline && !analysis.hasParagraph) {
    report('dateline', 'has no paragraph to open: the body needs a first paragraph of text', yaml.lineOf(['dateline']), 'warning');
  }

  const hasErrors = problems.slice(errorsBefore).some((p) => p.severity === 'error');
  if (hasErrors) return undefined;
  return {
    slug,
    locale,
    title: fm.title,
    dek: fm.dek,
    section: fm.section,
    authors: fm.authors,
    publishedAt: fm.publishedAt,
    updatedAt: fm.updatedAt,
    dateline: fm.dateline,
    ...(fm.translatedFrom ? { translatedFrom: fm.translatedFrom } : {}),
    ...(fm.translatedBy ? { translatedBy: fm.translatedBy } : {}),
    hero,
    ...(photos.length ? { photos } : {}),
    tags: fm.tags,
    status: fm.status,
    firstParagraph: analysis.firstParagraph,
    textStart: analysis.textStart,
    file,
  };
}

function loadSections(contentDir: string, rel: (p: string) => string, problems: ContentProblem[]): Section[] {
  const name = SECTIONS_FILES.find((f) => fs.existsSync(path.join(contentDir, f)));
  if (!name) {
    problems.push({ severity: 'error', file: rel(path.join(contentDir, 'sections.yaml')), field: 'file', message: 'sections file not found' });
    return [];
  }
  const file = rel(path.join(contentDir, name));
  const yaml = parseYaml(fs.readFileSync(path.join(contentDir, name), 'utf8'), 0);
  const report = (field: string, message: string, line?: number) => problems.push({ severity: 'error', file, line, field, message });
  for (const error of yaml.errors) report('file', error.message, error.line);
  if (yaml.errors.length) return [];
  const parsed = sectionsSchema.safeParse(yaml.data, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) reportIssue(issue, yaml, report);
    return [];
  }
  const seen = new Set<string>();
  parsed.data.forEach((section, i) => {
    if (seen.has(section.id)) report(`${i}.id`, `duplicate section id "${section.id}"`, yaml.lineOf([i, 'id']));
    seen.add(section.id);
  });
  return parsed.data;
}

function loadAuthors(dir: string, rel: (p: string) => string, problems: ContentProblem[]): Map<string, Author> {
  const authors = new Map<string, Author>();
  if (!isDirectory(dir)) {
    problems.push({ severity: 'error', file: rel(dir), field: 'file', message: 'authors folder not found' });
    return authors;
  }
  for (const entry of sortedEntries(dir)) {
    if (!entry.isFile() || !DATA_FILE.test(entry.name)) continue;
    const id = entry.name.replace(DATA_FILE, '');
    const file = rel(path.join(dir, entry.name));
    const report = (field: string, message: string, line?: number) => problems.push({ severity: 'error', file, line, field, message });
    if (!SLUG_PATTERN.test(id)) {
      report('file', `"${id}" is not a valid author id: expected lowercase letters, digits and single hyphens`);
      continue;
    }
    if (authors.has(id)) {
      report('file', `duplicate author id "${id}"`);
      continue;
    }
    const yaml = parseYaml(fs.readFileSync(path.join(dir, entry.name), 'utf8'), 0);
    for (const error of yaml.errors) report('file', error.message, error.line);
    if (yaml.errors.length) continue;
    const parsed = authorSchema.safeParse(yaml.data ?? {}, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) reportIssue(issue, yaml, report);
      continue;
    }
    authors.set(id, { id, ...parsed.data });
  }
  return authors;
}

interface ParsedYaml {
  data: unknown;
  errors: { message: string; line?: number }[];
  /** File line of the value at a path, or of its nearest existing parent. */
  lineOf: (fieldPath: readonly PropertyKey[]) => number | undefined;
  /** File line of a key inside the map at a path (for unknown fields). */
  lineOfKey: (mapPath: readonly PropertyKey[], key: string) => number | undefined;
}

/**
 * YAML 1.2 core schema: an unquoted `2023-09-14T21:52:00+09:00` stays a string (YAML 1.1 would
 * turn it into a Date and drop the offset), and `no` stays "no".
 */
function parseYaml(source: string, lineOffset: number): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document.Parsed = parseDocument(source, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  const line = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  const errors = doc.errors.map((e) => ({
    message: `invalid YAML: ${e.message.split('\n')[0]}`,
    line: e.pos ? line(e.pos[0]) : undefined,
  }));
  const nodeAt = (p: readonly PropertyKey[]) => (p.length ? doc.getIn(p as unknown[], true) : doc.contents);
  return {
    data: errors.length ? undefined : doc.toJS(),
    errors,
    lineOf(fieldPath) {
      const node = nodeAt(fieldPath) as { range?: [number, number, number] } | null | undefined;
      if (node?.range) return line(node.range[0]);
      // A missing field: point at the key of the map it belongs in (`hero:`), or the first line.
      for (let p = fieldPath.slice(0, -1); p.length > 0; p = p.slice(0, -1)) {
        const keyLine = this.lineOfKey(p.slice(0, -1), String(p[p.length - 1]));
        if (keyLine !== undefined) return keyLine;
      }
      return lineOffset + 1;
    },
    lineOfKey(mapPath, key) {
      const map = nodeAt(mapPath);
      if (!isMap(map)) return undefined;
      const pair = map.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
      const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
      return range ? line(range[0]) : undefined;
    },
  };
}

function reportIssue(issue: z.core.$ZodIssue, yaml: ParsedYaml, report: (field: string, message: string, line?: number) => void) {
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) {
      report([...issue.path, key].join('.'), 'is not a known field (check the spelling)', yaml.lineOfKey(issue.path, key) ?? yaml.lineOf(issue.path));
    }
    return;
  }
  report(issue.path.length ? issue.path.join('.') : 'frontmatter', describeIssue(issue), yaml.lineOf(issue.path));
}

/** Where a story version lives: `articles/<slug>/<locale>.md` in the content folder. */
export function storyPath(paths: Pick<ContentPaths, 'contentDir'>, slug: string, locale: Locale): string {
  return path.join(paths.contentDir, 'articles', slug, `${locale}.md`);
}

const productionMeasurers = new Map<string, (src: string) => ImageMeasurement>();

/**
 * A story's body, rendered from its file when a page needs it (the loader keeps only the
 * frontmatter): the sanitized tree with photo sizes, its plain text and first paragraph.
 */
export function renderStoryBody(paths: Pick<ContentPaths, 'contentDir' | 'publicDir'>, slug: string, locale: Locale, photos?: readonly StoryPhoto[]): RenderedBody {
  const split = splitFrontmatter(fs.readFileSync(storyPath(paths, slug, locale), 'utf8'));
  return renderStoryMarkdown(paths, split?.body ?? '', locale, photos);
}

/**
 * A story body's Markdown (as the content index keeps its last good version), rendered. Photos
 * in the story's folder get the URL and size the index measured (`photos`, the Article's).
 */
export function renderStoryMarkdown(paths: Pick<ContentPaths, 'publicDir'>, markdown: string, locale: Locale, photos?: readonly StoryPhoto[]): RenderedBody {
  // Photos are measured once per server process; in development a new photo shows at once.
  let publicSize = productionMeasurers.get(paths.publicDir);
  if (!publicSize) {
    publicSize = imageMeasurer(paths.publicDir);
    if (process.env.NODE_ENV === 'production') productionMeasurers.set(paths.publicDir, publicSize);
  }
  const measurePublic = publicSize;
  const imageSize = (src: string): ImageMeasurement => {
    if (!isStoryPhotoName(src)) return measurePublic(src);
    const photo = photos?.find((p) => p.name === src);
    return photo ? { src: photo.src, width: photo.width, height: photo.height } : { problem: `${JSON.stringify(src)} is not a photo this version of the story lists` };
  };
  return renderMarkdown(markdown, { locale, imageSize });
}

function splitFrontmatter(source: string): { yaml: string; body: string; bodyStartLine: number } | undefined {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m.exec(source);
  if (!match || match.index !== 0) return undefined;
  const head = match[0];
  return { yaml: match[1] ?? '', body: source.slice(head.length), bodyStartLine: head.split('\n').length };
}

function imageMeasurer(publicDir: string) {
  const cache = new Map<string, ImageMeasurement>();
  return (src: string): ImageMeasurement => {
    let result = cache.get(src);
    if (!result) {
      result = measure(publicDir, src);
      cache.set(src, result);
    }
    return result;
  };
}

function measure(publicDir: string, src: string): ImageMeasurement {
  const file = path.join(publicDir, src);
  // The schema already refused "..", this keeps any path inside public/ regardless.
  if (!file.startsWith(publicDir + path.sep)) return { problem: `image path ${src} leaves public/` };
  const name = path.basename(file);
  const dir = path.dirname(file);
  // Exact case: a path that works on a laptop's case-insensitive disk must work on the server.
  const exists = isDirectory(dir) && fs.readdirSync(dir).includes(name) && fs.statSync(file).isFile();
  if (!exists) return { problem: `image file public${src} does not exist (names are case-sensitive)` };
  try {
    const { width, height } = measureImage(fs.readFileSync(file));
    if (width && height) return { width, height };
  } catch {
    // Falls through: not an image format we can read.
  }
  return { problem: `public${src} is not a readable image` };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDirectory(p: string): boolean {
  return fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

// The order of String#localeCompare, without its cost on 100,000 names.
const collator = new Intl.Collator();

function sortedEntries(dir: string): fs.Dirent[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => collator.compare(a.name, b.name));
}
