import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_AGENCY_YAML, TEST_SECTIONS_YAML } from './testArticle';
import { loadContent, renderStoryBody, type LoadResult } from './load';
import { formatProblem, sortProblems } from './problems';

// A tiny valid JPEG header is enough for image-size; the loader never decodes pixels.
const PNG_1x1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const SECTIONS = TEST_SECTIONS_YAML;

const YONHAP = TEST_AGENCY_YAML;

const SEED_EN = `---
title: "N. Korean leader's train apparently en route to Russia's Khabarovsk"
dek: A day after the summit.
section: north-korea
authors: [yonhap]
publishedAt: 2023-09-14T21:52:00+09:00
dateline: VLADIVOSTOK, Russia
hero:
  src: /images/train.png
  alt: A green train at a platform
  caption: Kim boards his train.
  credit: Yonhap
tags: [Kim Jong-un, Russia]
---
North Korean leader Kim Jong-un's special train appears to be moving.

Second paragraph.
`;

let roots: string[] = [];
afterEach(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
  roots = [];
});

/** Writes a site folder (content/ and public/) from a map of relative paths to file contents. */
function site(files: Record<string, string | Buffer>): LoadResult {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-content-'));
  roots.push(root);
  const all: Record<string, string | Buffer> = {
    'content/sections.yaml': SECTIONS,
    'content/authors/yonhap.yaml': YONHAP,
    'public/images/train.png': PNG_1x1,
    ...files,
  };
  for (const [rel, body] of Object.entries(all)) {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, body);
  }
  lastRoot = root;
  return loadContent({ cwd: root, contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public') });
}

let lastRoot = '';
/** The rendered body of a story in the folder site() wrote last. */
function renderedBody(article: { slug: string; locale: 'en' | 'ko' }): Root {
  return renderStoryBody({ contentDir: path.join(lastRoot, 'content'), publicDir: path.join(lastRoot, 'public') }, article.slug, article.locale).tree;
}

const ONE_LANGUAGE = /the story is in one language only/;
// Sorted by file and line, as content:check and the build print them. Most tests write one
// language only: that warning has a test of its own.
const lines = (result: LoadResult) =>
  sortProblems(result.problems)
    .map(formatProblem)
    .filter((line) => !ONE_LANGUAGE.test(line));
const errors = (result: LoadResult) => sortProblems(result.problems.filter((p) => p.severity === 'error')).map(formatProblem);

function story(overrides: Record<string, string | null>, body = 'Body text.\n'): string {
  const fields: Record<string, string | null> = {
    title: '"A headline"',
    section: 'north-korea',
    authors: '[yonhap]',
    publishedAt: '"2023-09-14T21:52:00+09:00"',
    ...overrides,
  };
  const yaml = Object.entries(fields)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return `---\n${yaml}\n---\n${body}`;
}

describe('loading a valid content folder', () => {
  it('indexes each language version with its fields', () => {
    const result = site({ 'content/articles/kim-train/en.md': SEED_EN, 'content/articles/kim-train/ko.md': story({ title: '"김정은 열차"' }) });
    expect(errors(result)).toEqual([]);
    const en = result.index.articles.find((a) => a.locale === 'en');
    expect(en).toMatchObject({
      slug: 'kim-train',
      section: 'north-korea',
      authors: ['yonhap'],
      dateline: 'VLADIVOSTOK, Russia',
      tags: ['Kim Jong-un', 'Russia'],
      status: 'published',
      hero: { src: '/images/train.png', alt: 'A green train at a platform', width: 1, height: 1 },
      file: path.join('content', 'articles', 'kim-train', 'en.md'),
    });
    expect(result.index.articles.map((a) => a.locale).sort()).toEqual(['en', 'ko']);
  });

  it('keeps an unquoted date-time as the string the editor wrote, offset included', () => {
    const result = site({ 'content/articles/kim-train/en.md': SEED_EN });
    expect(result.index.articles[0]?.publishedAt).toBe('2023-09-14T21:52:00+09:00');
  });

  it('reads sections and authors with names in both languages', () => {
    const result = site({});
    expect(result.index.sections.map((s) => s.name.ko)).toEqual(['북한', '경제']);
    expect(result.index.authors.get('yonhap')).toMatchObject({ kind: 'agency', name: { en: 'Yonhap', ko: '연합뉴스' } });
  });

  it('reads who translated a version, and from which language, checking the translators like authors', () => {
    const KIM = 'kind: staff\nname: { en: Kim Seo-yeon, ko: 김서연 }\n';
    const good = site({
      'content/authors/kim-seo-yeon.yaml': KIM,
      'content/articles/kim-train/en.md': story({}),
      'content/articles/kim-train/ko.md': story({ translatedFrom: 'en', translatedBy: '[kim-seo-yeon]' }),
    });
    expect(errors(good)).toEqual([]);
    expect(good.index.articles.find((a) => a.locale === 'ko')).toMatchObject({ translatedFrom: 'en', translatedBy: ['kim-seo-yeon'] });
    expect(good.index.articles.find((a) => a.locale === 'en')?.translatedFrom).toBeUndefined();
    const bad = site({
      'content/articles/a/ko.md': story({ translatedFrom: 'ko' }),
      'content/articles/b/ko.md': story({ translatedFrom: 'en', translatedBy: '[nobody]' }),
      'content/articles/c/ko.md': story({ translatedBy: '[yonhap]' }),
      'content/articles/d/ko.md': story({ translatedFrom: 'fr' }),
    });
    expect(errors(bad)).toEqual([
      expect.stringMatching(/articles\/a\/ko\.md:\d+: translatedFrom: is this version's own language/),
      expect.stringMatching(/articles\/b\/ko\.md:\d+: translatedBy\.0: unknown author "nobody"/),
      expect.stringMatching(/articles\/c\/ko\.md:\d+: translatedBy: names translators, but translatedFrom does not say/),
      expect.stringMatching(/articles\/d\/ko\.md:\d+: translatedFrom: expected the language of the original: en or ko/),
    ]);
  });

  it('accepts a story in one language only', () => {
    const result = site({ 'content/articles/only-korean/ko.md': story({}) });
    expect(errors(result)).toEqual([]);
    expect(result.index.articles).toHaveLength(1);
  });
});

describe('reporting problems to editors', () => {
  it('reports every problem in the folder at once, one line each with file, line and field', () => {
    const result = site({
      'content/articles/first/en.md': story({ section: 'sport' }),
      'content/articles/second/en.md': story({ authors: '[yonhap, nobody]', publishedAt: '"yesterday"' }),
      'content/articles/third/ko.md': story({ title: null }),
    });
    expect(errors(result)).toEqual([
      `${path.join('content', 'articles', 'first', 'en.md')}:3: section: unknown section "sport": expected one of north-korea, business (see sections.yaml)`,
      `${path.join('content', 'articles', 'second', 'en.md')}:4: authors.1: unknown author "nobody": expected a file authors/nobody.yaml`,
      `${path.join('content', 'articles', 'second', 'en.md')}:5: publishedAt: expected an ISO 8601 date-time with offset in quotes, e.g. "2023-09-14T21:52:00+09:00"`,
      `${path.join('content', 'articles', 'third', 'ko.md')}:2: title: is required (expected string)`,
    ]);
  });

  it.each([
    ['a date without an offset', '"2023-09-14T21:52:00"'],
    ['a day that does not exist', '"2023-02-30T10:00:00+09:00"'],
    ['an hour that does not exist', '"2023-09-14T25:00:00+09:00"'],
    ['a date only', '2023-09-14'],
    ['a number', '20230914'],
  ])('refuses %s as publishedAt', (_label, value) => {
    const result = site({ 'content/articles/x/en.md': story({ publishedAt: value }) });
    expect(errors(result)).toEqual([expect.stringMatching(/:5: publishedAt: expected an ISO 8601 date-time with offset/)]);
  });

  it('refuses a hero photo without alt text, naming the field', () => {
    const result = site({
      'content/articles/x/en.md': story({ hero: '\n  src: /images/train.png\n  caption: Kim boards his train.' }),
    });
    expect(errors(result)).toEqual([expect.stringMatching(/en\.md:6: hero\.alt: is required: describe what the picture shows/)]);
  });

  it('refuses an empty alt text too', () => {
    const result = site({ 'content/articles/x/en.md': story({ hero: '\n  src: /images/train.png\n  alt: "  "' }) });
    expect(errors(result)).toEqual([expect.stringMatching(/hero\.alt: must not be empty: describe what the picture shows/)]);
  });

  it.each(['Kim-Train', 'kim_train', 'kim--train', '-kim', 'kim train'])('refuses the malformed slug "%s"', (slug) => {
    const result = site({ [`content/articles/${slug}/en.md`]: story({}) });
    expect(errors(result)).toEqual([expect.stringContaining(`slug: "${slug}" is not a valid slug`)]);
  });

  it('refuses two story folders whose slugs differ only by case', () => {
    const result = site({ 'content/articles/kim-train/en.md': story({}), 'content/articles/KIM-TRAIN/ko.md': story({}) });
    expect(errors(result)).toEqual(
      expect.arrayContaining([expect.stringMatching(/(KIM-TRAIN|kim-train): slug: duplicates the slug of .*(kim-train|KIM-TRAIN)$/)]),
    );
  });

  it('refuses a language file other than en.md or ko.md, and a loose Markdown file', () => {
    const result = site({ 'content/articles/x/fr.md': story({}), 'content/articles/loose.md': story({}) });
    expect(errors(result)).toEqual([
      expect.stringMatching(/loose\.md: file: expected a story folder/),
      expect.stringMatching(/fr\.md: file: unknown language "fr": expected en\.md or ko\.md/),
    ]);
  });

  it('accepts a time written without seconds', () => {
    const result = site({ 'content/articles/x/en.md': story({ publishedAt: '"2023-09-14T21:52+09:00"' }) });
    expect(errors(result)).toEqual([]);
  });

  it('refuses a tag written twice in different ways, or with nothing to make a URL from', () => {
    const result = site({ 'content/articles/x/en.md': story({ tags: '[Kim Jong-un, "!!"]' }) });
    expect(errors(result)).toEqual([
      expect.stringMatching(/:6: tags\.1: needs at least one letter or digit/),
    ]);
    const twice = site({ 'content/articles/x/en.md': story({ tags: '[Kim Jong-un, kim jong un]' }) });
    expect(errors(twice)).toEqual([expect.stringMatching(/:6: tags: lists a tag twice/)]);
  });

  it('refuses an author or a tag listed twice', () => {
    const result = site({ 'content/articles/x/en.md': story({ authors: '[yonhap, yonhap]', tags: '[Russia, russia]' }) });
    expect(errors(result)).toEqual([expect.stringMatching(/:4: authors: lists an author twice/), expect.stringMatching(/:6: tags: lists a tag twice/)]);
  });

  it('reports a broken sections file once, not an unknown section in every story', () => {
    const result = site({
      'content/sections.yaml': '- id: north-korea\n  name: { en: North Korea }\n',
      'content/articles/a/en.md': story({}),
      'content/articles/b/en.md': story({}),
    });
    expect(errors(result)).toEqual([expect.stringMatching(/sections\.yaml:2: 0\.name\.ko: is required/)]);
  });

  it('refuses an unknown field, pointing at its line, so typos do not pass silently', () => {
    const result = site({ 'content/articles/x/en.md': story({ publishAt: '"2023-09-14T21:52:00+09:00"' }) });
    expect(errors(result)).toEqual([expect.stringMatching(/en\.md:6: publishAt: is not a known field/)]);
  });

  it('refuses an unknown status', () => {
    const result = site({ 'content/articles/x/en.md': story({ status: 'live' }) });
    expect(errors(result)).toEqual([expect.stringMatching(/status: expected one of "published", "draft", got "live"/)]);
  });

  it('refuses updatedAt earlier than publishedAt', () => {
    const result = site({ 'content/articles/x/en.md': story({ updatedAt: '"2023-09-13T08:00:00+09:00"' }) });
    expect(errors(result)).toEqual([expect.stringMatching(/:6: updatedAt: is earlier than publishedAt/)]);
  });

  it('reports broken YAML with its line instead of throwing', () => {
    const result = site({ 'content/articles/x/en.md': '---\ntitle: "unterminated\nsection: north-korea\n---\nBody\n' });
    expect(errors(result)).toEqual([expect.stringMatching(/en\.md:\d+: frontmatter: invalid YAML/)]);
  });

  it('reports a file without frontmatter', () => {
    const result = site({ 'content/articles/x/en.md': '# Just a heading\n' });
    expect(errors(result)).toEqual([expect.stringMatching(/en\.md:1: frontmatter: expected the file to start with a "---" line/)]);
  });

  it('refuses a hero path outside public/ or on another site', () => {
    for (const src of ['../../etc/passwd.jpg', 'https://example.com/a.jpg', '/images/../../secret.png']) {
      const result = site({ 'content/articles/x/en.md': story({ hero: `\n  src: "${src}"\n  alt: A photo` }) });
      expect(errors(result)).toEqual([expect.stringMatching(/hero\.src: expected a path to an image in public\//)]);
    }
  });

  it('warns, without failing, when a hero file is missing, and drops the photo', () => {
    const result = site({ 'content/articles/x/en.md': story({ hero: '\n  src: /images/missing.jpg\n  alt: A photo' }) });
    expect(errors(result)).toEqual([]);
    expect(lines(result)).toEqual([expect.stringMatching(/:7: warning: hero\.src: image file public\/images\/missing\.jpg does not exist/)]);
    expect(result.index.articles[0]?.hero).toBeUndefined();
  });

  it('warns, without crashing, when a hero file is not an image, or differs in letter case', () => {
    const result = site({
      'public/images/notes.jpg': 'just some text',
      'content/articles/x/en.md': story({ hero: '\n  src: /images/notes.jpg\n  alt: A photo' }),
      'content/articles/y/en.md': story({ hero: '\n  src: /images/Train.png\n  alt: A photo' }),
    });
    expect(errors(result)).toEqual([]);
    expect(lines(result)).toEqual([
      expect.stringMatching(/x\/en\.md:7: warning: hero\.src: public\/images\/notes\.jpg is not a readable image/),
      expect.stringMatching(/y\/en\.md:7: warning: hero\.src: image file public\/images\/Train\.png does not exist \(names are case-sensitive\)/),
    ]);
  });

  it('accepts an upper-case image extension', () => {
    const result = site({ 'public/images/PHOTO.JPG': PNG_1x1, 'content/articles/x/en.md': story({ hero: '\n  src: /images/PHOTO.JPG\n  alt: A photo' }) });
    expect(lines(result)).toEqual([]);
  });

  it('warns, at the line and in the field, about a gloss typed in the body’s lines and outside them', () => {
    const result = site({
      'content/articles/x/en.md': story({ dek: '"The [base rate]{기준금리} held."' }, 'Body text.\n\nThe [base rate]{base rate} held.\n'),
    });
    expect(errors(result)).toEqual([]);
    expect(lines(result)).toEqual([
      expect.stringMatching(/x\/en\.md:6: warning: dek: has the gloss "\[base rate\]\{기준금리\}", which works in the story's body only/),
      expect.stringMatching(/x\/en\.md:10: warning: body: the gloss "\[base rate\]\{base rate\}" is for readers of the other language: write "base rate" in Korean/),
    ]);
  });

  it('warns when the alt text only repeats the caption', () => {
    const result = site({
      'content/articles/x/en.md': story({ hero: '\n  src: /images/train.png\n  alt: Kim boards his train\n  caption: Kim boards his train after the summit.' }),
    });
    expect(lines(result)).toEqual([expect.stringMatching(/:8: warning: hero\.alt: repeats the caption/)]);
  });

  it('warns, without failing, about a story in one language only', () => {
    const result = site({ 'content/articles/x/en.md': story({}), 'content/articles/y/en.md': story({}), 'content/articles/y/ko.md': story({}) });
    expect(errors(result)).toEqual([]);
    expect(sortProblems(result.problems).map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/articles\/x\/en\.md: warning: file: the story is in one language only: add ko\.md/),
    ]);
  });

  it('warns about a headline longer than search engines show', () => {
    const result = site({ 'content/articles/x/en.md': story({ title: `"${'word '.repeat(30).trim()}"` }) });
    expect(lines(result)).toEqual([expect.stringMatching(/:2: warning: title: is 149 characters/)]);
  });

  it('refuses a body image without alt text, with the line in the file', () => {
    const result = site({ 'content/articles/x/en.md': story({}, 'Intro.\n\n![](/images/train.png)\n') });
    expect(errors(result)).toEqual([expect.stringMatching(/en\.md:9: body: image "\/images\/train\.png" has no alt text/)]);
  });

  it('quotes the address the editor wrote in every message about a link or image', () => {
    const body = [
      'Intro.',
      '',
      '![pic](javascript:alert(1))',
      '',
      '![A chart][chart] and [click me](javascript:alert(2)), [mail](mailto:desk@example.com), [ok](https://example.com), [here](/en/section/politics), [twice][bad] [bad]',
      '',
      '[chart]: data:image/png;base64,AAAA',
      '[bad]: vbscript:msgbox',
      '',
    ].join('\n');
    const result = site({ 'content/articles/x/en.md': story({}, body) });
    expect(errors(result)).toEqual([
      'content/articles/x/en.md:9: body: image "javascript:alert(1)" must be a file in public/, e.g. /images/photo.jpg, or a photo in the story\'s folder named alone, e.g. chart.png',
      'content/articles/x/en.md:11: body: image "data:image/png;base64,AAAA" must be a file in public/, e.g. /images/photo.jpg, or a photo in the story\'s folder named alone, e.g. chart.png',
    ]);
    expect(lines(result).filter((line) => line.includes('warning'))).toEqual([
      'content/articles/x/en.md:11: warning: body: link "javascript:alert(2)" is not a web address, an email or a path on this site (javascript: is not one of http, https, irc, ircs, mailto, xmpp): readers get its text without the link',
      'content/articles/x/en.md:14: warning: body: link "vbscript:msgbox" is not a web address, an email or a path on this site (vbscript: is not one of http, https, irc, ircs, mailto, xmpp): readers get its text without the link',
    ]);
  });

  it('refuses an unknown section in sections.yaml-less folders and names the missing file', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-empty-'));
    roots.push(root);
    const result = loadContent({ cwd: root, contentDir: path.join(root, 'nothing-here'), publicDir: path.join(root, 'public') });
    expect(errors(result)).toEqual(['nothing-here: file: content folder not found (check CONTENT_DIR)']);
  });
});

describe('rendering the Markdown body', () => {
  function bodyOf(markdown: string): Root {
    const result = site({ 'content/articles/x/en.md': story({}, markdown) });
    expect(errors(result)).toEqual([]);
    return renderedBody(result.index.articles[0]!);
  }
  const html = (tree: Root) => JSON.stringify(tree);
  function find(tree: Root | Element, tagName: string): Element[] {
    const found: Element[] = [];
    for (const child of tree.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === tagName) found.push(child);
      found.push(...find(child, tagName));
    }
    return found;
  }

  it('drops raw HTML, so a script in the Markdown never reaches the page', () => {
    const tree = bodyOf('Hello <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n<iframe src="https://evil.example"></iframe>\n');
    expect(html(tree)).not.toMatch(/script|onerror|iframe|evil/);
    expect(find(tree, 'p')).toHaveLength(1);
  });

  it('removes javascript: links but keeps their text', () => {
    const tree = bodyOf('[click me](javascript:alert(1)) and [ok](https://example.com)\n');
    const links = find(tree, 'a');
    expect(links.map((a) => a.properties.href)).toEqual([undefined, 'https://example.com']);
    expect(html(tree)).toContain('click me');
    expect(html(tree)).not.toContain('javascript:');
  });

  it('turns a lone image with a title into a captioned figure with its size', () => {
    const tree = bodyOf('![A green train](/images/train.png "Kim\'s train at the station")\n');
    const [figure] = find(tree, 'figure');
    expect(figure).toBeDefined();
    expect(find(figure!, 'img')[0]?.properties).toMatchObject({ src: '/images/train.png', alt: 'A green train', width: 1, height: 1 });
    expect(JSON.stringify(find(figure!, 'figcaption'))).toContain("Kim's train at the station");
  });

  it('links footnotes to their notes, with labels in the story language', () => {
    const result = site({ 'content/articles/x/ko.md': story({}, '본문[^1]\n\n[^1]: 주석\n') });
    const tree = renderedBody(result.index.articles[0]!);
    const ids = new Set(JSON.stringify(tree).match(/"id":"[^"]+"/g)?.map((m) => m.slice(6, -1)));
    const targets = find(tree, 'a').map((a) => String(a.properties.href)).filter((h) => h.startsWith('#'));
    expect(targets.length).toBeGreaterThanOrEqual(2);
    for (const target of targets) expect(ids).toContain(target.slice(1));
    expect(JSON.stringify(tree)).toContain('각주');
  });

  it('drops task-list checkboxes and wraps tables in a labelled scrolling region', () => {
    const tree = bodyOf('- [x] done\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(find(tree, 'input')).toHaveLength(0);
    const [region] = find(tree, 'div');
    expect(region?.properties).toMatchObject({ role: 'region', tabIndex: 0, ariaLabel: 'Table (scrolls sideways)' });
    expect(find(region!, 'table')).toHaveLength(1);
  });

  it('keeps subheads, quotes, lists and tables, and demotes a body h1 to h2', () => {
    const tree = bodyOf('# Big\n\n## Sub\n\n> Quote\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(find(tree, 'h1')).toHaveLength(0);
    expect(find(tree, 'h2')).toHaveLength(2);
    expect(find(tree, 'blockquote')).toHaveLength(1);
    expect(find(tree, 'li')).toHaveLength(2);
    expect(find(tree, 'table')).toHaveLength(1);
  });
});

describe('the newsroom content folder', () => {
  it('is valid', () => {
    const cwd = path.resolve(import.meta.dirname, '../..');
    const result = loadContent({ cwd, contentDir: path.join(cwd, 'content'), publicDir: path.join(cwd, 'public') });
    expect(errors(result)).toEqual([]);
    expect(result.index.articles.some((a) => a.slug === 'kim-train-khabarovsk' && a.locale === 'ko')).toBe(true);
  });
});

describe('what an article keeps', () => {
  it('keeps only a little of the body in memory, and renders the rest on demand', () => {
    const result = site({ 'content/articles/kim-train/en.md': SEED_EN });
    const article = result.index.articles[0]!;
    expect(article).not.toHaveProperty('body');
    expect(article.firstParagraph).toBe("North Korean leader Kim Jong-un's special train appears to be moving.");
    expect(article.textStart.length).toBeLessThanOrEqual(320);
    expect(JSON.stringify(renderedBody(article))).toContain('Second paragraph.');
  });
});
