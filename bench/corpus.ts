/**
 * `npm run bench:corpus -- --stories 20000 [--out DIR] [--seed 7] [--years 10] [--now ISO]`
 *
 * Writes a synthetic archive for CONTENT_DIR: sections and authors copied from the end-to-end
 * fixtures, and `--stories` stories in articles/<slug>/{en,ko}.md in the editors' format, dated
 * back from `--now` over `--years`, newest first. Every section, author and photo in
 * public/images is used; tags come with a long tail; bodies run several paragraphs with the odd
 * subhead, quote and photo. Some stories are in one language only, a few are drafts or scheduled
 * (they must stay 404s). The same arguments write the same files (a seeded PRNG; `--now`
 * defaults to the start of today in Seoul).
 *
 * The default folder is under the system temp folder. A folder that this script did not write is
 * never emptied: it must be new or empty.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COMMON_SENTENCES, DATELINES, FOREIGN_PLACES, MONTHS, ORGS, PEOPLE, PHOTOS, PLACES, SECTION_TEXT, SUBHEADS, type Pair } from './corpusText';

export interface CorpusOptions {
  stories: number;
  seed: number;
  /** Stories are dated back from this instant. */
  now: Date;
  years: number;
}

/** What a written corpus says about itself (`.corpus.json`), so a run can reuse it. */
export interface CorpusManifest {
  version: number;
  stories: number;
  seed: number;
  now: string;
  years: number;
  files: number;
}

const MANIFEST = '.corpus.json';
/** Bump when the generator's output changes, so stale folders are rewritten. */
export const CORPUS_VERSION = 1;
const FIXTURES = path.join('e2e', 'fixtures', 'content');
const SECTIONS = Object.keys(SECTION_TEXT);
const DAY = 86_400_000;
const KST = 9 * 3600_000;

