import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Author } from '@/lib/content/types';

interface BylineProps {
  locale: Locale;
  authors: Author[];
}

/** The names of a story's authors in the page language ("By Yonhap", "김서연 기자"). */
export async function Byline({ locale, authors }: BylineProps) {
  if (authors.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Article' });
  const staffName = (name: string) => t('staffName', { name });
  const names = new Intl.ListFormat(locale, { type: 'conjunction' }).format(authors.map((a) => creditName(a, locale, staffName)));
  return <p className="font-semibold">{t('byline', { names })}</p>;
}

/** An agency is credited by name; a staff reporter with the language's reporter title. */
export function creditName(author: Author, locale: Locale, staffName: (name: string) => string): string {
  const name = author.name[locale];
  return author.kind === 'agency' ? name : staffName(name);
}
