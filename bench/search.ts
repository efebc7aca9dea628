/**
 * `npm run bench:search [-- --stories 10000] [-- --corpus DIR] [-- --runs 30]`: how fast search
 * answers from the content index (docs/adr/0002-live-newsroom.md), and whether it answers right.
 *
 * Indexes a bench:corpus archive (`--corpus`, else the default folder for `--stories`, written
 * when missing) into a content index under the system temp folder with ContentStore, once per
 * corpus and SCHEMA_VERSION (later runs reuse it), no Next.js build. Then it checks every query's
 * answer against a scan of every public story (same matches, newest first, best match within the
 * newest SEARCH_RANKED), and times a fixed set of rare, common and Korean queries in both orders,
 * page 1 as the search page asks for it (20 stories and their body text), `--runs` times
 * round-robin. p50 and p95 per query go to bench/results/search-<stories>.json and the console.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Locale } from '@/i18n/routing';
import { ContentStore, SCHEMA_VERSION, SEARCH_NEWEST_LIMIT, SEARCH_RANKED } from '@/lib/content/store';
import type { Article } from '@/lib/content/types';
import { PAGE_SIZE } from '@/lib/pagination';
import { indexTerms, normalize, parseQuery } from '@/lib/search/text';
import { corpusOptions, defaultCorpusDir, isCorpus, parseArgs, readManifest, writeCorpus } from './corpus';
import { writeResult } from './server';

/** The target (issue 16): p95 under this, with correct results, at 10,000 and 200,000 stories. */
export const SEARCH_P95_TARGET_MS = 200;

type Kind = 'rare' | 'common' | 'Korean' | 'none';
interface BenchQuery {
  locale: Locale;
  query: string;
  kind: Kind;
  page?: number;
}

/** Words bench:corpus writes (bench/corpusText.ts), from a handful of stories to nearly all of them. */
export const BENCH_QUERIES: BenchQuery[] = [
  { locale: 'en', query: 'Gangneung 1997', kind: 'rare' },
  { locale: 'en', query: 'Jakarta typhoon', kind: 'rare' },
  { locale: 'en', query: 'zzyzx', kind: 'none' },
  { locale: 'en', query: 'said', kind: 'common' },
  { locale: 'en', query: 'the Korea', kind: 'common' },
  { locale: 'en', query: 'officials said details', kind: 'common' },
  { locale: 'en', query: 'said', kind: 'common', page: 10 },
  { locale: 'ko', query: '강릉 1997년', kind: 'rare' },
  { locale: 'ko', query: '자카르타', kind: 'rare' },
  { locale: 'ko', query: '서울', kind: 'Korean' },
  { locale: 'ko', query: '기자들에게', kind: 'Korean' },
  { locale: 'ko', query: '한국은행', kind: 'Korean' },
  { locale: 'ko', query: '세부 사항을 발표할', kind: 'Korean' },
  { locale: 'ko', query: '밝혔다', kind: 'common' },
];

const ORDERS = ['best', 'newest'] as const;
type Order = (typeof ORDERS)[number];

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const label = (q: BenchQuery) => `${q.locale} "${q.query}"${q.page ? ` p${q.page}` : ''}`;