/** mulberry32: a small, fast, seeded PRNG; numbers in [0, 1). */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
/** Earlier entries more often: a long tail. */
const pickSkewed = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() ** 2 * list.length)]!;
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/** An instant as editors write it: `2023-09-14T21:52:00+09:00`, Seoul time. */
export function kstTimestamp(instant: number): string {
  const d = new Date(Math.floor(instant / 60_000) * 60_000 + KST);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00+09:00`;
}

/** Midnight in Seoul at the start of the day holding `instant`. */
export function startOfSeoulDay(instant: Date): Date {
  return new Date(Math.floor((instant.getTime() + KST) / DAY) * DAY - KST);
}

export function slugWords(text: string, words = 6): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0)
    .slice(0, words)
    .join('-');
}

type Slots = Record<string, Pair>;

function fill(template: string, slots: Slots, lang: 0 | 1): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => slots[name]?.[lang] ?? all);
}

function freshSlots(random: Random): Slots {
  const n = String(between(random, 2, 290));
  const pct = (between(random, 1, 99) / 10).toFixed(1);
  const year = String(between(random, 1995, 2020));
  return {
    place: pick(random, PLACES),
    foreign: pick(random, FOREIGN_PLACES),
    person: pick(random, PEOPLE),
    org: pick(random, ORGS),
    month: pick(random, MONTHS),
    n: [n, n],
    pct: [pct, pct],
    year: [year, year],
  };
}

const fillPair = (pair: Pair, slots: Slots): Pair => [fill(pair[0], slots, 0), fill(pair[1], slots, 1)];

type Block = { kind: 'p' | 'h2' | 'quote'; text: Pair } | { kind: 'figure'; photo: (typeof PHOTOS)[number] };

/** One story in both languages, before it is written out. */
export interface StoryPlan {
  slug: string;
  section: string;
  authors: string[];
  publishedAt: string;
  updatedAt?: string;
  status: 'published' | 'draft';
  languages: ('en' | 'ko')[];
  title: Pair;
  dek?: Pair;
  dateline: Pair;
  hero?: (typeof PHOTOS)[number];
  tags: Pair[];
  blocks: Block[];
}

/**
 * Story `i` (0 is the newest) of a corpus of `total`: its instant falls in its own slice of the
 * span, so stories are spread evenly over the years, newest first. Everything else is drawn
 * from `random`.
 */
export function planStory(i: number, total: number, options: Pick<CorpusOptions, 'now' | 'years'>, random: Random): StoryPlan {
  const section = pick(random, SECTIONS);
  const text = SECTION_TEXT[section]!;
  const slots = freshSlots(random);
  const title = fillPair(pick(random, text.headlines), slots);
  const span = options.years * 365 * DAY;
  let at = options.now.getTime() - ((i + random()) / total) * span;
  // A few scheduled stories: in the next weeks, so they are not public yet.
  const scheduled = random() < 0.001;
  if (scheduled) at = options.now.getTime() + between(random, 1, 30) * DAY;
  const status = random() < 0.002 ? 'draft' : 'published';
  const updated = random() < 0.1 ? at + between(random, 1, 48) * 3600_000 : undefined;
  const oneLanguage = random();
  const languages: StoryPlan['languages'] = oneLanguage < 0.03 ? ['en'] : oneLanguage < 0.05 ? ['ko'] : ['en', 'ko'];

  const authors = [random() < 0.75 ? text.authors[0]! : pick(random, text.authors)];
  if (random() < 0.08) {
    const second = pick(random, ['kim-seo-yeon', 'lee-hyun-woo', 'park-ji-hoon', 'jung-da-eun']);
    if (!authors.includes(second)) authors.push(second);
  }

  const tags: Pair[] = [];
  const tagCount = between(random, 1, 5);
  for (let t = 0; t < tagCount * 2 && tags.length < tagCount; t++) {
    const tag = pickSkewed(random, text.tags);
    if (!tags.includes(tag)) tags.push(tag);
  }
  if (random() < 0.3 && !tags.some((t) => t[0] === slots.place![0])) tags.push(slots.place!);

  const paragraphs = between(random, 5, 12);
  const blocks: Block[] = [];
  for (let p = 0; p < paragraphs; p++) {
    if (p > 0 && p % 4 === 0 && paragraphs > 7) blocks.push({ kind: 'h2', text: pick(random, SUBHEADS) });
    if (p === 3 && random() < 0.1) blocks.push({ kind: 'quote', text: fillPair(pick(random, COMMON_SENTENCES), freshSlots(random)) });
    if (p === 2 && random() < 0.05) blocks.push({ kind: 'figure', photo: pick(random, PHOTOS) });
    const sentences = between(random, 2, 4);
    const en: string[] = [];
    const ko: string[] = [];
    for (let s = 0; s < sentences; s++) {
      const source = random() < 0.6 ? text.sentences : COMMON_SENTENCES;
      const [e, k] = fillPair(pick(random, source), p === 0 && s === 0 ? slots : freshSlots(random));
      en.push(e);
      ko.push(k);
    }
    blocks.push({ kind: 'p', text: [en.join(' '), ko.join(' ')] });
  }

  const serial = total - i;
  return {
    slug: `${slugWords(title[0])}-${serial}`,
    section,
    authors,
    publishedAt: kstTimestamp(at),
    updatedAt: updated === undefined ? undefined : kstTimestamp(updated),
    status,
    languages,
    title,
    dek: random() < 0.7 ? fillPair(pick(random, text.deks), slots) : undefined,
    dateline: pick(random, DATELINES),
    hero: random() < 0.55 ? pick(random, PHOTOS) : undefined,
    tags,
    blocks,
  };
}

const quote = (value: string) => JSON.stringify(value);

/** One language version as a Markdown file with frontmatter, as editors write them. */
export function storyFile(plan: StoryPlan, locale: 'en' | 'ko'): string {
  const lang = locale === 'en' ? 0 : 1;
  const lines = ['---', `title: ${quote(plan.title[lang])}`];
  if (plan.dek) lines.push(`dek: ${quote(plan.dek[lang])}`);
  lines.push(`section: ${plan.section}`, `authors: [${plan.authors.join(', ')}]`, `publishedAt: ${quote(plan.publishedAt)}`);
  if (plan.updatedAt) lines.push(`updatedAt: ${quote(plan.updatedAt)}`);
  lines.push(`dateline: ${quote(plan.dateline[lang])}`);
  if (plan.hero) {
    lines.push('hero:', `  src: ${plan.hero.src}`, `  alt: ${quote(plan.hero.alt[lang])}`, `  caption: ${quote(plan.hero.caption[lang])}`);
    lines.push(`  credit: ${locale === 'en' ? 'Hanbit Times illustration' : '한빛타임스 일러스트'}`);
  }
  if (plan.tags.length) lines.push(`tags: [${plan.tags.map((t) => quote(t[lang])).join(', ')}]`);
  if (plan.status === 'draft') lines.push('status: draft');
  lines.push('---', '');
  for (const block of plan.blocks) {
    if (block.kind === 'figure') lines.push(`![${block.photo.alt[lang]}](${block.photo.src} ${quote(block.photo.caption[lang])})`);
    else if (block.kind === 'h2') lines.push(`## ${block.text[lang]}`);
    else if (block.kind === 'quote') lines.push(`> ${block.text[lang]}`);
    else lines.push(block.text[lang]);
    lines.push('');
  }
  return lines.join('\n');
}

