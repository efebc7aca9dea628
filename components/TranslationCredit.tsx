import { getTranslations } from 'next-intl/server';
import { localeConfig } from '@/i18n/locales';
import { paths } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import type { Article, Author } from '@/lib/content/types';
import { formatNewsDateTime } from '@/lib/format/dates';
import { creditName } from './Byline';

interface TranslationCreditProps {
  locale: Locale;
  article: Article;
  /** The translators, in order (validated ids of `translatedBy`). */
  translators: Author[];
  /** The original version, when it is public: a later update of it makes this one stale. */
  original?: Article;
}

/**
 * Who translated this version and from which language ("Translated from Korean by Kim Seo-yeon"),
 * and, when the original changed after the translation, a notice linking to it.
 */
export async function TranslationCredit({ locale, article, translators, original }: TranslationCreditProps) {
  const from = article.translatedFrom;
  if (!from) return null;
  const t = await getTranslations({ locale, namespace: 'Article' });
  const language = t(`languageNames.${from}`);
  const names = new Intl.ListFormat(locale, { type: 'conjunction' }).format(translators.map((a) => creditName(a, locale, (name) => t('staffName', { name }))));
  const credited = localeConfig[locale].asSubject(names);
  const translatedAt = Date.parse(article.updatedAt ?? article.publishedAt);
  const originalUpdated = original?.updatedAt && Date.parse(original.updatedAt) > translatedAt ? original.updatedAt : undefined;
  return (
    <>
      <p className="text-sm text-muted">{credited ? t('translatedFrom', { language, names: credited }) : t('translatedFromUnnamed', { language })}</p>
      {originalUpdated && original && (
        <p role="note" className="border-l-4 border-kicker pl-3 text-sm">
          {t.rich('staleOriginal', {
            language,
            date: formatNewsDateTime(locale, originalUpdated),
            link: (chunks) => (
              <a href={paths.article(original.locale, original.slug)} hrefLang={original.locale} className="text-link underline">
                {chunks}
              </a>
            ),
          })}
        </p>
      )}
    </>
  );
}
