import type { Metadata } from 'next';
import { draftMode } from 'next/headers';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PreviewBanner } from '@/components/PreviewBanner';
import { localeConfig } from '@/i18n/locales';
import { paths } from '@/i18n/paths';
import { isLocale, routing } from '@/i18n/routing';
import { translationStatus, unpublishedStories } from '@/lib/content/desk';
import { contentNow, getSection, listDeskArticles } from '@/lib/content/queries';
import { formatNewsDateTime } from '@/lib/format/dates';

// Only /en/preview and /ko/preview exist.
export const dynamicParams = false;

interface DeskPageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: DeskPageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Desk' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

/**
 * The editors' desk, in Draft Mode only. Prerendered like every page, which outside Draft Mode
 * makes it a plain 404 with nothing of the desk in the build; Draft Mode renders it per request.
 */
export default async function DeskPage({ params }: DeskPageProps) {
  const { locale } = await params;
  if (!isLocale(locale) || !(await draftMode()).isEnabled) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Desk' });
  const articles = listDeskArticles();
  const waiting = unpublishedStories(articles.unpublished, contentNow());
  const translations = translationStatus(articles.translations);
  const needWork = translations.filter((row) => routing.locales.some((l) => row.states[l] !== 'current')).length;
  const cell = 'border-b border-rule px-2 py-2 align-top';

  return (
    <>
      <PreviewBanner locale={locale} returnPath={paths.home(locale)} />
      <main id="main" className="mx-auto max-w-6xl space-y-10 px-4 py-8">
        <header className="space-y-2">
          <h1 className="font-headline text-2xl font-bold sm:text-3xl">{t('title')}</h1>
          <p className="text-muted">{t('intro')}</p>
        </header>

        <section aria-labelledby="desk-unpublished" className="space-y-3">
          <h2 id="desk-unpublished" className="text-xl font-bold">
            {t('unpublished')} ({waiting.length})
          </h2>
          {waiting.length === 0 ? (
            <p>{t('noUnpublished')}</p>
          ) : (
            <div className="overflow-x-auto" role="region" tabIndex={0} aria-label={t('scrollTable', { table: t('unpublished') })}>
              <table className="w-full border-collapse text-left text-sm">
                <thead>
                  <tr>
                    <th scope="col" className={cell}>{t('story')}</th>
                    <th scope="col" className={cell}>{t('language')}</th>
                    <th scope="col" className={cell}>{t('state')}</th>
                    <th scope="col" className={cell}>{t('file')}</th>
                  </tr>
                </thead>
                <tbody>
                  {waiting.map(({ article, state }) => (
                    <tr key={article.file}>
                      <td className={cell}>
                        <a href={paths.article(article.locale, article.slug)} lang={localeConfig[article.locale].htmlLang} className="font-semibold text-link underline">
                          {article.title}
                        </a>
                        <span className="block text-muted">{getSection(article.section)?.name[locale]}</span>
                      </td>
                      <td className={cell}>{localeConfig[article.locale].nativeName}</td>
                      <td className={cell}>{state === 'scheduled' ? t('scheduled', { date: formatNewsDateTime(locale, article.publishedAt) }) : t('draft')}</td>
                      <td className={`${cell} font-mono text-xs`}>{article.file}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>

        <section aria-labelledby="desk-translations" className="space-y-3">
          <h2 id="desk-translations" className="text-xl font-bold">
            {t('translations')}
          </h2>
          <p>{t('translationSummary', { count: needWork })}</p>
          <div className="overflow-x-auto" role="region" tabIndex={0} aria-label={t('scrollTable', { table: t('translations') })}>
            <table className="w-full border-collapse text-left text-sm">
              <thead>
                <tr>
                  <th scope="col" className={cell}>{t('story')}</th>
                  {routing.locales.map((l) => (
                    <th key={l} scope="col" lang={localeConfig[l].htmlLang} className={cell}>
                      {localeConfig[l].nativeName}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {translations.map(({ slug, versions, states }) => (
                  <tr key={slug}>
                    <th scope="row" className={`${cell} font-mono text-xs font-normal`}>
                      {slug}
                    </th>
                    {routing.locales.map((l) => {
                      const version = versions[l];
                      return (
                        <td key={l} className={cell} data-state={states[l]}>
                          {version ? (
                            <a href={paths.article(l, slug)} lang={localeConfig[l].htmlLang} className="text-link underline">
                              {version.title}
                            </a>
                          ) : null}
                          <span className={`block ${states[l] === 'current' ? 'text-muted' : 'font-semibold text-kicker'}`}>{t(states[l])}</span>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      </main>
    </>
  );
}
