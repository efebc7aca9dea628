import { getTranslations } from 'next-intl/server';
import { Fragment } from 'react';
import { localeConfig, otherLocale } from '@/i18n/locales';
import type { Locale } from '@/i18n/routing';
import type { Gloss } from '@/lib/content/glosses';

interface KeyTermsProps {
  /** The page's language. */
  locale: Locale;
  /** Each version's terms with their glosses in the other language, the page's language first. */
  versions: { locale: Locale; glosses: Gloss[] }[];
}

/** The story's glossed terms, listed under the parallel view: each version's terms and their glosses. */
export async function KeyTerms({ locale, versions }: KeyTermsProps) {
  const withTerms = versions.filter((version) => version.glosses.length > 0);
  if (withTerms.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Bilingual' });
  const ta = await getTranslations({ locale, namespace: 'Article' });
  return (
    <section aria-labelledby="key-terms" className="space-y-4 border-t border-rule pt-6">
      <h2 id="key-terms" className="font-headline text-xl font-bold">
        {t('keyTerms')}
      </h2>
      <div className="grid gap-6 md:grid-cols-2 print:grid-cols-2">
        {withTerms.map((version) => {
          const other = otherLocale(version.locale);
          return (
            <div key={version.locale} className="space-y-2">
              <h3 className="text-sm font-semibold text-muted">{t('termsFrom', { language: ta(`languageNames.${version.locale}`) })}</h3>
              <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1">
                {version.glosses.map((entry) => (
                  <Fragment key={entry.term}>
                    <dt lang={localeConfig[version.locale].htmlLang} className="font-semibold">
                      {entry.term}
                    </dt>
                    <dd lang={localeConfig[other].htmlLang}>{entry.gloss}</dd>
                  </Fragment>
                ))}
              </dl>
            </div>
          );
        })}
      </div>
    </section>
  );
}
