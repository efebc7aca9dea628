import { describe, expect, it } from 'vitest';
import { getAuthors, getPublishedArticle, getPublishedVersions, getSection } from '@/lib/content/queries';
import { breadcrumbJsonLd, newsArticleJsonLd, serializeJsonLd } from './structuredData';

function seedJsonLd(locale: 'en' | 'ko') {
  const article = getPublishedArticle(locale, 'kim-train-khabarovsk')!;
  return newsArticleJsonLd({
    article,
    siteName: 'The Hanbit Times',
    section: getSection(article.section),
    authors: getAuthors(article.authors),
    image: 'http://localhost:3000/images/x.jpg',
    description: 'A description',
    versions: getPublishedVersions('kim-train-khabarovsk'),
  });
}

// The newsroom content folder (CONTENT_DIR unset), SITE_URL unset.
describe('structured data', () => {
  it('describes the seed story as a NewsArticle with times in KST and the agency as author', () => {
    const data = seedJsonLd('en');
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: "N. Korean leader's train apparently en route to Russia's Khabarovsk after summit with Putin",
      datePublished: '2023-09-14T21:52:00+09:00',
      dateModified: '2023-09-14T21:52:00+09:00',
      author: [{ '@type': 'Organization', name: 'Yonhap', url: 'http://localhost:3000/en/author/yonhap' }],
      inLanguage: 'en',
      articleSection: 'North Korea',
      isAccessibleForFree: true,
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'http://localhost:3000/en/article/kim-train-khabarovsk' },
    });
    expect((data.publisher as { logo: { url: string } }).logo.url).toBe('http://localhost:3000/logo.png');
  });

  it('links the language versions both ways', () => {
    expect(seedJsonLd('en').workTranslation).toEqual([
      { '@type': 'NewsArticle', '@id': 'http://localhost:3000/ko/article/kim-train-khabarovsk#article', inLanguage: 'ko' },
    ]);
    expect(seedJsonLd('ko').translationOfWork).toEqual({
      '@type': 'NewsArticle',
      '@id': 'http://localhost:3000/en/article/kim-train-khabarovsk#article',
      inLanguage: 'en',
    });
  });

  it('names the original a translation declares, and its translators', () => {
    const versions = getPublishedVersions('kim-train-khabarovsk');
    // An English version translated from the Korean one, by a staff reporter.
    const en = { ...versions.en!, translatedFrom: 'ko' as const, translatedBy: ['kim-seo-yeon'] };
    const data = newsArticleJsonLd({
      article: en,
      siteName: 'The Hanbit Times',
      authors: getAuthors(en.authors),
      translators: getAuthors(en.translatedBy),
      image: 'http://localhost:3000/images/x.jpg',
      description: 'A description',
      versions: { ...versions, en },
    });
    expect(data.translationOfWork).toEqual({ '@type': 'NewsArticle', '@id': 'http://localhost:3000/ko/article/kim-train-khabarovsk#article', inLanguage: 'ko' });
    expect(data.workTranslation).toBeUndefined();
    expect(data.translator).toEqual([{ '@type': 'Person', name: 'Kim Seo-yeon', url: 'http://localhost:3000/en/author/kim-seo-yeon' }]);
    // The Korean version, named as the original, lists the English as its translation.
    const ko = newsArticleJsonLd({ article: versions.ko!, siteName: 'x', authors: [], image: 'x', description: 'x', versions: { ...versions, en } });
    expect(ko.workTranslation).toEqual([{ '@type': 'NewsArticle', '@id': 'http://localhost:3000/en/article/kim-train-khabarovsk#article', inLanguage: 'en' }]);
  });

  it('numbers the breadcrumb trail', () => {
    expect(breadcrumbJsonLd([{ name: 'Home', path: '/en' }, { name: 'Story', path: '/en/article/x' }]).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'http://localhost:3000/en' },
      { '@type': 'ListItem', position: 2, name: 'Story', item: 'http://localhost:3000/en/article/x' },
    ]);
  });

  it('serializes so that no text can close the script element', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script> <!-- & \u2028' });
    expect(json).not.toMatch(/[<>]/);
    expect(json).not.toContain('\u2028');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script> <!-- & \u2028' });
  });
});