/** Every story of the corpus, newest first, drawn from one seeded stream. */
export function* planCorpus(options: CorpusOptions): Generator<StoryPlan> {
  const random = createRandom(options.seed);
  for (let i = 0; i < options.stories; i++) yield planStory(i, options.stories, options, random);
}

export function defaultCorpusDir(options: Pick<CorpusOptions, 'stories' | 'seed'>): string {
  return path.join(os.tmpdir(), `hanbit-corpus-${options.stories}-s${options.seed}`);
}

export function readManifest(dir: string): CorpusManifest | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8')) as CorpusManifest;
  } catch {
    return undefined;
  }
}

/** True when `dir` already holds exactly this corpus. */
export function isCorpus(dir: string, options: CorpusOptions): boolean {
  const m = readManifest(dir);
  return m !== undefined && m.version === CORPUS_VERSION && m.stories === options.stories && m.seed === options.seed && m.years === options.years && m.now === options.now.toISOString();
}

/** Writes the corpus into `dir` (emptied first if this script wrote it), reporting progress. */
export function writeCorpus(dir: string, options: CorpusOptions, progress: (done: number, total: number) => void = () => {}, root = process.cwd()): CorpusManifest {
  if (fs.existsSync(dir)) {
    const entries = fs.readdirSync(dir);
    if (entries.length > 0 && !readManifest(dir)) throw new Error(`${dir} is not empty and was not written by bench:corpus: choose another --out`);
    // Ours: start again from an empty folder (the manifest goes last, so a half-written one is redone).
    fs.rmSync(path.join(dir, MANIFEST), { force: true });
    for (const entry of entries) fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
  }
  fs.mkdirSync(path.join(dir, 'articles'), { recursive: true });
  fs.cpSync(path.join(root, FIXTURES, 'sections.yaml'), path.join(dir, 'sections.yaml'));
  fs.cpSync(path.join(root, FIXTURES, 'authors'), path.join(dir, 'authors'), { recursive: true });
  for (const photo of PHOTOS) {
    if (!fs.existsSync(path.join(root, 'public', photo.src))) throw new Error(`public${photo.src} is missing: the corpus refers to it`);
  }

  let files = 0;
  let done = 0;
  const step = Math.max(1, Math.floor(options.stories / 20));
  for (const plan of planCorpus(options)) {
    const folder = path.join(dir, 'articles', plan.slug);
    fs.mkdirSync(folder);
    for (const locale of plan.languages) {
      fs.writeFileSync(path.join(folder, `${locale}.md`), storyFile(plan, locale));
      files += 1;
    }
    done += 1;
    if (done % step === 0 || done === options.stories) progress(done, options.stories);
  }
  const manifest: CorpusManifest = { version: CORPUS_VERSION, stories: options.stories, seed: options.seed, now: options.now.toISOString(), years: options.years, files };
  fs.writeFileSync(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** `--name value` pairs from the command line. */
export function parseArgs(argv: readonly string[]): Map<string, string> {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"`);
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    args.set(name, value);
  }
  return args;
}

export function corpusOptions(args: Map<string, string>, now = new Date()): CorpusOptions {
  const int = (name: string, fallback: number) => {
    const raw = args.get(name);
    if (raw === undefined) return fallback;
    const value = Number(raw.replaceAll('_', ''));
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number, got "${raw}"`);
    return value;
  };
  const at = args.get('now');
  const instant = at === undefined ? startOfSeoulDay(now) : new Date(at);
  if (Number.isNaN(instant.getTime())) throw new Error(`--now must be an ISO 8601 date-time, got "${at}"`);
  return { stories: int('stories', 20_000), seed: int('seed', 7), years: int('years', 10), now: instant };
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const options = corpusOptions(args);
  const out = path.resolve(args.get('out') ?? defaultCorpusDir(options));
  const started = Date.now();
  console.log(`Writing ${options.stories} stories (seed ${options.seed}, ${options.years} years back from ${options.now.toISOString()}) to ${out}`);
  const manifest = writeCorpus(out, options, (done, total) => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`  ${done}/${total} stories (${Math.round((done / total) * 100)}%), ${seconds} s`);
  });
  console.log(`Done: ${manifest.files} story files in ${((Date.now() - started) / 1000).toFixed(1)} s. Use it with CONTENT_DIR=${out}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  try {
    main();
  } catch (error) {
    console.error(`bench:corpus: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
