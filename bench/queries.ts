/**
 * `npm run bench:queries -- --corpus DIR [--runs 20]`: what each page asks of the content index
 * (lib/content/store.ts) costs on an archive, so that a story's first render stays far under its
 * 150 ms target whatever the archive's size (issue 16).
 *
 * Opens (or first builds, in .next/cache/content like the site) the index of a bench:corpus
 * folder and times each page's queries straight on the store, bypassing the per-generation memo
 * the site keeps: a front page, a listing's first and last page with its count, a story and its
 * related and "next in section" stories, then the whole-archive questions asked once per
 * generation (tag counts, public counts, problems, a sitemap part). Median and p95 over `--runs`
 * go to bench/results/queries-<stories>.json and the console.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { routing } from '@/i18n/routing';
import { frontPageDepth } from '@/lib/content/frontPage';
import { PAGE_SIZE } from '@/lib/pagination';
import { readManifest } from './corpus';
import { median } from './median';
import { writeResult } from './server';

async function main() {
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, runs: { type: 'string', default: '20' } } });
  if (!values.corpus) throw new Error('--corpus DIR is required (a folder written by npm run bench:corpus)');
  process.env.CONTENT_DIR = values.corpus;
  const runs = Number(values.runs);
  // Imported after CONTENT_DIR is set: the index is the one for that folder.
  const { contentStore, listSections, storyParser } = await import('@/lib/content/queries');
  const { renderUrlset, sitemapPart, sitemapSize } = await import('@/lib/distribution/sitemap');
  const opened = performance.now();
  const store = contentStore();
  // A corpus indexed for the first time: built as content:check builds it (not part of the timings).
  if (store.generation().n === 0) await store.syncWith(storyParser);
  const openMs = performance.now() - opened;
  const generation = store.generation();
  const stories = store.counts();
  const sections = listSections();
  // Stories spread over the archive, not only the newest.
  const slugs = store.publicSlugs(Number.POSITIVE_INFINITY, generation);
  const picks = Array.from({ length: runs }, (_, i) => slugs[Math.floor(((i + 0.5) / runs) * slugs.length)]!);
  const articles = picks.map((slug) => store.getPublicStory(slug, 'en', generation) ?? store.getPublicStory(slug, 'ko', generation)).filter((a) => a !== undefined);

  const timings: Record<string, number[]> = {};
  const time = (name: string, run: () => unknown) => {
    const began = performance.now();
    run();
    (timings[name] ??= []).push(performance.now() - began);
  };
  const depth = frontPageDepth();
  const biggest = store.listingCounts('section', 'en')[0]!;
  const lastPage = Math.ceil(biggest.count / PAGE_SIZE);
  for (let i = 0; i < runs; i++) {
    const article = articles[i % articles.length]!;
    time('front page', () => {
      store.newestWithPhoto('en', generation);
      store.listPublic('en', {}, { limit: depth, count: false, generation });
      for (const section of sections) store.listPublic('en', { section: section.id }, { limit: depth, count: false, generation });
    });
    time('listing page 1 (with count)', () => store.listPublic('en', { section: biggest.key }, { limit: PAGE_SIZE, generation }));
    time(`listing last page (${lastPage})`, () => store.listPublic('en', { section: biggest.key }, { offset: (lastPage - 1) * PAGE_SIZE, limit: PAGE_SIZE, generation }));
    time('story', () => store.getPublicStory(article.slug, article.locale, generation));
    time('related stories', () => store.related(article, 5, generation));
    time('next in section', () => store.nextInSection(article, generation));
    time('story body markdown', () => store.storyMarkdown(article.slug, article.locale));
  }
  // Asked once per generation (the site keeps the answer): timed a few times each.
  for (let i = 0; i < Math.min(runs, 3); i++) {
    for (const locale of routing.locales) time(`tag counts (${locale})`, () => store.listingCounts('tag', locale));
    time('public counts', () => store.counts());
    time('problems', () => store.problems());
  }
  const sitemapBegan = performance.now();
  const urls = sitemapSize();
  const part = urls > 50_000 ? sitemapPart(1) : undefined;
  const sitemapXml = part ? renderUrlset(part).length : 0;
  const sitemapMs = performance.now() - sitemapBegan;

  const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)]!;
  const rows = Object.entries(timings).map(([name, values]) => ({ name, medianMs: Number(median(values).toFixed(2)), p95Ms: Number(p95(values).toFixed(2)), runs: values.length }));
  const total = stories.en + stories.ko;
  const result = { contentDir: values.corpus, storyVersions: total, stories, openMs: Math.round(openMs), queries: rows, sitemap: { urls, firstPartMs: Math.round(sitemapMs), firstPartBytes: sitemapXml }, rssMb: Math.round(process.memoryUsage().rss / 1e6) };
  console.table(rows);
  console.log(`sitemap: ${urls} URLs; size and first part in ${Math.round(sitemapMs)} ms; RSS ${result.rssMb} MB`);
  console.log(`written: ${writeResult(`queries-${readManifest(values.corpus)?.stories ?? total}`, result)}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