/** One search as the search page makes it: a page of stories, then each one's body text. */
function searchPage(store: ContentStore, q: BenchQuery, order: Order) {
  const found = store.search(q.locale, q.query, { order, offset: ((q.page ?? 1) - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  for (const article of found.articles) store.storyText(article.slug, article.locale);
  return found;
}

/**
 * What every query should find, from a scan of every public story with the rule search keeps: each
 * Korean word written in one field (spaces aside), each other word's stem in some field. Keys are
 * search keys, newest first.
 */
function scanMatches(file: string, nowMs: number, queries: BenchQuery[]): Map<BenchQuery, { key: number; slug: string }[]> {
  const db = new DatabaseSync(file, { readOnly: true });
  const expected = new Map(queries.map((q) => [q, [] as { key: number; slug: string }[]]));
  const parsed = new Map(queries.map((q) => [q, parseQuery(q.query)]));
  const rows = db
    .prepare("SELECT s.search_key AS key, s.locale, s.article, t.text FROM stories s JOIN texts t ON t.story = s.id WHERE s.status = 'published' AND s.published_ms <= ? ORDER BY s.search_key DESC")
    .iterate(nowMs) as Iterable<{ key: number; locale: Locale; article: string; text: string }>;
  for (const row of rows) {
    const article = JSON.parse(row.article) as Article;
    const fields = [article.title, article.dek ?? '', article.tags.join(' '), row.text];
    const compacted = fields.map((f) => normalize(f).replace(/\s+/gu, ''));
    let stems: Set<string> | undefined;
    for (const q of queries) {
      if (q.locale !== row.locale) continue;
      const { korean, stems: wanted } = parsed.get(q)!;
      if (!korean.every((word) => compacted.some((field) => field.includes(word)))) continue;
      stems ??= new Set(fields.flatMap((f) => indexTerms(f)));
      if (wanted.every((stem) => stems!.has(stem))) expected.get(q)!.push({ key: row.key, slug: article.slug });
    }
  }
  db.close();
  return expected;
}

/** Problems with the store's answers to a query, in both orders, against the scan. */
function checkAnswers(store: ContentStore, q: BenchQuery, expected: { key: number; slug: string }[]): string[] {
  const problems: string[] = [];
  const page = q.page ?? 1;
  for (const order of ORDERS) {
    const window = order === 'best' ? SEARCH_RANKED : SEARCH_NEWEST_LIMIT;
    const found = store.search(q.locale, q.query, { order, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
    const want = { total: Math.min(expected.length, window), more: expected.length > window };
    if (found.total !== want.total || found.more !== want.more) problems.push(`${label(q)} ${order}: total ${found.total}${found.more ? '+' : ''}, expected ${want.total}${want.more ? '+' : ''}`);
    const slugs = found.articles.map((a) => a.slug);
    if (order === 'newest') {
      const newest = expected.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((e) => e.slug);
      if (JSON.stringify(slugs) !== JSON.stringify(newest)) problems.push(`${label(q)} newest: ${slugs.slice(0, 3).join(' ')}…, expected ${newest.slice(0, 3).join(' ')}…`);
    } else {
      const ranked = new Set(expected.slice(0, window).map((e) => e.slug));
      const outside = slugs.filter((s) => !ranked.has(s));
      if (outside.length) problems.push(`${label(q)} best: ${outside.length} stories outside the newest ${window} matches`);
    }
  }
  return problems;
}

/** The index file's size once closed (its WAL checkpointed), and the search tables' part of it. */
function indexSize(file: string): { indexMb: number; searchMb?: number } {
  const indexMb = round(fs.statSync(file).size / 1024 / 1024, 0);
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const row = db.prepare("SELECT SUM(pgsize) AS bytes FROM dbstat WHERE name LIKE 'search\\_%' ESCAPE '\\'").get() as { bytes: number };
    return { indexMb, searchMb: round(row.bytes / 1024 / 1024, 0) };
  } catch {
    // SQLite built without the dbstat table.
    return { indexMb };
  } finally {
    db.close();
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const runs = Number(args.get('runs') ?? '30');
  let corpus = args.get('corpus');
  if (!corpus) {
    const options = corpusOptions(args);
    corpus = defaultCorpusDir(options);
    if (!isCorpus(corpus, options)) {
      console.log(`writing ${options.stories} stories to ${corpus}`);
      writeCorpus(corpus, options, (done, total) => done % Math.max(1, Math.floor(total / 5)) === 0 && console.log(`  ${done}/${total}`));
    }
  }
  const manifest = readManifest(corpus);
  if (!manifest) throw new Error(`${corpus} is not a bench:corpus folder (no .corpus.json)`);
  const indexFile = path.join(os.tmpdir(), `hanbit-search-${path.basename(corpus)}-${manifest.stories}-v${SCHEMA_VERSION}.sqlite`);
  const cwd = process.cwd();
  const store = new ContentStore(indexFile, { cwd, contentDir: path.resolve(corpus), publicDir: path.join(cwd, 'public') });
  let indexSeconds: number | undefined;
  if (store.generation().n === 0 || store.storyFileCount() !== manifest.files) {
    console.log(`indexing ${manifest.files} story files of ${corpus} into ${indexFile}`);
    const started = performance.now();
    store.sync();
    indexSeconds = round((performance.now() - started) / 1000);
    console.log(`  ${indexSeconds} s`);
  } else console.log(`reusing ${indexFile}`);
  const counts = store.counts();
  console.log(`${counts.en} English and ${counts.ko} Korean public stories`);

  console.log('checking answers against a scan of every public story');
  const expected = scanMatches(indexFile, store.generation().nowMs, BENCH_QUERIES);
  const problems = BENCH_QUERIES.flatMap((q) => checkAnswers(store, q, expected.get(q)!));
  for (const problem of problems) console.log(`  wrong: ${problem}`);

  const times = new Map(BENCH_QUERIES.flatMap((q) => ORDERS.map((order) => [`${label(q)} ${order}`, [] as number[]])));
  for (const q of BENCH_QUERIES) for (const order of ORDERS) searchPage(store, q, order); // warm-up
  for (let run = 0; run < runs; run++) {
    for (const q of BENCH_QUERIES) {
      for (const order of ORDERS) {
        const started = performance.now();
        searchPage(store, q, order);
        times.get(`${label(q)} ${order}`)!.push(performance.now() - started);
      }
    }
  }
  store.close();
  const { indexMb, searchMb } = indexSize(indexFile);
  console.log(`index ${indexMb} MB, of which search ${searchMb} MB`);

  const rows = BENCH_QUERIES.map((q) => {
    const matches = expected.get(q)!.length;
    const figures = Object.fromEntries(ORDERS.flatMap((order) => [[`${order} p50`, round(percentile(times.get(`${label(q)} ${order}`)!, 50))], [`${order} p95`, round(percentile(times.get(`${label(q)} ${order}`)!, 95))]]));
    return { query: label(q), kind: q.kind, matches, ...figures } as { query: string; kind: Kind; matches: number } & Record<string, number>;
  });
  const all = [...times.values()].flat();
  const p95 = round(percentile(all, 95));
  const result = {
    stories: manifest.stories,
    storyFiles: manifest.files,
    publicStories: counts,
    indexMb,
    searchMb,
    indexSeconds,
    runs,
    loadAverage: os.loadavg().map((n) => round(n, 2)),
    p50: round(percentile(all, 50)),
    p95,
    max: round(Math.max(...all)),
    correct: problems.length === 0,
    problems,
    queries: rows,
  };
  writeResult(`search-${manifest.stories}`, result);

  console.log(`\n| query | kind | matches | best p50 ms | best p95 ms | newest p50 ms | newest p95 ms |\n| --- | --- | --- | --- | --- | --- | --- |`);
  for (const r of rows) console.log(`| ${r.query} | ${r.kind} | ${r.matches.toLocaleString('en')} | ${r['best p50']} | ${r['best p95']} | ${r['newest p50']} | ${r['newest p95']} |`);
  const met = p95 < SEARCH_P95_TARGET_MS && problems.length === 0;
  console.log(`\nall searches: p50 ${result.p50} ms, p95 ${p95} ms, max ${result.max} ms; ${problems.length ? `${problems.length} wrong answers` : 'answers correct'}; target p95 < ${SEARCH_P95_TARGET_MS} ms with correct results: ${met ? 'met' : 'NOT met'}`);
  if (!met) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
