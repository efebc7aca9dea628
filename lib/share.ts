export type ShareService = 'facebook' | 'x' | 'line' | 'naver';

export interface ShareTarget {
  url: string;
  title: string;
}

/**
 * Share-page URLs for services that take a link by query string. Plain links: they work with
 * JavaScript off and load nothing from those services until the reader clicks.
 */
export function shareServiceUrl(service: ShareService, { url, title }: ShareTarget): string {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  switch (service) {
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${u}`;
    case 'x':
      return `https://x.com/intent/post?url=${u}&text=${t}`;
    case 'line':
      return `https://social-plugins.line.me/lineit/share?url=${u}`;
    case 'naver':
      return `https://share.naver.com/web/shareView?url=${u}&title=${t}`;
  }
}

export function mailtoUrl(subject: string, body: string): string {
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
