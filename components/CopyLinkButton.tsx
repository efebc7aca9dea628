'use client';

import { useEffect, useRef, useState } from 'react';

interface CopyLinkButtonProps {
  url: string;
  labels: { copy: string; copied: string; failed: string };
}

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies the story's canonical URL and says so in a polite live region. */
export function CopyLinkButton({ url, labels }: CopyLinkButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  const reset = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(reset.current), []);

  async function copy() {
    clearTimeout(reset.current);
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      // No clipboard API (insecure origin) or the reader's browser refused permission.
      setState('failed');
    }
    reset.current = setTimeout(() => setState('idle'), 6000);
  }

  return (
    <>
      <button type="button" onClick={copy} className="share-button">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5" />
        </svg>
        {labels.copy}
      </button>
      {/* The live region exists from the start so screen readers announce the change. */}
      <span role="status" aria-live="polite" className="basis-full text-sm font-semibold">
        {state === 'copied' ? labels.copied : state === 'failed' ? labels.failed : ''}
      </span>
    </>
  );
}
