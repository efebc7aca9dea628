import fs from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import { testArticle } from '@/lib/content/testArticle';
import { recentStories, renderNewsSitemap } from './newsSitemap';
import { renderSitemap, renderUrlset, sitemapPages, sitemapPart } from './sitemap';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name) });

// The newsroom content folder (CONTENT_DIR unset), SITE_URL unset.
describe('the sitemap', () => {
  const pages = sitemapPages();
  const page = (loc: string) => pages.find((p) => p.loc === `http://localhost:3000${loc}`);

  it('pairs a story’s language versions, each listing itself and English as x-default', () => {
    const en = page('/en/article/kim-train-khabarovsk');
    expect(en?.lastmod).toBe('2023-09-14T21:52:00+09:00');
    expect(en?.alternates.map((a) => `${a.hreflang} ${a.href}`)).toEqual([
      'en http://localhost:3000/en/article/kim-train-khabarovsk',
      'ko http://localhost:3000/ko/article/kim-train-khabarovsk',
      'x-default http://localhost:3000/en/article/kim-train-khabarovsk',
    ]);
    expect(page('/ko/article/kim-train-khabarovsk')?.alternates).toEqual(en?.alternates);
  });

  it('lists a one-language story once, with no alternate for the missing language', () => {
    expect(page('/en/article/fukushima-second-water-release')?.alternates.map((a) => a.hreflang)).toEqual(['en', 'x-default']);
    expect(page('/ko/article/fukushima-second-water-release')).toBeUndefined();
  });

  it('takes lastmod from updatedAt when a story was corrected', () => {
    expect(page('/en/article/samsung-q3-preliminary-earnings')?.lastmod).toBe('2023-10-11T15:05:00+09:00');
  });

  it('lists front, section, tag and author pages, and no search page', () => {
    for (const loc of ['/en', '/ko', '/en/section/business', '/ko/section/north-korea', '/en/author/yonhap', '/en/tag/russia']) {
      expect(page(loc), loc).toBeDefined();
    }
    expect(pages.some((p) => p.loc.includes('/search'))).toBe(false);
    expect(new Set(pages.map((p) => p.loc)).size).toBe(pages.length);
  });

  it('renders valid XML, and an index of parts once over the limit', () => {
    const single = parser.parse(renderSitemap());
    expect(single.urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(single.urlset.url).toHaveLength(pages.length);
    const index = parser.parse(renderSitemap({ single: 10, part: 10 }));
    expect(index.sitemapindex.sitemap).toHaveLength(Math.ceil(pages.length / 10));
    expect(index.sitemapindex.sitemap[1].loc).toBe('http://localhost:3000/sitemaps/2.xml');
  });

  it('escapes every value it writes, so the XML parses back to what was given', () => {
    const loc = 'https://example.org/en/tag/r&d?<"x">\'';
    const written = renderUrlset([{ loc, lastmod: '2023-09-14T21:52:00+09:00', alternates: [{ hreflang: 'en"', href: `${loc}&y` }] }]);
    expect(XMLValidator.validate(written)).toBe(true);
    const url = parser.parse(written).urlset.url[0];
    expect(url.loc).toBe(loc);
    expect(url['xhtml:link'][0]['@href']).toBe(`${loc}&y`);
    expect(url['xhtml:link'][0]['@hreflang']).toBe('en"');
  });

  it('cuts the pages into parts that together hold every page once, in order, across the runs', () => {
    for (const limit of [1, 7, 10]) {
      const count = Math.ceil(pages.length / limit);
      const cut = { single: limit, part: limit };
      const parts = Array.from({ length: count }, (_, i) => sitemapPart(i + 1, cut));
      expect(parts.flatMap((part) => part!.map((p) => p.loc))).toEqual(pages.map((p) => p.loc));
      expect(sitemapPart(count + 1, cut)).toBeUndefined();
      expect(sitemapPart(0, cut)).toBeUndefined();
    }
    // Parts smaller than what one file may hold, once past it.
    const size = pages.length;
    const cut = { single: size - 1, part: 3 };
    expect(Array.from({ length: Math.ceil(size / 3) }, (_, i) => sitemapPart(i + 1, cut)!.length).reduce((a, b) => a + b, 0)).toBe(size);
    expect(sitemapPart(Math.ceil(size / 3) + 1, cut)).toBeUndefined();
    // One file holds them all: there are no parts.
    expect(sitemapPart(1)).toBeUndefined();
  });
});

const story = (slug: string, publishedAt: string, title = slug) => testArticle(slug, { publishedAt, title });

describe('the Google News sitemap', () => {
  const now = new Date('2023-09-16T12:00:00+09:00');

  it('holds the stories of the last 48 hours, newest first', () => {
    const stories = [
      story('too-old', '2023-09-14T11:59:00+09:00'),
      story('just-in', '2023-09-14T12:00:00+09:00'),
      story('newest', '2023-09-16T11:00:00+09:00'),
      story('future', '2023-09-16T13:00:00+09:00'),
    ];
    expect(recentStories(stories, now).map((a) => a.slug)).toEqual(['newest', 'just-in']);
  });

  it('holds at most 1,000', () => {
    const many = Array.from({ length: 1200 }, (_, i) => story(`s${i}`, '2023-09-16T10:00:00+09:00'));
    expect(recentStories(many, now)).toHaveLength(1000);
  });

  it('names the publication, language, date and title, escaped', () => {
    const xml = renderNewsSitemap([story('a-b', '2023-09-16T10:00:00+09:00', 'Bonds & <stocks> "rally"')], () => 'The Hanbit Times');
    const news = new XMLParser({ ignoreAttributes: false }).parse(xml).urlset.url['news:news'];
    expect(news['news:publication']).toEqual({ 'news:name': 'The Hanbit Times', 'news:language': 'en' });
    expect(news['news:publication_date']).toBe('2023-09-16T10:00:00+09:00');
    expect(news['news:title']).toBe('Bonds & <stocks> "rally"');
    expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
  });

  it('is valid against the sitemaps.org schema, with stories and with none in the last 48 hours', async () => {
    const stories = [story('a-b', '2023-09-16T10:00:00+09:00', 'Bonds & <stocks> "rally"'), { ...story('c-d', '2023-09-16T11:00:00+09:00'), locale: 'ko' as const }];
    for (const xml of [renderNewsSitemap(stories, () => 'The Hanbit Times'), renderNewsSitemap([], () => 'The Hanbit Times')]) {
      const result = await validSitemap(xml);
      expect(result.errors.map((e) => e.message)).toEqual([]);
      expect(result.valid).toBe(true);
    }
    // Nothing recent: the front pages, and no news tags that would claim a story.
    const empty = parser.parse(renderNewsSitemap([], () => 'The Hanbit Times')).urlset;
    expect(empty.url.map((u: { loc: string }) => u.loc)).toEqual(['http://localhost:3000/en', 'http://localhost:3000/ko']);
    expect(empty.url.some((u: Record<string, unknown>) => 'news:news' in u)).toBe(false);
    // The schema does refuse what the site used to send.
    expect((await validSitemap('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>')).valid).toBe(false);
  });
});

/** Validates with libxml2 against the sitemaps.org schema and the news extension (lib/distribution/schemas). */
function validSitemap(xml: string) {
  const schemas = path.join(__dirname, 'schemas');
  const file = (fileName: string) => ({ fileName, contents: fs.readFileSync(path.join(schemas, fileName), 'utf8') });
  // One schema importing both namespaces: the sitemap's <xsd:any processContents="strict"> checks the news tags too.
  const both = `<?xml version="1.0"?><xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"><xsd:import namespace="http://www.sitemaps.org/schemas/sitemap/0.9" schemaLocation="sitemap.xsd"/><xsd:import namespace="http://www.google.com/schemas/sitemap-news/0.9" schemaLocation="sitemap-news.xsd"/></xsd:schema>`;
  return validateXML({ xml: { fileName: 'news-sitemap.xml', contents: xml }, schema: { fileName: 'both.xsd', contents: both }, preload: [file('sitemap.xsd'), file('sitemap-news.xsd')] });
}
