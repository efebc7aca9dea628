import { getImageProps } from 'next/image';
import { preload } from 'react-dom';

interface ResponsiveImageProps {
  src: string;
  alt: string;
  width: number;
  height: number;
  /** How wide the image is drawn at each breakpoint, so the browser picks the right file. */
  sizes: string;
  className?: string;
  /** The page's largest paint: preloaded with high priority, never lazy. */
  priority?: boolean;
  /**
   * The file itself, not the optimizer's copies: an editor's preview, where a draft's photo is
   * served to the editor's browser alone (the optimizer asks without the preview cookie).
   */
  unoptimized?: boolean;
}

/**
 * An optimised, responsive image (AVIF/WebP from Next.js's image optimiser, a srcset for the
 * layout's sizes) rendered on the server only: next/image's <Image> is a client component whose
 * code every page would download for nothing, since our images never change after load.
 */
export function ResponsiveImage({ src, alt, width, height, sizes, className, priority = false, unoptimized = false }: ResponsiveImageProps) {
  const { props } = getImageProps({
    src,
    alt,
    width,
    height,
    sizes,
    className,
    loading: priority ? 'eager' : 'lazy',
    fetchPriority: priority ? 'high' : 'auto',
    unoptimized,
  });
  if (priority) preload(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: 'high' });
  // eslint-disable-next-line @next/next/no-img-element -- these are next/image's own optimised props
  return <img {...props} alt={alt} />;
}
