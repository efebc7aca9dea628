/**
 * `npm run bench:index -- --corpus DIR [--compare]`: how long the content index of a whole
 * archive takes to build from nothing (issue 16's target: under 10 minutes at 200,000 stories on
 * this 2-core machine), and what it costs once built: a rescan that finds nothing changed, one
 * changed story, the file's size.
 *
 * The index goes to a file under the system temp folder, built as content:check and a server
 * that finds none build it: story files read on worker threads (one per core), written in
 * batches. `--compare` builds it a second time reading every file on the main thread, in the
 * same run, for the ratio. The process's resident memory (all its threads) is sampled every
 * 200 ms. Results: bench/results/index-<stories>.json and the console.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { inlineParser, resilientParser, type StoryParser } from '@/lib/content/parsePool';
import type { StoryLists } from '@/lib/content/parseStory';
import { ContentStore } from '@/lib/content/store';
import { readManifest } from './corpus';
import { writeResult } from './server';

interface Build {
  seconds: number;
  files: number;
  peakRssMb: number;
  indexMb: number;
}

async function main() {
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, compare: { type: 'boolean', default: false } } });
  if (!values.corpus) throw new Error('--corpus DIR is required (a folder written by npm run bench:corpus)');
  const contentDir = path.resolve(values.corpus);
  const manifest = readManifest(contentDir);
  if (!manifest) throw new Error(`${contentDir} was not written by npm run bench:corpus`);
  const paths = { cwd: process.cwd(), contentDir, publicDir: path.resolve('public') };
  const file = path.join(os.tmpdir(), `bench-index-${manifest.stories}.sqlite`);
  const log = (line: string) => console.error(line);

  const build = async (label: string, parser: (lists: StoryLists, files: number) => StoryParser): Promise<Build> => {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 200);
    const began = performance.now();
    let last = began;
    const store = new ContentStore(file, paths);
    const result = await store.syncWith(parser, {
      onProgress: (done, total) => {
        if (performance.now() - last < 30_000 && done < total) return;
        last = performance.now();
        console.log(`${label}: ${done}/${total} files, ${((last - began) / 1000).toFixed(0)} s`);
      },
    });
    const seconds = (performance.now() - began) / 1000;
    clearInterval(sampler);
    store.close();
    const indexMb = ['', '-wal'].reduce((sum, suffix) => sum + (fs.statSync(file + suffix, { throwIfNoEntry: false })?.size ?? 0), 0) / 1e6;
    const measured = { seconds: round(seconds), files: result.changed.length + result.failed.length, peakRssMb: Math.round(peak / 1e6), indexMb: Math.round(indexMb) };
    console.log(`${label}: ${measured.files} files in ${measured.seconds} s, peak RSS ${measured.peakRssMb} MB, index ${measured.indexMb} MB`);
    return measured;
  };

  const mainThread = values.compare ? await build('main thread', (lists) => inlineParser(paths, lists)) : undefined;
  const workers = await build(`worker threads (${Math.min(os.availableParallelism(), 4)})`, (lists, files) => resilientParser(paths, lists, files, log));

  // Built: what keeping it current costs.
  const store = new ContentStore(file, paths);
  let began = performance.now();
  await store.syncWith((lists, files) => resilientParser(paths, lists, files, log));
  const unchangedSeconds = (performance.now() - began) / 1000;
  const slug = fs.readdirSync(path.join(contentDir, 'articles')).sort()[Math.floor(manifest.stories / 2)]!;
  const story = path.join(contentDir, 'articles', slug, fs.readdirSync(path.join(contentDir, 'articles', slug)).find((n) => n.endsWith('.md'))!);
  const text = fs.readFileSync(story, 'utf8');
  fs.writeFileSync(story, `${text}\nA line added by bench:index.\n`);
  began = performance.now();
  const one = store.sync({ only: [slug] });
  const oneStoryMs = performance.now() - began;
  fs.writeFileSync(story, text);
  store.sync({ only: [slug] });
  store.close();
  if (one.changed.length !== 1) throw new Error(`the changed story was not indexed again (${JSON.stringify(one)})`);
  console.log(`rescan of the whole folder, nothing changed: ${round(unchangedSeconds)} s; one changed story (its folder): ${oneStoryMs.toFixed(1)} ms`);

  const out = writeResult(`index-${manifest.stories}`, {
    corpus: { stories: manifest.stories, files: manifest.files },
    machine: { cores: os.availableParallelism(), node: process.version },
    build: { workers, ...(mainThread ? { mainThread, speedup: round(mainThread.seconds / workers.seconds) } : {}) },
    rescanUnchangedSeconds: round(unchangedSeconds),
    oneStoryMs: round(oneStoryMs),
  });
  console.log(`results: ${out}`);
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
}

const round = (n: number) => Math.round(n * 100) / 100;

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
