import { spawnSync } from 'node:child_process';
import { DatabaseSync } from 'node:sqlite';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inlineParser, type StoryParser } from './parsePool';
import type { StoryLists } from './parseStory';
import { TEST_AGENCY_YAML, TEST_SECTIONS_YAML } from './testArticle';
import { ContentStore, SCHEMA_VERSION } from './store';
import { surveyArticles } from './survey';
import { tagSlug } from './tags';

const SECTIONS = TEST_SECTIONS_YAML;
const YONHAP = TEST_AGENCY_YAML;

/** A story file as editors write it. */
function story({ title, publishedAt = '2023-09-14T21:52:00+09:00', section = 'north-korea', status, tags = ['Russia'], body = 'North Korean leader Kim Jong-un boarded his train.' }: {
  title: string;
  publishedAt?: string;
  section?: string;
  status?: string;
  tags?: string[];
  body?: string;
}) {
  return `---
title: "${title}"
section: ${section}
authors: [yonhap]
publishedAt: ${publishedAt}
tags: [${tags.join(', ')}]
${status ? `status: ${status}\n` : ''}---
${body}
`;
}

let root = '';
let store: ContentStore;
const paths = () => ({ cwd: root, contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public') });
const indexFile = () => path.join(root, 'index', 'content.sqlite');

function write(rel: string, text: string) {
  const file = path.join(root, 'content', rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  // A later edit within the same millisecond must still look changed: move the clock on.
  const later = new Date(Date.now() + writes++ * 1000);
  fs.utimesSync(file, later, later);
}
let writes = 1;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'store-'));
  fs.mkdirSync(path.join(root, 'public'));
  write('sections.yaml', SECTIONS);
  write('authors/yonhap.yaml', YONHAP);
  write('articles/kim-train/en.md', story({ title: 'Kim boards train to Khabarovsk', tags: ['Kim Jong-un', 'Russia'] }));
  write('articles/kim-train/ko.md', story({ title: '김정은, 하바롭스크행 열차 탑승', tags: ['김정은', '러시아'], body: '북한 김정은 국무위원장이 열차에 올랐다. 북러정상회담 이후다.' }));
  write('articles/bok-rate/en.md', story({ title: 'BOK holds rate', section: 'business', publishedAt: '2023-10-19T10:00:00+09:00', tags: ['Markets'], body: 'The Bank of Korea held its rate. Markets rallied.' }));
  store = new ContentStore(indexFile(), paths());
});

