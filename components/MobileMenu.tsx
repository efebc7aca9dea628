'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';

interface MobileMenuProps {
  label: string;
  /** The navigation it shows and hides on phones; always shown on wider screens. */
  children: ReactNode;
}

/**
 * The phone menu: a disclosure button for the section links. Escape closes it and returns focus
 * to the button. Without JavaScript the links simply stay visible (see `.js` in globals.css).
 */
export function MobileMenu({ label, children }: MobileMenuProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape') {
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
        className="menu-button share-button sm:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
          {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
        </svg>
        {label}
      </button>
      <div id="site-menu" className="site-menu" data-open={open ? '' : undefined} onClick={(e) => (e.target as Element).closest('a') && setOpen(false)}>
        {children}
      </div>
    </>
  );
}
