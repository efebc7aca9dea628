import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import { mailtoUrl, shareServiceUrl, type ShareService } from '@/lib/share';
import { CloseMenuButton } from './CloseMenuButton';
import { CopyLinkButton } from './CopyLinkButton';
import { KakaoShareButton } from './KakaoShareButton';
import { ShareMenuButton } from './ShareMenuButton';

interface ShareLinksProps {
  locale: Locale;
  /** The story's canonical absolute URL. */
  url: string;
  title: string;
}

const SERVICES: ShareService[] = ['facebook', 'x', 'line', 'naver'];

/** The share menu's popover: one per story page. */
const MENU_ID = 'share-menu';

/**
 * One Share button (ShareMenuButton): the device's share sheet where it has one (phones, Safari,
 * Windows), else a menu holding copy link, plain share links that work without JavaScript, and
 * KakaoTalk when a Kakao key is configured. The menu is a native popover:
 * it opens, closes on Escape or a tap elsewhere, and keeps focus order, with no script. Only the
 * buttons are client code, and they get just the strings they show.
 */
export async function ShareLinks({ locale, url, title }: ShareLinksProps) {
  const t = await getTranslations({ locale, namespace: 'Share' });
  const kakaoKey = process.env.NEXT_PUBLIC_KAKAO_JS_KEY;
  // The visible word comes first in each link's name, so speech users can say what they see.
  const hidden = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;
  return (
    <section aria-labelledby="share-heading" className="print:hidden">
      <h2 id="share-heading" className="sr-only">
        {t('heading')}
      </h2>
      <ShareMenuButton menu={MENU_ID} url={url} title={title}>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M4 12v7a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-7M16 6l-4-4-4 4M12 2v14" />
        </svg>
        {/* An icon on a phone, where the row of tools must fit one line; its name stays. */}
        <span className="max-sm:sr-only">{t('menu')}</span>
      </ShareMenuButton>
      <div id={MENU_ID} popover="auto" className="menu-popover">
      <ul className="flex flex-wrap items-center gap-2">
        {/* data-later-text: what the islands may show later, for a device fetching Korean slices (lib/webFonts.ts). */}
        <li className="flex basis-full flex-wrap items-center" data-later-text={t('linkCopied') + t('copyFailed')}>
          <CopyLinkButton url={url} labels={{ copy: t('copyLink'), copied: t('linkCopied'), failed: t('copyFailed'), link: t('linkLabel') }} />
        </li>
        {kakaoKey && (
          <li className="flex flex-wrap items-center" data-later-text={t('kakaoFailed')}>
            <KakaoShareButton appKey={kakaoKey} url={url} label={t('kakao')} failedLabel={t('kakaoFailed')} />
          </li>
        )}
        {SERVICES.map((service) => (
          <li key={service}>
            <a
              href={shareServiceUrl(service, { url, title })}
              target="_blank"
              rel="noopener noreferrer"
              className="share-button"
            >
              {t.rich('shareOn', { service: t(service), hidden })}
              <span className="sr-only"> {t('opensInNewTab')}</span>
            </a>
          </li>
        ))}
        <li>
          <a
            href={mailtoUrl(t('emailSubject', { title }), t('emailBody', { title, url }))}
            className="share-button"
          >
            {t.rich('shareOn', { service: t('email'), hidden })}
          </a>
        </li>
      </ul>
      <div className="mt-3 flex">
        <CloseMenuButton locale={locale} menu={MENU_ID} />
      </div>
      </div>
    </section>
  );
}
