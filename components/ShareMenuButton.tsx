'use client';

import type { MouseEvent, ReactNode } from 'react';

interface ShareMenuButtonProps {
  /** The id of the share menu's popover (server HTML, opened natively, without script). */
  menu: string;
  url: string;
  title: string;
  children: ReactNode;
}

/**
 * Client island. The story's one Share button: where the device has a share sheet (how phones
 * reach KakaoTalk and messengers; it offers copying the link too) it opens the sheet; elsewhere,
 * and without JavaScript, it opens the menu of copy link and share links as a native popover.
 */
export function ShareMenuButton({ menu, url, title, children }: ShareMenuButtonProps) {
  function openSheet(event: MouseEvent<HTMLButtonElement>) {
    if (typeof navigator.share !== 'function') return;
    // The sheet instead of the menu.
    event.preventDefault();
    // A reader closing the sheet rejects with AbortError: nothing to report.
    navigator.share({ title, url }).catch(() => undefined);
  }
  return (
    <button type="button" popoverTarget={menu} onClick={openSheet} className="share-button">
      {children}
    </button>
  );
}
