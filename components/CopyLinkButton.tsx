'use client';

import { useEffect, useRef, useState } from 'react';

interface CopyLinkButtonProps {
  url: string;
  labels: { copy: string; copied: string; failed: string; link: string };
}

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies the story's canonical URL and says so in a polite live region. Where the browser
 * refuses the clipboard, the link appears selected in a field, ready to copy by hand.
 */
export function CopyLinkButton({ url, labels }: CopyLinkButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    if (state === 'failed') field.current?.select();
  }, [state]);

  async function copy() {
    clearTimeout(timer.current);
    setState('idle');
    let outcome: CopyState = 'failed';
    try {
      await navigator.clipboard.writeText(url);
      outcome = 'copied';
    } catch {
      // No clipboard API (an insecure origin) or the browser refused permission.
    }
    // Set the message on the next tick, so a second click is announced again.
    timer.current = setTimeout(() => {
      setState(outcome);
      if (outcome === 'copied') timer.current = setTimeout(() => setState('idle'), 6000);
    }, 50);
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
      {state === 'failed' && (
        <input
          ref={field}
          type="text"
          readOnly
          value={url}
          aria-label={labels.link}
          onFocus={(event) => event.currentTarget.select()}
          className="mt-1 min-h-11 w-full basis-full rounded border border-rule px-2 text-sm"
        />
      )}
    </>
  );
}
