import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Photo } from '@/lib/content/types';
import { ResponsiveImage } from './ResponsiveImage';

interface PhotoCaptionProps {
  locale: Locale;
  photo: Photo;
  /** The lead photo is the page's largest paint: fetch it first, never lazily. */
  lead?: boolean;
  /** An editor's preview: the photo file itself (ResponsiveImage). */
  unoptimized?: boolean;
}

/** A photo with its caption and credit; width and height reserve its space before it loads. */
export async function PhotoCaption({ locale, photo, lead = false, unoptimized = false }: PhotoCaptionProps) {
  const t = await getTranslations({ locale, namespace: 'Article' });
  return (
    <figure className={lead ? 'lead-photo space-y-2' : 'space-y-2'}>
      <ResponsiveImage
        src={photo.src}
        alt={photo.alt}
        width={photo.width}
        height={photo.height}
        sizes="(min-width: 768px) 736px, 100vw"
        className="h-auto w-full bg-rule"
        priority={lead}
        unoptimized={unoptimized}
      />
      {(photo.caption || photo.credit) && (
        <figcaption className="font-sans text-sm leading-relaxed text-muted">
          {photo.caption}
          {photo.caption && photo.credit && ' '}
          {photo.credit && <span className="whitespace-nowrap">{t('photoCredit', { credit: photo.credit })}</span>}
        </figcaption>
      )}
    </figure>
  );
}
