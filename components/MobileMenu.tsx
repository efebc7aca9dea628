'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';

interface MobileMenuProps {
  label: string;
  /** The navigation it shows and hides on phones; always shown on wider screens. */
  children: ReactNode;
}

/**
 * The phone menu: a disclosure button for the section links. Escape, pressed while focus is in
 * the menu or on its button, closes it and returns focus to the button. Without JavaScript the
 * button is hidden and the links simply stay visible (see `.js` in globals.css). With it, the
 * menu is collapsed from the first paint, so the page does not jump when React hydrates; React
 * replays a click made before then.
 */
export function MobileMenu({ label, children }: MobileMenuProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    function onKeyDown(event: KeyboardEvent) {
      const focus = document.activeElement;
      // Escape elsewhere on the page (a dialog, a video) is not meant for the menu.
      if (event.key === 'Escape' && (focus === button.current || menu.current?.contains(focus) || focus === document.body)) {
        setOpen(false);
        button.current?.focus();
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls="site-menu"
        onClick={() => setOpen(!open)}
        className="menu-button needs-js share-button sm:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
          {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
        </svg>
        {label}
      </button>
      <div ref={menu} id="site-menu" className="site-menu" data-open={open ? '' : undefined} onClick={(e) => (e.target as Element).closest('a') && setOpen(false)}>
        {children}
      </div>
    </>
  );
}
