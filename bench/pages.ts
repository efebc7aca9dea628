/**
 * The pages every page-level benchmark measures (weight, Lighthouse, the budget): the article
 * page, the front page and a section page, in both languages. One list, so their figures line up.
 */
export const BENCH_PAGES = [
  { name: 'article (en)', path: '/en/article/kim-train-khabarovsk' },
  { name: 'article (ko)', path: '/ko/article/kim-train-khabarovsk' },
  { name: 'front page (en)', path: '/en' },
  { name: 'front page (ko)', path: '/ko' },
  { name: 'section (en)', path: '/en/section/north-korea' },
  { name: 'section (ko)', path: '/ko/section/north-korea' },
] as const;
