import '../globals.css';
import '../fonts.css';
import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { SkipLink } from '@/components/SkipLink';
import { localeConfig } from '@/i18n/locales';
import { siteUrl } from '@/i18n/paths';
import { isLocale, routing } from '@/i18n/routing';
import { listSections } from '@/lib/content/queries';
import { feedAlternates } from '@/lib/distribution/feedSources';
import { APPLY_PREFERENCES_SCRIPT } from '@/lib/readingPreferences';
import { SITE_ICONS } from '@/lib/siteIcons';
import { WEB_FONTS_SCRIPT } from '@/lib/webFonts';

interface LocaleLayoutProps {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

// Only /en and /ko exist. Each page closes its own route (`dynamicParams = false`): a layout
// closing them all would stop the archive's stories from rendering on demand (proxy.ts guards those).

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  // The browser chrome matches the page (--color-paper in globals.css) in light and dark.
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#121212' },
  ],
};

export async function generateMetadata({ params }: Omit<LocaleLayoutProps, 'children'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Site' });
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t('name'), template: `%s | ${t('name')}` },
    applicationName: t('name'),
    icons: SITE_ICONS,
    openGraph: { siteName: t('name'), locale: localeConfig[locale].openGraphLocale },
    // Pages that set their own alternates repeat these (metadata merges shallowly).
    alternates: { types: await feedAlternates(locale) },
  };
}

export default async function LocaleLayout({ children, params }: LocaleLayoutProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  // Lets next-intl's server helpers know the locale while pages are prerendered.
  setRequestLocale(locale);
  const sections = listSections();
  return (
    // The preferences script sets attributes on <html> before React hydrates.
    <html lang={localeConfig[locale].htmlLang} suppressHydrationWarning>
      <body className="flex min-h-dvh flex-col">
        {/* A constant: applies the reader's text size and theme before anything paints. */}
        <script dangerouslySetInnerHTML={{ __html: APPLY_PREFERENCES_SCRIPT + WEB_FONTS_SCRIPT }} />
        <SkipLink locale={locale} />
        <SiteHeader locale={locale} sections={sections} />
        <div className="flex-1">{children}</div>
        <SiteFooter locale={locale} sections={sections} year={new Date().getFullYear()} />
      </body>
    </html>
  );
}
