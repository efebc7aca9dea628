import { describe, expect, it } from 'vitest';
import { preloadedPhotos } from './lighthouse';
import { stripNextScripts } from './withoutScripts';

describe('the page without Next.js scripts', () => {
  it("drops Next.js's script tags and keeps the page's inline scripts and data", () => {
    const html =
      '<head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/r.js"/><link rel="preload" as="image" href="/a.jpg"/><script src="/_next/static/chunks/a1.js" async=""></script><script src="/_next/static/chunks/p.js" noModule=""></script>' +
      '<script type="application/ld+json">{"a":1}</script></head><body><script>self.__next_f.push([1,"x"])</script><p>Story</p></body>';
    expect(stripNextScripts(html)).toBe('<head><link rel="preload" as="image" href="/a.jpg"/><script type="application/ld+json">{"a":1}</script></head><body><script>self.__next_f.push([1,"x"])</script><p>Story</p></body>');
  });
});

describe('warming a page', () => {
  it('asks for the preloaded photo in the sizes a phone uses, as full addresses', () => {
    const html =
      '<link rel="preload" as="image" fetchPriority="high" imageSrcSet="/_next/image?url=%2Fimages%2Fa.jpg&amp;w=640&amp;q=75 640w, /_next/image?url=%2Fimages%2Fa.jpg&amp;w=1080&amp;q=75 1080w, /_next/image?url=%2Fimages%2Fa.jpg&amp;w=3840&amp;q=75 3840w" imageSizes="100vw"/>';
    expect(preloadedPhotos(html, 'http://127.0.0.1:3300/en')).toEqual([
      'http://127.0.0.1:3300/_next/image?url=%2Fimages%2Fa.jpg&w=640&q=75',
      'http://127.0.0.1:3300/_next/image?url=%2Fimages%2Fa.jpg&w=1080&q=75',
    ]);
  });

  it('finds nothing to warm on a page without a preloaded photo', () => {
    expect(preloadedPhotos('<main><h1>Floor</h1></main>', 'http://127.0.0.1:3301/')).toEqual([]);
  });
});
