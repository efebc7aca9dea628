'use client';

import { useSyncExternalStore } from 'react';

interface NativeShareButtonProps {
  url: string;
  title: string;
  label: string;
}

const noSubscription = () => () => {};

/** The device's share sheet (how phones reach KakaoTalk and messengers); absent elsewhere. */
export function NativeShareButton({ url, title, label }: NativeShareButtonProps) {
  const canShare = useSyncExternalStore(
    noSubscription,
    () => typeof navigator.share === 'function',
    () => false,
  );
  if (!canShare) return null;

  function share() {
    // A reader closing the sheet rejects with AbortError: nothing to report.
    navigator.share({ title, url }).catch(() => undefined);
  }

  return (
    <button type="button" onClick={share} className="share-button">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M4 12v7a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-7M16 6l-4-4-4 4M12 2v14" />
      </svg>
      {label}
    </button>
  );
}
