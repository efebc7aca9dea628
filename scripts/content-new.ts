/**
 * `npm run content:new -- --slug my-story --section politics [--author kim-seo-yeon]`
 *
 * Writes content/articles/<slug>/en.md and ko.md: drafts with every field, dated now in KST,
 * ready to fill in and preview. Refuses a malformed slug, a slug that is taken, and a section or
 * author that does not exist, saying which; it never overwrites a file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { routing, type Locale } from '../i18n/routing';
import { loadStoryContext } from '../lib/content/load';
import { contentPaths } from '../lib/content/queries';
import { SLUG_PATTERN } from '../lib/content/schema';
import { toKstIsoString } from '../lib/format/dates';

export class ScaffoldError extends Error {}

export interface ScaffoldOptions {
  contentDir: string;
  publicDir: string;
  cwd: string;
  slug?: string;
  section?: string;
  author?: string;
  now?: Date;
}

const PLACEHOLDER: Record<Locale, { title: string; dek: string; dateline: string; body: string; alt: string; caption: string; credit: string }> = {
  en: {
    title: 'Write the headline here',
    dek: 'One or two sentences that sum up the story.',
    dateline: 'SEOUL',
    body: 'Start the story here. The first paragraph follows the dateline.',
    alt: 'Describe what the picture shows',
    caption: 'Who and what is in the picture, where and when',
    credit: '(Yonhap)',
  },
  ko: {
    title: '제목을 여기에 쓰세요',
    dek: '기사를 한두 문장으로 요약하세요.',
    dateline: '서울',
    body: '기사 본문을 여기에 쓰세요. 첫 문단은 발신지 바로 뒤에 붙습니다.',
    alt: '사진에 무엇이 보이는지 설명하세요',
    caption: '사진 속 인물과 장면, 장소와 때',
    credit: '(연합뉴스)',
  },
};

/** The minute the command runs, in KST, as editors write dates: "2026-11-27T21:05:00+09:00". */
export function kstNow(now: Date): string {
  return toKstIsoString(now.toISOString()).replace(/:\d{2}\+09:00$/, ':00+09:00');
}

function draft(locale: Locale, section: string, author: string, publishedAt: string): string {
  const p = PLACEHOLDER[locale];
  return `---
title: "${p.title}"
dek: "${p.dek}"
section: ${section}
authors: [${author}]
# When the story goes live, in KST. A time in the future schedules it.
publishedAt: "${publishedAt}"
# After a correction: when, in quotes like publishedAt.
# updatedAt: "${publishedAt}"
dateline: ${p.dateline}
# A photo: save it next to this file and name it (or name one in public/: /images/my-photo.jpg);
# describe it for readers who cannot see it.
# hero:
#   src: photo.jpg
#   alt: "${p.alt}"
#   caption: "${p.caption}"
#   credit: "${p.credit}"
tags: []
# Change to published (or delete this line) when the story is ready.
status: draft
---

${p.body}
`;
}

/** The files to write, by absolute path; throws ScaffoldError with what to fix. */
export function scaffoldStory(options: ScaffoldOptions): Map<string, string> {
  const { slug, section } = options;
  if (!slug) throw new ScaffoldError('--slug is required, e.g. --slug seoul-fare-hike');
  if (!SLUG_PATTERN.test(slug) || slug.length > 120) {
    throw new ScaffoldError(`--slug "${slug}" is not a valid slug: use lowercase letters, digits and single hyphens, e.g. "seoul-fare-hike"`);
  }
  const folder = path.join(options.contentDir, 'articles', slug);
  if (fs.existsSync(folder)) throw new ScaffoldError(`--slug "${slug}" is taken: ${path.relative(options.cwd, folder)} already exists`);

  // Sections and authors only: the archive's stories need not be read to start a new one.
  const index = loadStoryContext({ contentDir: options.contentDir, publicDir: options.publicDir, cwd: options.cwd }, []);
  const sectionIds = index.sections.map((s) => s.id);
  if (!section) throw new ScaffoldError(`--section is required: one of ${sectionIds.join(', ')}`);
  if (!sectionIds.includes(section)) throw new ScaffoldError(`--section "${section}" is not a section: expected one of ${sectionIds.join(', ')} (see sections.yaml)`);
  const authorIds = [...index.authors.keys()].sort();
  const author = options.author ?? authorIds.find((id) => index.authors.get(id)?.kind === 'staff') ?? authorIds[0];
  if (!author || !index.authors.has(author)) throw new ScaffoldError(`--author "${author ?? ''}" is not an author: expected one of ${authorIds.join(', ')}`);

  const publishedAt = kstNow(options.now ?? new Date());
  return new Map(routing.locales.map((locale) => [path.join(folder, `${locale}.md`), draft(locale, section, author, publishedAt)]));
}

function main() {
  const { values } = parseArgs({ options: { slug: { type: 'string' }, section: { type: 'string' }, author: { type: 'string' } }, strict: true });
  const paths = contentPaths();
  const files = scaffoldStory({ ...paths, ...values });
  for (const [file, body] of files) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // 'wx': never overwrite, even if the folder appeared since the check.
    fs.writeFileSync(file, body, { flag: 'wx' });
    console.log(`Created ${path.relative(paths.cwd, file)}`);
  }
  console.log('Fill in both files, run `npm run content:check`, and preview the draft (see README: Editors).');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  try {
    main();
  } catch (error) {
    // An editor's mistake gets one line, not a stack trace.
    console.error(`content:new: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
