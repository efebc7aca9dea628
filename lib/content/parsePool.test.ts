import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineParser, resilientParser, surveyOnWorker } from './parsePool';
import { surveyArticles } from './survey';
import type { StoryFileRef, StoryLists } from './parseStory';
import { loadStoryContext } from './load';

const fixtures = { cwd: process.cwd(), contentDir: path.resolve('e2e/fixtures/content'), publicDir: path.resolve('public') };

function listsOf(): StoryLists {
  const context = loadStoryContext(fixtures, []);
  return { sections: context.sections, authors: [...context.authors.values()], checkReferences: context.checkReferences };
}

const files: StoryFileRef[] = [
  { slug: 'kim-train-khabarovsk', locale: 'en' },
  { slug: 'kim-train-khabarovsk', locale: 'ko' },
  { slug: 'seoul-subway-fare-hike', locale: 'ko' },
];

describe('the parse pool', () => {
  it('parses on worker threads exactly what this thread parses, in the order given', () => {
    // Worker threads load TypeScript through tsx, as content:check runs them (vitest's own
    // transform does not reach a worker).
    const script = `
      import { ParsePool, inlineParser } from ${JSON.stringify(path.resolve('lib/content/parsePool.ts'))};
      import { loadStoryContext } from ${JSON.stringify(path.resolve('lib/content/load.ts'))};
      const paths = ${JSON.stringify(fixtures)};
      const context = loadStoryContext(paths, []);
      const lists = { sections: context.sections, authors: [...context.authors.values()], checkReferences: context.checkReferences };
      const files = ${JSON.stringify(files)}.concat(Array.from({ length: 40 }, (_, i) => ({ slug: 'kim-train-khabarovsk', locale: i % 2 ? 'ko' : 'en' })));
      const pool = new ParsePool(paths, lists, 2);
      const [fromPool, inline] = await Promise.all([pool.parse(files), inlineParser(paths, lists).parse(files)]);
      await pool.close();
      console.log(JSON.stringify({ same: JSON.stringify(fromPool) === JSON.stringify(inline), n: fromPool.length, titles: fromPool.slice(0, 3).map((p) => p.article?.title) }));`;
    // A file, not --eval: workers inherit the command line's flags, and --input-type with them.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parse-pool-'));
    fs.writeFileSync(path.join(dir, 'run.mts'), script);
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, 'run.mts')], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { same: boolean; n: number; titles: string[] };
    expect(result).toMatchObject({ same: true, n: 43 });
    expect(result.titles[0]).toContain('Khabarovsk');
    expect(result.titles[1]).toContain('하바롭스크');
  }, 60_000);

  it('falls back to this thread, saying so once, when its workers cannot start', async () => {
    // Under vitest the worker cannot load the site's TypeScript: a real failure to start.
    const log: string[] = [];
    const many = Array.from({ length: 80 }, (_, i) => files[i % files.length]!);
    const parser = resilientParser(fixtures, listsOf(), many.length, (line) => log.push(line));
    try {
      const parsed = await parser.parse(many);
      expect(parsed).toEqual(await inlineParser(fixtures, listsOf()).parse(many));
      await parser.parse(files);
    } finally {
      await parser.close();
    }
    expect(log).toHaveLength(1);
    expect(log[0]).toMatch(/^content: parse workers failed \(.+\); reading on the main thread$/);
  });
});

describe('the survey of every story folder on a worker thread', () => {
  it('is the survey this thread makes, whatever the number of slices it comes in', () => {
    const script = `
      import { surveyOnWorker } from ${JSON.stringify(path.resolve('lib/content/parsePool.ts'))};
      import { surveyArticles } from ${JSON.stringify(path.resolve('lib/content/survey.ts'))};
      const log = [];
      const fromWorker = await surveyOnWorker(${JSON.stringify(fixtures.contentDir)}, (line) => log.push(line));
      const inline = surveyArticles(${JSON.stringify(fixtures.contentDir)});
      console.log(JSON.stringify({ same: JSON.stringify(fromWorker) === JSON.stringify(inline), folders: fromWorker.folders.length, log }));`;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'survey-'));
    fs.writeFileSync(path.join(dir, 'run.mts'), script);
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, 'run.mts')], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { same: boolean; folders: number; log: string[] };
    expect(result).toEqual({ same: true, folders: fs.readdirSync(path.join(fixtures.contentDir, 'articles')).length, log: [] });
  }, 60_000);

  it('is made on this thread, saying so, when the worker cannot start', async () => {
    // Under vitest the worker cannot load the site's TypeScript: a real failure.
    const log: string[] = [];
    const survey = await surveyOnWorker(fixtures.contentDir, (line) => log.push(line));
    expect(survey).toEqual(surveyArticles(fixtures.contentDir));
    expect(log).toEqual([expect.stringMatching(/^content: the survey worker failed \(.+\); surveying on the main thread$/)]);
  });
});
