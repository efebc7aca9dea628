'use client';

import { useEffect } from 'react';

/**
 * Client island: a learner's term shows its gloss while it has keyboard focus, and hides it when
 * focus moves on (a tap, Enter and Escape are the popover's own, without script).
 */
export function GlossOnFocus() {
  useEffect(() => {
    const popoverOf = (event: FocusEvent) => {
      const term = (event.target as Element | null)?.closest?.('[data-gloss-term]');
      const popover = term && document.getElementById(term.getAttribute('popovertarget') ?? '');
      return term && popover ? { term, popover } : undefined;
    };
    const show = (event: FocusEvent) => {
      const found = popoverOf(event);
      if (found?.term.matches(':focus-visible') && !found.popover.matches(':popover-open')) found.popover.showPopover({ source: found.term as HTMLElement });
    };
    const hide = (event: FocusEvent) => {
      const found = popoverOf(event);
      if (found?.popover.matches(':popover-open')) found.popover.hidePopover();
    };
    document.addEventListener('focusin', show);
    document.addEventListener('focusout', hide);
    return () => {
      document.removeEventListener('focusin', show);
      document.removeEventListener('focusout', hide);
    };
  }, []);
  return null;
}