afterEach(() => {
  store.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const NOW = Date.parse('2024-01-01T00:00:00Z');

describe('the content index on disk', () => {
  it('indexes the whole folder on its first sync, as generation 1', () => {
    const result = store.sync({ nowMs: NOW });
    expect(result.changed.sort()).toEqual(['articles/bok-rate/en.md', 'articles/kim-train/en.md', 'articles/kim-train/ko.md'].map((p) => p.replaceAll('/', path.sep)));
    expect(result.generation).toEqual({ n: 1, nowMs: NOW });
    expect(store.listPublic('en', {}).articles.map((a) => a.slug)).toEqual(['bok-rate', 'kim-train']);
    expect(store.getPublicStory('kim-train', 'ko')?.title).toBe('김정은, 하바롭스크행 열차 탑승');
    expect(store.counts()).toEqual({ en: 2, ko: 1 });
    expect(store.sections().map((s) => s.id)).toEqual(['north-korea', 'business']);
  });

  it('reads only what changed, and makes no generation when nothing did', () => {
    store.sync({ nowMs: NOW });
    expect(store.sync({ nowMs: NOW + 1 })).toMatchObject({ changed: [], removed: [], generation: { n: 1 } });
    write('articles/kim-train/en.md', story({ title: 'Kim arrives in Khabarovsk' }));
    const result = store.sync({ nowMs: NOW + 2 });
    expect(result.changed).toEqual([path.join('articles', 'kim-train', 'en.md')]);
    expect(result.generation.n).toBe(2);
    expect(store.getPublicStory('kim-train', 'en')?.title).toBe('Kim arrives in Khabarovsk');
  });

  it('reads a story again when a photo in its folder is added, replaced or removed, though its Markdown is the same', () => {
    const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const GIF = Buffer.from('R0lGODlhAgADAIAAAAAAAP///yH5BAAAAAAALAAAAAACAAMAAAICjF8AOw==', 'base64');
    const photo = path.join(root, 'content', 'articles', 'kim-train', 'photo.png');
    write('articles/kim-train/en.md', story({ title: 'Kim boards train' }).replace('tags:', 'hero:\n  src: photo.png\n  alt: A green train\ntags:'));
    store.sync({ nowMs: NOW });
    expect(store.getPublicStory('kim-train', 'en')?.hero).toBeUndefined();
    const hero = () => store.getPublicStory('kim-train', 'en')?.hero;

    fs.writeFileSync(photo, PNG);
    const added = store.sync({ nowMs: NOW });
    expect(added.changed).toContain(path.join('articles', 'kim-train', 'en.md'));
    expect(hero()).toMatchObject({ src: expect.stringMatching(/^\/media\/kim-train\/[0-9a-f]{16}\/photo\.png$/), width: 1, height: 1 });
    const first = hero()?.src;

    fs.writeFileSync(photo, GIF);
    const replaced = store.sync({ nowMs: NOW });
    expect(replaced.generation.n).toBe(added.generation.n + 1);
    expect(hero()).toMatchObject({ width: 2, height: 3 });
    expect(hero()?.src).not.toBe(first);
    // Nothing else changed: no new generation.
    expect(store.sync({ nowMs: NOW }).generation.n).toBe(replaced.generation.n);

    fs.rmSync(photo);
    store.sync({ nowMs: NOW });
    expect(hero()).toBeUndefined();
    expect(store.problems()).toContainEqual(expect.objectContaining({ severity: 'warning', field: 'hero.src', message: expect.stringContaining('"photo.png" is not in the story\'s folder') }));
  });

  it('takes a story down when its file is deleted or it becomes a draft, from every listing and search', () => {
    store.sync({ nowMs: NOW });
    expect(store.search('en', 'rallied').articles.map((a) => a.slug)).toEqual(['bok-rate']);
    write('articles/bok-rate/en.md', story({ title: 'BOK holds rate', section: 'business', status: 'draft', body: 'Markets rallied.' }));
    store.sync({ nowMs: NOW });
    expect(store.getPublicStory('bok-rate', 'en')).toBeUndefined();
    expect(store.getStory('bok-rate', 'en')?.status).toBe('draft');
    expect(store.listPublic('en', { section: 'business' })).toEqual({ articles: [], total: 0 });
    expect(store.search('en', 'rallied').articles).toEqual([]);
    fs.rmSync(path.join(root, 'content', 'articles', 'kim-train'), { recursive: true });
    const result = store.sync({ nowMs: NOW });
    expect(result.removed.sort()).toEqual([path.join('articles', 'kim-train', 'en.md'), path.join('articles', 'kim-train', 'ko.md')]);
    expect(store.getStory('kim-train', 'en')).toBeUndefined();
    expect(store.listPublic('en', { tag: 'russia' }).total).toBe(0);
    expect(store.search('ko', '김정은').articles).toEqual([]);
  });

  it('keeps the last good version of a story whose edit breaks it, and reports the problem with its line', () => {
    store.sync({ nowMs: NOW });
    write('articles/kim-train/en.md', story({ title: 'Kim arrives', section: 'no-such-section' }));
    const result = store.sync({ nowMs: NOW });
    expect(result.failed).toEqual([path.join('articles', 'kim-train', 'en.md')]);
    expect(store.getPublicStory('kim-train', 'en')?.title).toBe('Kim boards train to Khabarovsk');
    expect(store.problems()).toContainEqual(
      expect.objectContaining({ severity: 'error', file: path.join('content', 'articles', 'kim-train', 'en.md'), line: 3, field: 'section', message: expect.stringContaining('unknown section "no-such-section"') }),
    );
    // Mended: the new version is indexed and the problem is gone.
    write('articles/kim-train/en.md', story({ title: 'Kim arrives' }));
    store.sync({ nowMs: NOW });
    expect(store.getPublicStory('kim-train', 'en')?.title).toBe('Kim arrives');
    expect(store.problems().filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('changes the problems stamp when a broken edit is followed by another, differently broken one', () => {
    store.sync({ nowMs: NOW });
    write('articles/kim-train/en.md', story({ title: 'Kim arrives', section: 'nowhere-a' }));
    store.sync({ nowMs: NOW });
    const first = store.problemsStamp();
    write('articles/kim-train/en.md', story({ title: 'Kim arrives', section: 'nowhere-b' }));
    store.sync({ nowMs: NOW });
    expect(store.problems()).toContainEqual(expect.objectContaining({ field: 'section', message: expect.stringContaining('"nowhere-b"') }));
    // No new generation, the same number of problems: what is kept for the stamp must still be read again.
    expect(store.problemsStamp()).not.toBe(first);
  });

  it('never publishes a broken new story', () => {
    store.sync({ nowMs: NOW });
    write('articles/broken/en.md', '---\ntitle: [unclosed\n---\nText.\n');
    const result = store.sync({ nowMs: NOW });
    expect(result.failed).toEqual([path.join('articles', 'broken', 'en.md')]);
    expect(store.getStory('broken', 'en')).toBeUndefined();
    expect(store.problems().some((p) => p.file.endsWith(path.join('broken', 'en.md')) && p.severity === 'error')).toBe(true);
  });

  it('keeps the last good sections when sections.yaml breaks, and rechecks stories when a section goes', () => {
    store.sync({ nowMs: NOW });
    write('sections.yaml', '- id: [broken');
    store.sync({ nowMs: NOW });
    expect(store.sections().map((s) => s.id)).toEqual(['north-korea', 'business']);
    expect(store.problems().some((p) => p.file === path.join('content', 'sections.yaml'))).toBe(true);
    write('sections.yaml', SECTIONS.split('- id: business')[0]!);
    store.sync({ nowMs: NOW });
    expect(store.sections().map((s) => s.id)).toEqual(['north-korea']);
    // The business story keeps its last good version; its file is named in the problem.
    expect(store.getPublicStory('bok-rate', 'en')).toBeDefined();
    expect(store.problems()).toContainEqual(expect.objectContaining({ file: path.join('content', 'articles', 'bok-rate', 'en.md'), field: 'section' }));
    // The section back: the problem goes with it.
    write('sections.yaml', SECTIONS);
    store.sync({ nowMs: NOW });
    expect(store.problems().filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('publishes a story whose unknown author gets a file, without reading the other stories again', () => {
    store.sync({ nowMs: NOW });
    write('articles/new-byline/en.md', story({ title: 'A new byline' }).replace('[yonhap]', '[kim-seo-yeon]'));
    store.sync({ nowMs: NOW });
    expect(store.getStory('new-byline', 'en')).toBeUndefined();
    write('authors/kim-seo-yeon.yaml', 'kind: staff\nname: { en: Kim Seo-yeon, ko: 김서연 }\nrole: { en: Reporter, ko: 기자 }\n');
    const result = store.sync({ nowMs: NOW });
    expect(result.changed).toEqual([path.join('articles', 'new-byline', 'en.md')]);
    expect(store.getPublicStory('new-byline', 'en')?.authors).toEqual(['kim-seo-yeon']);
  });

  it('reports a translator whose author file goes, against the translation’s file, until it is back', () => {
    const KIM = 'kind: staff\nname: { en: Kim Seo-yeon, ko: 김서연 }\nrole: { en: Reporter, ko: 기자 }\n';
    write('authors/kim-seo-yeon.yaml', KIM);
    write('articles/kim-train/ko.md', story({ title: '김정은, 하바롭스크행 열차 탑승' }).replace('authors: [yonhap]', 'authors: [yonhap]\ntranslatedFrom: en\ntranslatedBy: [kim-seo-yeon]'));
    store.sync({ nowMs: NOW });
    expect(store.getPublicStory('kim-train', 'ko')?.translatedBy).toEqual(['kim-seo-yeon']);
    expect(store.problems().filter((p) => p.severity === 'error')).toEqual([]);
    fs.rmSync(path.join(root, 'content', 'authors', 'kim-seo-yeon.yaml'));
    store.sync({ nowMs: NOW });
    expect(store.problems().filter((p) => p.severity === 'error')).toEqual([
      expect.objectContaining({ file: path.join('content', 'articles', 'kim-train', 'ko.md'), field: 'translatedBy', message: 'unknown author "kim-seo-yeon": expected a file authors/kim-seo-yeon.yaml' }),
    ]);
    // The translation keeps its last good version meanwhile.
    expect(store.getPublicStory('kim-train', 'ko')).toBeDefined();
    write('authors/kim-seo-yeon.yaml', KIM);
    store.sync({ nowMs: NOW });
    expect(store.problems().filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('lifts an embargo with a new generation at its time, and shows nothing of the story before', () => {
    write('articles/embargoed/en.md', story({ title: 'Embargoed summit', publishedAt: '2024-01-01T07:00:00+09:00', body: 'Embargoedword.' }));
    const due = Date.parse('2024-01-01T07:00:00+09:00');
    store.sync({ nowMs: due - 1000 });
    expect(store.getPublicStory('embargoed', 'en')).toBeUndefined();
    expect(store.listPublic('en', {}).articles.map((a) => a.slug)).not.toContain('embargoed');
    expect(store.search('en', 'embargoedword').articles).toEqual([]);
    expect(store.nextEmbargoMs()).toBe(due);
    expect(store.advance(due - 1)).toBeUndefined();
    const lifted = store.advance(due);
    expect(lifted).toEqual({ n: 2, nowMs: due });
    expect(store.getPublicStory('embargoed', 'en')?.title).toBe('Embargoed summit');
    expect(store.search('en', 'embargoedword').articles.map((a) => a.slug)).toEqual(['embargoed']);
    expect(store.nextEmbargoMs()).toBeUndefined();
  });

  it('lists a tag, an author and a section newest first, a page at a time', () => {
    write('articles/bok-rate/ko.md', story({ title: '한은 기준금리 동결', section: 'business', publishedAt: '2023-10-19T10:00:00+09:00', tags: ['러시아'] }));
    store.sync({ nowMs: NOW });
    expect(store.listPublic('ko', { tag: '러시아' }).articles.map((a) => a.slug)).toEqual(['bok-rate', 'kim-train']);
    expect(store.tagLabel('ko', '러시아')).toBe('러시아');
    expect(store.listPublic('en', { author: 'yonhap' }, { limit: 1 })).toMatchObject({ total: 2, articles: [{ slug: 'bok-rate' }] });
    expect(store.listPublic('en', { author: 'yonhap' }, { limit: 1, offset: 1 }).articles.map((a) => a.slug)).toEqual(['kim-train']);
    expect(store.listPublic('en', { section: 'north-korea' }).articles.map((a) => a.slug)).toEqual(['kim-train']);
  });

  it('searches Korean inside words however compounds are spaced, and refuses scattered pieces', () => {
    store.sync({ nowMs: NOW });
    expect(store.search('ko', '김정은').articles.map((a) => a.slug)).toEqual(['kim-train']);
    expect(store.search('ko', '북러 정상회담').articles.map((a) => a.slug)).toEqual(['kim-train']);
    expect(store.search('ko', '정상열차').articles).toEqual([]);
    expect(store.search('en', 'summits').articles).toEqual([]);
    expect(store.search('en', 'rally').articles.map((a) => a.slug)).toEqual(['bok-rate']);
    // Quotes and FTS5 operators in a query are words, never syntax.
    expect(store.search('en', '"Markets" OR NEAR(x y) *').articles).toEqual([]);
  });

  it('ranks headline matches first in best-match order, newest first in newest order', () => {
    write('articles/markets-old/en.md', story({ title: 'Markets week', section: 'business', publishedAt: '2023-01-01T10:00:00+09:00', body: 'Quiet.' }));
    store.sync({ nowMs: NOW });
    expect(store.search('en', 'markets').articles.map((a) => a.slug)).toEqual(['markets-old', 'bok-rate']);
    expect(store.search('en', 'markets', { order: 'newest' }).articles.map((a) => a.slug)).toEqual(['bok-rate', 'markets-old']);
  });

  it('finds a longer Korean word only where it is written, across a space but not across a full stop', () => {
    write('articles/apart/ko.md', story({ title: '정상 간 회담', tags: ['러시아'], body: '북러. 러시아 측은 말했다. 김정은 위원장은 푸틴과 만났다.' }));
    store.sync({ nowMs: NOW });
    expect(store.search('ko', '위원장은푸틴').articles.map((a) => a.slug)).toEqual(['apart']);
    expect(store.search('ko', '북러정상회담').articles.map((a) => a.slug)).toEqual(['kim-train']);
    expect(store.search('ko', '정상회담').articles.map((a) => a.slug)).toEqual(['kim-train']);
    expect(store.search('ko', '북러시아').articles).toEqual([]);
    expect(store.search('ko', '김정은푸틴').articles).toEqual([]);
  });

  it('pages through matches, and looks only at the newest ones when a word is everywhere', () => {
    for (let day = 1; day <= 5; day++) {
      write(`articles/brief-${day}/en.md`, story({ title: day === 1 ? 'Briefing on briefings' : `Day ${day}`, publishedAt: `2023-11-0${day}T09:00:00+09:00`, body: 'A briefing.' }));
    }
    store.sync({ nowMs: NOW });
    const newest = (options: { offset?: number; limit?: number; window?: number }) => store.search('en', 'briefing', { order: 'newest', ...options });
    expect(newest({ limit: 2 })).toMatchObject({ total: 5, more: false, articles: [{ slug: 'brief-5' }, { slug: 'brief-4' }] });
    expect(newest({ offset: 4, limit: 2 }).articles.map((a) => a.slug)).toEqual(['brief-1']);
    expect(newest({ offset: 5 })).toMatchObject({ total: 5, articles: [] });
    // The oldest story has the word in its headline: first among all five, unranked beyond the newest three.
    expect(store.search('en', 'briefing').articles[0]?.slug).toBe('brief-1');
    const windowed = store.search('en', 'briefing', { window: 3 });
    expect(windowed).toMatchObject({ total: 3, more: true });
    expect(windowed.articles.map((a) => a.slug).sort()).toEqual(['brief-3', 'brief-4', 'brief-5']);
    expect(newest({ window: 3, offset: 2 })).toMatchObject({ total: 3, more: true, articles: [{ slug: 'brief-3' }] });
  });

  it('answers any query, however hostile or long, with results or none, never an error', () => {
    store.sync({ nowMs: NOW });
    const hostile = ['"', '""', "'", '*', 'NEAR(', 'NEAR(kim train, 1)', 'kim OR rate', 'kim AND NOT train', '-kim', 'title:kim', '^kim', '{title dek}: kim', 'kim + train', '(', ')', '\\', '\0', '\u0000', '\ud800', '🇰🇷', '%', "'; DROP TABLE stories; --", 'x'.repeat(10_000), '가'.repeat(5000), 'kim '.repeat(2000)];
    for (const query of hostile) {
      for (const locale of ['en', 'ko'] as const) {
        for (const order of ['best', 'newest'] as const) expect(() => store.search(locale, query, { order }), query.slice(0, 20)).not.toThrow();
      }
    }
    expect(store.search('en', 'NEAR(kim train, 1)').articles.map((a) => a.slug)).toEqual([]);
    expect(store.search('en', '"Kim" -train*').articles.map((a) => a.slug)).toEqual(['kim-train']);
    expect(store.listPublic('en', {}).total).toBe(2);
  });

  it('takes a story down when its broken edit still says draft, and keeps the last good body otherwise', () => {
    store.sync({ nowMs: NOW });
    write('articles/kim-train/en.md', story({ title: 'Kim arrives', status: 'draft' }).replace('[yonhap]', '[nobody]'));
    const withdrawn = store.sync({ nowMs: NOW });
    expect(store.getStory('kim-train', 'en')).toBeUndefined();
    // Taken down: a new generation, so what readers were shown of it is made again.
    expect(withdrawn.generation.n).toBe(2);
    write('articles/bok-rate/en.md', story({ title: 'BOK holds rate', section: 'business', body: 'An unreviewed new paragraph.' }).replace('title:', 'title: [unclosed\nx:'));
    store.sync({ nowMs: NOW });
    expect(store.storyMarkdown('bok-rate', 'en')).toContain('The Bank of Korea held its rate.');
  });

  it('keeps every story when the articles folder vanishes for a moment', () => {
    store.sync({ nowMs: NOW });
    fs.renameSync(path.join(root, 'content', 'articles'), path.join(root, 'content', 'articles-moving'));
    store.sync({ nowMs: NOW });
    expect(store.counts()).toEqual({ en: 2, ko: 1 });
    expect(store.problems().some((p) => p.message.includes('articles folder is missing or empty'))).toBe(true);
  });

  it('reports a far-off year as a problem instead of indexing it', () => {
    store.sync({ nowMs: NOW });
    write('articles/typo-year/en.md', story({ title: 'Typo year', publishedAt: '2205-01-01T00:00:00+09:00' }));
    expect(store.sync({ nowMs: NOW }).failed).toEqual([path.join('articles', 'typo-year', 'en.md')]);
    expect(store.problems()).toContainEqual(expect.objectContaining({ field: 'publishedAt', message: expect.stringContaining('check the year') }));
  });

  it('sees a file rewritten with the same size and modification time (as rsync -a or cp -p leave it)', () => {
    store.sync({ nowMs: NOW });
    const file = path.join(root, 'content', 'articles', 'kim-train', 'en.md');
    const { mtime, atime } = fs.statSync(file);
    const text = fs.readFileSync(file, 'utf8').replace('2023-09-14T21:52:00+09:00', '2023-09-15T21:52:00+09:00');
    fs.writeFileSync(`${file}.new`, text);
    fs.renameSync(`${file}.new`, file);
    fs.utimesSync(file, atime, mtime);
    store.sync({ nowMs: NOW });
    expect(store.getStory('kim-train', 'en')?.publishedAt).toBe('2023-09-15T21:52:00+09:00');
  });

  it('is the same after a writer is killed in the middle of a sync: nothing half-written, nothing lost', () => {
    store.sync({ nowMs: NOW });
    for (let i = 0; i < 300; i++) write(`articles/bulk-${i}/en.md`, story({ title: `Bulk story ${i}`, body: `Bulk text ${i}.` }));
    // A separate process syncs the same index and is killed at once, mid-transaction or not.
    const script = `
      import { ContentStore } from ${JSON.stringify(path.join(import.meta.dirname, 'store.ts'))};
      const store = new ContentStore(${JSON.stringify(indexFile())}, ${JSON.stringify(paths())});
      setTimeout(() => process.kill(process.pid, 'SIGKILL'), 150);
      store.sync({ nowMs: ${NOW} });
      process.kill(process.pid, 'SIGKILL');`;
    const killed = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(killed.signal).toBe('SIGKILL');
    const reopened = new ContentStore(indexFile(), paths());
    try {
      // Either the killed sync committed whole or not at all: the first three stories are there.
      const before = reopened.listPublic('en', {}).total;
      expect([2, 302]).toContain(before);
      reopened.sync({ nowMs: NOW });
      expect(reopened.listPublic('en', {}).total).toBe(302);
      expect(reopened.search('en', 'bulk').total).toBe(300);
    } finally {
      reopened.close();
    }
  }, 60_000);
});

describe('syncing with a parser of its own (worker threads in the server and content:check)', () => {
  /** Parses on this thread, counting the files it is given; fails on batch `failOn` (1-based). */
  function countingParser(failOn?: number) {
    const seen: string[] = [];
    let batches = 0;
    const make = (lists: StoryLists): StoryParser => {
      const inline = inlineParser(paths(), lists);
      return {
        async parse(files) {
          batches += 1;
          if (batches === failOn) throw new Error('the parser was stopped');
          seen.push(...files.map((f) => `${f.slug}/${f.locale}`));
          return inline.parse(files);
        },
        close: async () => {},
      };
    };
    return { make, seen, batches: () => batches };
  }

  function bulk(n: number) {
    for (let i = 0; i < n; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      write(`articles/bulk-${i}/en.md`, story({ title: `Bulk story ${i}`, publishedAt: `2023-0${1 + (i % 9)}-${day}T09:00:00+09:00`, body: `Bulk text number ${i}.` }));
    }
  }

  it('indexes what sync indexes, batch by batch, with the same search results', async () => {
    bulk(40);
    const parser = countingParser();
    const result = await store.syncWith(parser.make, { nowMs: NOW, batch: 7 });
    expect(result.changed).toHaveLength(43);
    expect(result.generation).toEqual({ n: 1, nowMs: NOW });
    expect(parser.batches()).toBe(7);
    const other = new ContentStore(path.join(root, 'index', 'other.sqlite'), paths());
    try {
      other.sync({ nowMs: NOW });
      expect(store.listPublic('en', {}, { limit: 100 })).toEqual(other.listPublic('en', {}, { limit: 100 }));
      expect(store.search('en', 'bulk', { limit: 100 })).toEqual(other.search('en', 'bulk', { limit: 100 }));
      expect(store.search('ko', '정상회담')).toEqual(other.search('ko', '정상회담'));
    } finally {
      other.close();
    }
  });

  it('keeps a first build invisible until it is whole, and resumes where a stopped one left off', async () => {
    bulk(30);
    const stopped = countingParser(3);
    await expect(store.syncWith(stopped.make, { nowMs: NOW, batch: 10 })).rejects.toThrow('the parser was stopped');
    // Two batches were written and committed, but no generation: nothing is public yet.
    expect(store.generation().n).toBe(0);
    expect(store.listPublic('en', {}).total).toBe(0);
    const resumed = countingParser();
    const result = await store.syncWith(resumed.make, { nowMs: NOW, batch: 10 });
    expect(resumed.seen).toHaveLength(33 - stopped.seen.length);
    expect(new Set([...stopped.seen, ...resumed.seen]).size).toBe(33);
    expect(result.generation.n).toBe(1);
    expect(store.listPublic('en', {}).total).toBe(32);
    expect(store.search('en', 'bulk').total).toBe(30);
  });

  it('writes a later change in one transaction: stopped half way, readers keep the last generation whole', async () => {
    store.sync({ nowMs: NOW });
    bulk(30);
    await expect(store.syncWith(countingParser(2).make, { nowMs: NOW, batch: 10 })).rejects.toThrow('the parser was stopped');
    expect(store.generation().n).toBe(1);
    expect(store.listPublic('en', {}).total).toBe(2);
    // Nothing of it was kept: the next sync reads all of it again.
    expect((await store.syncWith(countingParser().make, { nowMs: NOW })).changed).toHaveLength(30);
    expect(store.listPublic('en', {}).total).toBe(32);
  });

  it('loads a large first build in bulk: listing indexes made and search merged at its end, also after a stop', async () => {
    bulk(30);
    const schema = () => {
      const db = new DatabaseSync(indexFile(), { readOnly: true });
      try {
        const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'stor%'").all() as { name: string }[]).map((r) => r.name);
        return { names: names.sort(), bulk: db.prepare("SELECT 1 FROM meta WHERE key = 'bulk-load'").get() !== undefined };
      } finally {
        db.close();
      }
    };
    const made = ['stories_newest', 'stories_search_key', 'stories_section', 'stories_sitemap', 'stories_state', 'story_authors_listing', 'story_tags_listing'];
    await expect(store.syncWith(countingParser(3).make, { nowMs: NOW, batch: 10, bulkFrom: 10 })).rejects.toThrow('the parser was stopped');
    // Stopped half way: the listing indexes are not there yet (the search key's is: it is checked on every insert).
    expect(schema()).toEqual({ names: ['stories_search_key'], bulk: true });
    // Whatever sync comes next finishes it.
    expect(store.sync({ nowMs: NOW }).generation.n).toBe(1);
    expect(schema()).toEqual({ names: made, bulk: false });
    const other = new ContentStore(path.join(root, 'index', 'other.sqlite'), paths());
    try {
      other.sync({ nowMs: NOW });
      expect(store.listPublic('en', {}, { limit: 100 })).toEqual(other.listPublic('en', {}, { limit: 100 }));
      expect(store.listPublic('en', { tag: 'russia' }, { limit: 100 })).toEqual(other.listPublic('en', { tag: 'russia' }, { limit: 100 }));
      expect(store.search('en', 'bulk', { limit: 100 })).toEqual(other.search('en', 'bulk', { limit: 100 }));
      expect(store.search('en', 'bulk', { limit: 100, order: 'newest' })).toEqual(other.search('en', 'bulk', { limit: 100, order: 'newest' }));
    } finally {
      other.close();
    }
    // Later syncs merge as they go, as before.
    write('articles/bulk-late/en.md', story({ title: 'Bulk story late', body: 'Bulk text, later.' }));
    expect((await store.syncWith(countingParser().make, { nowMs: NOW })).changed).toEqual([path.join('articles', 'bulk-late', 'en.md')]);
    expect(store.search('en', 'bulk').total).toBe(31);
  });

  it('lets one sync write at a time', async () => {
    bulk(5);
    const running = store.syncWith(countingParser().make, { nowMs: NOW, batch: 2 });
    expect(() => store.sync({ nowMs: NOW })).toThrow('being written by another sync');
    await running;
    expect(store.sync({ nowMs: NOW }).changed).toEqual([]);
  });
});

describe('a first build that a publish of a few story folders reaches first', () => {
  it('reads the whole folder: a generation is never made from part of an archive', async () => {
    for (let i = 0; i < 20; i++) write(`articles/cold-${i}/en.md`, story({ title: `Cold story ${i}`, body: `Cold text ${i}.` }));
    const stop = (): StoryParser => ({ parse: () => Promise.reject(new Error('the build was stopped')), close: async () => {} });
    await expect(store.syncWith(stop, { nowMs: NOW, batch: 5 })).rejects.toThrow('the build was stopped');
    // The watcher's next publish names one folder (or none, to settle): the whole archive is read.
    const result = await store.syncWith((lists) => inlineParser(paths(), lists), { nowMs: NOW, only: ['kim-train'] });
    expect(result.generation.n).toBe(1);
    expect(store.listPublic('en', {}, { limit: 100 }).total).toBe(22);
    expect(store.sync({ nowMs: NOW, only: [] }).changed).toEqual([]);
  });
});

describe('a sync that fails after its commit', () => {
  it('says why, not that there was nothing to roll back, and leaves the index usable', async () => {
    // ANALYZE runs after the commit and can fail on its own (another process holding the write lock).
    const analyze = (store as unknown as { analyzeWhenGrown: () => void }).analyzeWhenGrown;
    (store as unknown as { analyzeWhenGrown: () => void }).analyzeWhenGrown = () => {
      throw new Error('database is locked');
    };
    await expect(store.syncWith((lists) => inlineParser(paths(), lists), { nowMs: NOW })).rejects.toThrow('database is locked');
    write('articles/kim-train/en.md', story({ title: 'Kim arrives in Khabarovsk' }));
    expect(() => store.sync({ nowMs: NOW })).toThrow('database is locked');
    (store as unknown as { analyzeWhenGrown: () => void }).analyzeWhenGrown = analyze;
    expect(store.generation().n).toBe(2);
    expect(store.sync({ nowMs: NOW }).changed).toEqual([]);
  });
});

describe('a story file gone between the scan and its reading', () => {
  it('is that file’s problem, not the whole sync’s (a build of minutes meets an editor’s rename)', async () => {
    const gone = path.join(root, 'content', 'articles', 'bok-rate', 'en.md');
    const result = await store.syncWith(
      (lists) => {
        const inline = inlineParser(paths(), lists);
        return {
          parse: (files) => {
            fs.rmSync(gone);
            return inline.parse(files);
          },
          close: async () => {},
        };
      },
      { nowMs: NOW },
    );
    expect(result.failed).toEqual([path.join('articles', 'bok-rate', 'en.md')]);
    expect(result.changed).toHaveLength(2);
    expect(store.problems()).toContainEqual(expect.objectContaining({ file: path.join('content', 'articles', 'bok-rate', 'en.md'), severity: 'error', field: 'file' }));
    // The next sync sees it gone.
    expect(store.sync({ nowMs: NOW }).removed).toEqual([path.join('articles', 'bok-rate', 'en.md')]);
    expect(store.problems().filter((p) => p.file.includes('bok-rate'))).toEqual([]);
  });
});

describe('a long sync read on this thread (no worker threads)', () => {
  it('lets the thread answer between batches, not only during the scan', async () => {
    for (let i = 0; i < 30; i++) write(`articles/inline-${i}/en.md`, story({ title: `Inline story ${i}`, body: `Inline text ${i}.` }));
    let ticks = 0;
    let done = false;
    const tick = () => {
      ticks += 1;
      if (!done) setImmediate(tick);
    };
    setImmediate(tick);
    const seen: number[] = [];
    try {
      await store.syncWith((lists) => inlineParser(paths(), lists), { nowMs: NOW, batch: 5, onProgress: (n) => n > 0 && seen.push(ticks) });
    } finally {
      done = true;
    }
    expect(seen).toHaveLength(7);
    // An answer (here, a tick) got in between every two batches.
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1]!);
  });
});

describe('what the index keeps about the archive as a whole', () => {
  const TAGS = ['Alpha', 'Beta', 'Gamma', 'Delta'];
  const SLUGS = Array.from({ length: 10 }, (_, i) => `story-${i}`);

  /** What every listing count should be: each listing's own total, as a reader pages through it. */
  function expectedCounts(kind: 'section' | 'tag' | 'author', locale: 'en' | 'ko') {
    // This test's tags and the ones the folder starts with.
    const tags = [...TAGS, 'Kim Jong-un', 'Russia', 'Markets', '김정은', '러시아'];
    const keys = { section: ['north-korea', 'business'], tag: tags.map(tagSlug), author: ['yonhap'] }[kind];
    return keys
      .map((key) => ({ key, count: store.listPublic(locale, { [kind]: key } as { tag: string }).total }))
      .filter((c) => c.count > 0)
      .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  }

  function expectCountsRight(step: string) {
    for (const locale of ['en', 'ko'] as const) {
      for (const kind of ['section', 'tag', 'author'] as const) {
        const kept = store.listingCounts(kind, locale);
        expect(kept.map(({ key, count }) => ({ key, count })), `${step}: ${kind} counts (${locale})`).toEqual(expectedCounts(kind, locale));
        // When each listing last changed: never before its newest public story did.
        for (const { key, changedMs } of kept) {
          const newest = Math.max(...store.listPublic(locale, { [kind]: key } as { tag: string }, { limit: 1000 }).articles.map((a) => Date.parse(a.updatedAt ?? a.publishedAt)));
          expect(changedMs, `${step}: ${kind} ${key} changed`).toBeGreaterThanOrEqual(newest);
        }
      }
      expect(store.counts()[locale], `${step}: public count (${locale})`).toBe(store.listPublic(locale, {}).total);
    }
  }

  it('counts every listing as its pages do, through publishes, corrections, takedowns, embargoes and a clock set back', () => {
    // A small deterministic generator (seeded), so a failure names a step that can be replayed.
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    let now = NOW;
    for (let step = 0; step < 120; step++) {
      const slug = SLUGS[random(SLUGS.length)]!;
      const locale = random(2) === 0 ? 'en' : 'ko';
      const file = path.join(root, 'content', 'articles', slug, `${locale}.md`);
      const action = random(10);
      if (action < 6) {
        // Published an hour or two either side of now: some go live later, by advance or a sync.
        const publishedAt = new Date(now + (random(5) - 3) * 3_600_000).toISOString();
        const tags = TAGS.filter(() => random(2) === 0);
        write(`articles/${slug}/${locale}.md`, story({ title: `Story ${step}`, publishedAt, section: random(2) ? 'business' : 'north-korea', tags, status: random(6) === 0 ? 'draft' : undefined }));
      } else if (action < 8) {
        fs.rmSync(file, { force: true });
      } else if (action < 9) {
        now += 3_600_000;
        store.advance(now);
        expectCountsRight(`step ${step} (advance)`);
        continue;
      } else {
        // A clock set back an hour (a test or a machine's clock): counts follow the earlier now.
        now -= 3_600_000;
      }
      store.sync({ nowMs: now });
      expectCountsRight(`step ${step}`);
    }
  });

  it('counts a story published before 1970 from the first build on, and takes it off when it goes', async () => {
    write('articles/armistice/en.md', story({ title: 'Armistice signed', publishedAt: '1953-07-27T10:00:00+09:00', section: 'north-korea', tags: ['History'] }));
    await store.syncWith((lists) => inlineParser(paths(), lists), { nowMs: NOW });
    expect(store.listingCounts('tag', 'en')).toContainEqual(expect.objectContaining({ key: 'history', count: 1 }));
    expect(store.counts().en).toBe(store.listPublic('en', {}).total);
    fs.rmSync(path.join(root, 'content', 'articles', 'armistice'), { recursive: true });
    store.sync({ nowMs: NOW });
    expect(store.listingCounts('tag', 'en').map((c) => c.key)).not.toContain('history');
    expect(store.counts().en).toBe(2);
  });

  it('keeps the one-language warning per story folder as its files come and go', () => {
    store.sync({ nowMs: NOW });
    const oneLanguage = () =>
      store
        .problems()
        .filter((p) => p.message.includes('in one language only'))
        .map((p) => p.file);
    expect(oneLanguage()).toEqual([path.join('content', 'articles', 'bok-rate', 'en.md')]);
    write('articles/bok-rate/ko.md', story({ title: '한은 기준금리 동결', section: 'business' }));
    fs.rmSync(path.join(root, 'content', 'articles', 'kim-train', 'en.md'));
    store.sync({ nowMs: NOW });
    expect(oneLanguage()).toEqual([path.join('content', 'articles', 'kim-train', 'ko.md')]);
    // A watcher's sync of one folder keeps the others' warnings.
    write('articles/kim-train/en.md', story({ title: 'Kim boards train' }));
    store.sync({ nowMs: NOW, only: ['kim-train'] });
    expect(oneLanguage()).toEqual([]);
  });

  it('builds an index of another schema again from the folder', () => {
    store.sync({ nowMs: NOW });
    store.close();
    const db = new DatabaseSync(indexFile());
    db.exec(`UPDATE meta SET value = '${SCHEMA_VERSION - 1}' WHERE key = 'schema'`);
    db.close();
    store = new ContentStore(indexFile(), paths());
    expect(store.generation().n).toBe(0);
    expect(store.sync({ nowMs: NOW }).changed).toHaveLength(3);
    expect(store.listingCounts('tag', 'en').map((c) => c.key).sort()).toEqual(['kim-jong-un', 'markets', 'russia']);
  });

  it('warns, naming the file and line, when a story’s two versions do not pair paragraph by paragraph, until a marker pairs them', () => {
    const paragraphs = ['The first paragraph, about the train and where it went on Thursday.', 'A second paragraph, long enough to stand on its own as a paragraph.', 'A third one that the Korean version joins to the second one.', 'The last paragraph of the story.'];
    write('articles/kim-train/en.md', story({ title: 'Kim boards train', body: paragraphs.join('\n\n') }));
    write('articles/kim-train/ko.md', story({ title: '김정은 열차', body: ['첫 문단, 목요일 열차가 향한 곳에 관한 이야기다.', '둘째 문단은 혼자 설 만큼 길다. 셋째 문단을 이어 붙였다, 한국어판에서.', '마지막 문단이다.'].join('\n\n') }));
    store.sync({ nowMs: NOW });
    const pairing = () => store.problems().filter((p) => p.field === 'body' && p.message.includes('do not pair'));
    expect(pairing()).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: path.join('content', 'articles', 'kim-train', 'en.md'),
        line: 10,
        message: expect.stringMatching(/en\.md has 4 paragraphs and ko\.md 3.*part at paragraph 2.*<!-- \+ -->/),
      }),
    ]);
    // The marker, in the version with more paragraphs, between the two the other joins.
    write('articles/kim-train/en.md', story({ title: 'Kim boards train', body: [paragraphs[0], paragraphs[1], '<!-- + -->', paragraphs[2], paragraphs[3]].join('\n\n') }));
    store.sync({ nowMs: NOW });
    expect(pairing()).toEqual([]);
  });
});

describe('a whole-folder sync from a survey made beforehand (on a worker thread, in the server)', () => {
  it('indexes what a sync surveying as it goes indexes', async () => {
    const survey = surveyArticles(paths().contentDir);
    const result = await store.syncWith((lists) => inlineParser(paths(), lists), { nowMs: NOW, survey });
    expect(result.changed).toHaveLength(3);
    expect(store.listPublic('en', {}).articles.map((a) => a.slug)).toEqual(['bok-rate', 'kim-train']);
  });

  it('finds the same changes when it reads the stored stamps all at once (a large archive)', async () => {
    const parse = (lists: StoryLists) => inlineParser(paths(), lists);
    expect((await store.syncWith(parse, { nowMs: NOW, preloadFrom: 0 })).changed).toHaveLength(3);
    expect((await store.syncWith(parse, { nowMs: NOW, preloadFrom: 0 })).changed).toEqual([]);
    write('articles/kim-train/en.md', story({ title: 'Kim boards train, corrected' }));
    fs.rmSync(path.join(root, 'content', 'articles', 'bok-rate', 'en.md'));
    fs.writeFileSync(path.join(root, 'content', 'articles', 'kim-train', 'photo.jpg'), 'not yet a photo');
    const result = await store.syncWith(parse, { nowMs: NOW, preloadFrom: 0, survey: surveyArticles(paths().contentDir) });
    // The photo reads both language versions again; the removed file goes.
    expect(result.changed.sort()).toEqual([path.join('articles', 'kim-train', 'en.md'), path.join('articles', 'kim-train', 'ko.md')]);
    expect(result.removed).toEqual([path.join('articles', 'bok-rate', 'en.md')]);
    expect(store.getPublicStory('kim-train', 'en')?.title).toBe('Kim boards train, corrected');
    expect((await store.syncWith(parse, { nowMs: NOW, preloadFrom: 0 })).changed).toEqual([]);
  });

  it('never takes down a story that came back after the survey, nor misses one changed since', async () => {
    store.sync({ nowMs: NOW });
    // Surveyed while bok-rate was deleted; then it is written again and a watcher's sync reads it.
    fs.rmSync(path.join(root, 'content', 'articles', 'bok-rate'), { recursive: true });
    const survey = surveyArticles(paths().contentDir);
    write('articles/bok-rate/en.md', story({ title: 'BOK holds rate, again', section: 'business' }));
    store.sync({ nowMs: NOW, only: ['bok-rate'] });
    write('articles/kim-train/en.md', story({ title: 'Kim boards train, corrected' }));
    const result = await store.syncWith((lists) => inlineParser(paths(), lists), { nowMs: NOW, survey });
    expect(result.removed).toEqual([]);
    expect(store.getPublicStory('bok-rate', 'en')?.title).toBe('BOK holds rate, again');
    // kim-train's correction came after the survey: the next sync (its watcher's) reads it.
    expect(store.sync({ nowMs: NOW, only: ['kim-train'] }).changed).toEqual([path.join('articles', 'kim-train', 'en.md')]);
    expect(store.getPublicStory('kim-train', 'en')?.title).toBe('Kim boards train, corrected');
  });

  it('never brings back, as a file that cannot be read, a story taken down since the survey', async () => {
    store.sync({ nowMs: NOW });
    const survey = surveyArticles(paths().contentDir);
    // Deleted after the survey, and taken down by its watcher's sync before the whole-folder one.
    fs.rmSync(path.join(root, 'content', 'articles', 'bok-rate'), { recursive: true });
    expect(store.sync({ nowMs: NOW, only: ['bok-rate'] }).removed).toEqual([path.join('articles', 'bok-rate', 'en.md')]);
    const result = await store.syncWith((lists) => inlineParser(paths(), lists), { nowMs: NOW, survey });
    expect(result.failed).toEqual([]);
    expect(store.storyFileCount()).toBe(2);
    expect(store.problems().filter((p) => p.file.includes('bok-rate'))).toEqual([]);
  });
});
