import { getTranslations } from 'next-intl/server';
import { Fragment, type ReactNode } from 'react';
import { paths } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import type { Author } from '@/lib/content/types';

interface BylineProps {
  locale: Locale;
  authors: Author[];
}

const SLOT = '\u0000';

/** The story's authors in the page language ("By Yonhap", "김서연 기자"), each linking to their page. */
export async function Byline({ locale, authors }: BylineProps) {
  if (authors.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Article' });
  const staffName = (name: string) => t('staffName', { name });
  // Join the names the language's way ("A and B", "A 및 B"), keeping each name a link.
  const parts = new Intl.ListFormat(locale, { type: 'conjunction' }).formatToParts(authors.map((a) => creditName(a, locale, staffName)));
  let next = 0;
  const names: ReactNode[] = parts.map((part, i) => {
    if (part.type === 'literal') return <Fragment key={i}>{part.value}</Fragment>;
    const author = authors[next++]!;
    return (
      <a key={i} href={paths.author(locale, author.id)} className="hover:underline">
        {part.value}
      </a>
    );
  });
  // The message places the names ("By {names}"); word order stays in the messages.
  const [before, after] = t('byline', { names: SLOT }).split(SLOT);
  return (
    <p className="font-semibold">
      {before}
      {names}
      {after}
    </p>
  );
}

/** An agency is credited by name; a staff reporter with the language's reporter title. */
export function creditName(author: Author, locale: Locale, staffName: (name: string) => string): string {
  const name = author.name[locale];
  return author.kind === 'agency' ? name : staffName(name);
}
