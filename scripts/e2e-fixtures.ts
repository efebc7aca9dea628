/**
 * The content folder the end-to-end suite runs on (e2e/fixtures/content) holds copies of the
 * newsroom's first stories, so tests do not break when editors change theirs, plus daily market
 * reports generated here, so that section, tag and author pages run past one page.
 *
 *   npm run fixtures:e2e      rewrites the market reports (commit the result)
 *
 * A unit test fails when the committed reports differ from what this script would write.
 */
import fs from 'node:fs';
import path from 'node:path';

export const FIXTURE_DIR = path.join('e2e', 'fixtures', 'content');

/** Enough for a second page of 20 in the business section, the tag and the author. */
export const MARKET_REPORTS = 24;

const pad = (n: number) => String(n).padStart(2, '0');

function marketReport(i: number): Record<string, string> {
  // One report a day from Aug. 1, 2023, closing time in Seoul; all older than the real stories.
  const day = new Date(Date.UTC(2023, 7, 1 + i));
  const date = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
  const up = i % 3 !== 0;
  const change = ((i * 37) % 190) / 100 + 0.1;
  const index = (2500 + ((i * 53) % 200)).toFixed(2);
  const slug = `${MARKET_REPORT_PREFIX}${date}`;
  // The last report names a photo that is not in public/images: the build warns and the story
  // still opens, without a photo (e2e/article.spec.ts).
  const missingHero = (alt: string, caption: string) =>
    i === MARKET_REPORTS - 1 ? `hero:\n  src: /images/dealing-room-missing.jpg\n  alt: "${alt}"\n  caption: "${caption}"\n  credit: Hanbit Times\n` : '';
  const en = `---
title: "Seoul shares ${up ? 'rise' : 'fall'} ${change.toFixed(2)} percent as ${up ? 'chipmakers rally' : 'investors sell tech stocks'}"
dek: "The KOSPI closed at ${index} on day ${i + 1} of the market report series."
section: business
authors: [park-ji-hoon]
publishedAt: "${date}T15:45:00+09:00"
dateline: SEOUL
${missingHero('Traders watch screens at a dealing room in Seoul', 'Dealers at a bank dealing room in Seoul.')}tags: [Markets, KOSPI]
---

Seoul shares ${up ? 'rose' : 'fell'} ${change.toFixed(2)} percent on ${date}, with the benchmark KOSPI closing at ${index}.

${up ? 'Chipmakers rallied on hopes of a recovery in memory prices.' : 'Technology stocks weighed on the index as foreign investors sold.'} Trading volume was moderate.

The Korean won ended the session little changed against the US dollar.
`;
  const ko = `---
title: "코스피 ${change.toFixed(2)}% ${up ? '상승' : '하락'}… ${up ? '반도체주 강세' : '기술주 약세'}"
dek: "코스피가 ${index}에 마감했다. 시황 시리즈 ${i + 1}번째 기사."
section: business
authors: [park-ji-hoon]
publishedAt: "${date}T15:45:00+09:00"
dateline: 서울
${missingHero('서울의 한 은행 딜링룸에서 딜러들이 화면을 보고 있다', '서울의 한 은행 딜링룸.')}tags: [증시, 코스피]
---

${date} 코스피는 전 거래일보다 ${change.toFixed(2)}% ${up ? '오른' : '내린'} ${index}에 장을 마감했다.

${up ? '메모리 가격 회복 기대감에 반도체주가 강세를 보였다.' : '외국인 매도세에 기술주가 지수를 끌어내렸다.'} 거래량은 평소 수준이었다.

원/달러 환율은 보합권에서 마감했다.
`;
  return { [`articles/${slug}/en.md`]: en, [`articles/${slug}/ko.md`]: ko };
}

export const MARKET_REPORT_PREFIX = 'market-report-';

/** The generated market reports, by path relative to the fixture folder. */
export function marketReportFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (let i = 0; i < MARKET_REPORTS; i++) {
    for (const [rel, body] of Object.entries(marketReport(i))) files.set(rel, body);
  }
  return files;
}

function writeMarketReports(root = process.cwd()) {
  const articles = path.join(root, FIXTURE_DIR, 'articles');
  for (const old of fs.readdirSync(articles).filter((name) => name.startsWith(MARKET_REPORT_PREFIX))) {
    fs.rmSync(path.join(articles, old), { recursive: true });
  }
  const files = marketReportFiles();
  for (const [rel, body] of files) {
    const file = path.join(root, FIXTURE_DIR, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, body);
  }
  console.log(`Wrote ${files.size} market report files to ${FIXTURE_DIR}/articles`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) writeMarketReports();
