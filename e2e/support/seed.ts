/** The seed story (content/articles/kim-train-khabarovsk), as readers must see it. */
export const SEED_SLUG = 'kim-train-khabarovsk';

export const seed = {
  en: {
    headline: "N. Korean leader's train apparently en route to Russia's Khabarovsk after summit with Putin",
    section: 'North Korea',
    byline: 'By Yonhap',
    published: 'Published : Sept. 14, 2023 - 21:52',
    dateline: 'VLADIVOSTOK, Russia --',
    firstWords: "North Korean leader Kim Jong-un's special train appears to be moving",
    lastWords: "adding Kim's trip to Russia will continue for a couple of days.",
    captionStart: 'North Korean leader Kim Jong-un (rear) boards his special train',
    credit: '(Yonhap)',
    agencyCredit: '(Yonhap)',
    linkCopied: 'Link copied',
    copyLink: 'Copy link',
    otherLanguageLink: /Read this story in 한국어/,
    paragraphs: 13,
  },
  ko: {
    headline: '김정은 전용열차, 푸틴과 정상회담 후 러시아 하바롭스크 방면으로 이동하는 듯',
    section: '북한',
    byline: '연합뉴스',
    published: '입력 2023.09.14 21:52',
    dateline: '(블라디보스토크=연합뉴스)',
    firstWords: '김정은 북한 국무위원장의 전용열차가',
    lastWords: undefined,
    captionStart: '김정은 북한 국무위원장(뒤)이',
    credit: '(연합뉴스)',
    agencyCredit: '저작권자(c) 연합뉴스, 무단 전재-재배포 금지',
    linkCopied: '링크가 복사되었습니다',
    copyLink: '링크 복사',
    otherLanguageLink: /English 기사로 읽기/,
    paragraphs: 13,
  },
} as const;

export type SeedLocale = keyof typeof seed;
export const LOCALES: SeedLocale[] = ['en', 'ko'];
/** The instant the seed story was published, for <time dateTime>. */
export const SEED_PUBLISHED_ISO = '2023-09-14T21:52:00+09:00';
