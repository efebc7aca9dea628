'use client';

import { useEffect } from 'react';

/**
 * Client island: in the parallel view's "translation on tap" mode, a pair's button shows or hides
 * its translation (one listener for the page; the buttons and the CSS that hides are server HTML).
 */
export function RevealTranslations() {
  useEffect(() => {
    const toggle = (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest?.('button[data-reveal]');
      const row = button?.closest('.parallel-row');
      if (!button || !row) return;
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      row.toggleAttribute('data-revealed', open);
    };
    document.addEventListener('click', toggle);
    return () => document.removeEventListener('click', toggle);
  }, []);
  return null;
}
