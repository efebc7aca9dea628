import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { beforeAll, describe, expect, it } from 'vitest';
import { isKnownRoute } from '@/lib/routeGate';
import { IndexGate } from './gate';
import { contentIndexFile, contentStore, getArticleBody, getArticleText, getPublishedArticle, listPublishedSlugs, prerenderedArticleParams } from './queries';

beforeAll(() => {
  process.env.CONTENT_DIR = 'e2e/fixtures/content';
  // Outside `next dev` opening the index no longer syncs it: a fresh checkout has none yet.
  contentStore().sync();
});

const UNPUBLISHED = ['desk-draft-canary', 'desk-embargo-canary'];

describe('what the build prerenders and what it leaves for later', () => {
  it('lists public stories newest first, never a draft or scheduled story', () => {
    const slugs = listPublishedSlugs();
    expect(slugs[0]).toBe('bok-holds-rate-october');
    expect(slugs).toContain('seoul-subway-fare-hike');
    for (const slug of UNPUBLISHED) expect(slugs).not.toContain(slug);
  });

  it('prerenders the newest stories in every language, however many the window allows', () => {
    expect(prerenderedArticleParams(2)).toEqual([
      { locale: 'en', slug: 'bok-holds-rate-october' },
      { locale: 'ko', slug: 'bok-holds-rate-october' },
      { locale: 'en', slug: listPublishedSlugs()[1] },
      { locale: 'ko', slug: listPublishedSlugs()[1] },
    ]);
    expect(prerenderedArticleParams(Number.POSITIVE_INFINITY)).toHaveLength(listPublishedSlugs().length * 2);
  });

  it('renders a story body only when asked, and knows its text for search', () => {
    const story = getPublishedArticle('ko', 'kim-train-khabarovsk')!;
    expect(JSON.stringify(getArticleBody(story).tree)).toContain('전용열차');
    expect(getArticleText(story)).toContain('김정은 북한 국무위원장의 전용열차가');
  });
});

describe('the proxy’s gate on the content index', () => {
  const gate = () => {
    contentStore();
    const gate = new IndexGate(contentIndexFile());
    expect(gate.ready()).toBe(true);
    return gate;
  };
  const reader = { preview: false };

  it('knows every public story, and drafts and scheduled stories only in preview', () => {
    const known = gate();
    for (const slug of listPublishedSlugs()) expect(known.story(slug, reader), slug).toBe(true);
    for (const slug of UNPUBLISHED) {
      expect(known.story(slug, reader), slug).toBe(false);
      expect(known.story(slug, { preview: true }), slug).toBe(true);
    }
    expect(known.story('no-such-story', { preview: true })).toBe(false);
  });

  it('counts the pages of each listing per language; a tag exists only in its own language', () => {
    const known = gate();
    expect(known.listingPages('section', 'en', 'business')).toBe(2);
    expect(known.listingPages('tag', 'ko', '증시')).toBe(2);
    expect(known.listingPages('tag', 'en', '증시')).toBeUndefined();
    expect(known.listingPages('author', 'en', 'park-ji-hoon')).toBe(2);
    expect(known.listingPages('section', 'en', 'no-such-section')).toBeUndefined();
    expect(known.listingPages('author', 'fr', 'park-ji-hoon')).toBeUndefined();
    expect(isKnownRoute('/ko/tag/%EC%A6%9D%EC%8B%9C/page/2', known, reader)).toBe(true);
    expect(isKnownRoute('/ko/tag/%EC%A6%9D%EC%8B%9C/page/3', known, reader)).toBe(false);
    expect(isKnownRoute('/en/article/desk-draft-canary', known, reader)).toBe(false);
  });

  it('follows an index built again as a new file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gate-'));
    const file = path.join(dir, 'index.sqlite');
    try {
      // A copy with what the write-ahead log holds too.
      const source = new DatabaseSync(contentIndexFile(), { readOnly: true });
      source.exec(`VACUUM INTO '${file.replaceAll("'", "''")}'`);
      source.close();
      const known = new IndexGate(file);
      expect(known.ready() && known.story('kim-train-khabarovsk', reader)).toBe(true);
      // The same path, another file: an empty index with one generation and no stories.
      fs.rmSync(file);
      const empty = new DatabaseSync(file);
      empty.exec("CREATE TABLE stories (slug TEXT, status TEXT, published_ms INTEGER); CREATE TABLE generations (n INTEGER PRIMARY KEY, now_ms INTEGER); INSERT INTO generations VALUES (1, 0);");
      empty.close();
      expect(known.ready()).toBe(true);
      expect(known.story('kim-train-khabarovsk', reader)).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stands aside while there is no index yet', () => {
    expect(new IndexGate('/nonexistent/index.sqlite').ready()).toBe(false);
  });
});
