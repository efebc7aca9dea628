import { z } from 'zod';
import { LOCALES } from '@/i18n/languages';
import { tagSlug } from './tags';

/** Slugs and ids: lowercase ASCII words joined by single hyphens (`kim-train-khabarovsk`). */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SLUG_HINT = 'lowercase letters, digits and single hyphens, e.g. "kim-train-khabarovsk"';

export const DATE_EXAMPLE = '"2023-09-14T21:52:00+09:00"';

/** True for an ISO 8601 date-time that names its offset and is a real calendar instant. */
export function isIsoDateTimeWithOffset(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.exec(value);
  if (!match) return false;
  const [y, mo, d, h, mi, s = 0] = match.slice(1, 7).map((part) => (part === undefined ? undefined : Number(part))) as [
    number,
    number,
    number,
    number,
    number,
    number | undefined,
  ];
  if (Number.isNaN(Date.parse(value))) return false;
  // Date.parse rolls 2023-02-30 over to March; a news timestamp must be a real day.
  const calendar = new Date(Date.UTC(y, mo - 1, d));
  return calendar.getUTCFullYear() === y && calendar.getUTCMonth() === mo - 1 && calendar.getUTCDate() === d && h <= 23 && mi <= 59 && s <= 59;
}

const text = z.string().trim().min(1);

function isUnique(values: readonly string[]): boolean {
  return new Set(values.map((v) => v.toLowerCase())).size === values.length;
}

const DATE_HINT = `expected an ISO 8601 date-time with offset in quotes, e.g. ${DATE_EXAMPLE}`;
/** News happens between these years: anything else is a typo (2205 for 2025). */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;
const dateTime = z
  .string({ error: (issue) => (issue.input === undefined ? `is required: ${DATE_HINT}` : DATE_HINT) })
  .refine(isIsoDateTimeWithOffset, { message: DATE_HINT })
  .refine(
    (value) => {
      const year = Number(value.slice(0, 4));
      // A malformed date is reported once, by the check above.
      return !isIsoDateTimeWithOffset(value) || (year >= FIRST_YEAR && year <= LAST_YEAR);
    },
    { message: `is outside the years ${FIRST_YEAR} to ${LAST_YEAR}: check the year` },
  );

const localized = z.strictObject({ en: text, ko: text });

/** Local images only: a path under public/, never a remote URL or a path that climbs out. */
export const IMAGE_PATH_PATTERN = /^\/(?!.*\.\.)[A-Za-z0-9._/-]+\.(?:jpe?g|png|webp|avif|gif)$/i;
/**
 * A photo in the story's own folder (`articles/<slug>/photo.jpg`), named by its file name alone:
 * no folder, no "..", no percent-escapes, nothing hidden, so it can never name a file elsewhere.
 */
export const STORY_PHOTO_PATTERN = /^(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.(?:jpe?g|png|webp|avif|gif)$/i;
const IMAGE_HINT = 'expected a path to an image in public/, e.g. "/images/my-photo.jpg", or the name of a photo in the story\'s folder, e.g. "photo.jpg" (.jpg, .png, .webp, .avif or .gif)';
const imageSource = z.string().refine((value) => IMAGE_PATH_PATTERN.test(value) || STORY_PHOTO_PATTERN.test(value), {
  error: (issue) => (typeof issue.input === 'string' ? `${IMAGE_HINT}, got ${JSON.stringify(issue.input)}` : IMAGE_HINT),
});

export const frontmatterSchema = z.strictObject({
  title: text,
  dek: text.optional(),
  section: z.string().regex(SLUG_PATTERN, { message: `expected a section id: ${SLUG_HINT}` }),
  authors: z
    .array(z.string().regex(SLUG_PATTERN, { message: `expected an author id: ${SLUG_HINT}` }))
    .min(1, { message: 'expected at least one author id, e.g. [yonhap]' })
    .refine(isUnique, { message: 'lists an author twice' }),
  publishedAt: dateTime,
  updatedAt: dateTime.optional(),
  dateline: text.optional(),
  /** This version is a translation of the story's version in that language (docs/adr/0004-bilingual-reading.md). */
  translatedFrom: z.enum(LOCALES, { message: `expected the language of the original: ${LOCALES.join(' or ')}` }).optional(),
  /** Who translated it: author ids, as in `authors`. */
  translatedBy: z
    .array(z.string().regex(SLUG_PATTERN, { message: `expected an author id: ${SLUG_HINT}` }))
    .min(1, { message: 'expected at least one author id, e.g. [kim-seo-yeon]' })
    .refine(isUnique, { message: 'lists a translator twice' })
    .optional(),
  hero: z
    .strictObject({
      src: imageSource,
      alt: z.string({ error: 'is required: describe what the picture shows for readers who cannot see it' }).trim().min(1, {
        message: 'must not be empty: describe what the picture shows for readers who cannot see it',
      }),
      caption: text.optional(),
      credit: text.optional(),
    })
    .optional(),
  tags: z
    .array(
      text.refine((tag) => tagSlug(tag) !== '', {
        message: 'needs at least one letter or digit: the tag page URL is made from them',
      }),
    )
    // "Kim Jong-un" and "kim jong un" would share one tag page: one story should list it once.
    .refine((tags) => new Set(tags.map(tagSlug)).size === tags.length, { message: 'lists a tag twice (tags that differ only in case or punctuation are the same tag)' })
    .default([]),
  status: z.enum(['published', 'draft']).default('published'),
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;

export const sectionsSchema = z
  .array(
    z.strictObject({
      id: z.string().regex(SLUG_PATTERN, { message: `expected a section id: ${SLUG_HINT}` }),
      name: localized,
    }),
  )
  .min(1, { message: 'expected at least one section' });

export const authorSchema = z.strictObject({
  kind: z.enum(['staff', 'agency']),
  name: localized,
  role: localized.optional(),
  bio: localized.optional(),
});

/** What an editor should read for a schema issue: what was expected, in plain words. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  // Messages written in the schema above already say what was expected; zod's defaults do not.
  if (!/^(Invalid|Too small|Too big|Unrecognized)/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `is required (expected ${issue.expected})`;
      return `expected ${issue.expected}, got ${describeValue(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      return issue.message;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(issue.input)}`;
    default:
      return issue.message;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map of fields';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}
