'use client';

import { useSyncExternalStore } from 'react';

interface PreferenceButtonsProps<T extends string> {
  /** The group's name, e.g. "Text size". */
  label: string;
  options: readonly { value: T; label: string }[];
  /** The value when the reader has chosen none. */
  defaultValue: T;
  storageKey: string;
  /** The <html> attribute the CSS reads. */
  attribute: string;
}

// One stable subscribe function per attribute, so React does not resubscribe on every render.
const subscribers = new Map<string, (onChange: () => void) => () => void>();
function subscribe(attribute: string) {
  let subscriber = subscribers.get(attribute);
  if (!subscriber) {
    subscriber = (onChange) => {
      const observer = new MutationObserver(onChange);
      observer.observe(document.documentElement, { attributes: true, attributeFilter: [attribute] });
      return () => observer.disconnect();
    };
    subscribers.set(attribute, subscriber);
  }
  return subscriber;
}

/**
 * A row of toggle buttons for one reading preference (text size, theme), kept in localStorage
 * and applied to <html>, where the inline preferences script also applies it on every page load.
 */
export function PreferenceButtons<T extends string>({ label, options, defaultValue, storageKey, attribute }: PreferenceButtonsProps<T>) {
  const current = useSyncExternalStore(
    subscribe(attribute),
    () => document.documentElement.getAttribute(attribute) ?? defaultValue,
    () => defaultValue,
  );

  function choose(value: T) {
    const root = document.documentElement;
    if (value === defaultValue) root.removeAttribute(attribute);
    else root.setAttribute(attribute, value);
    try {
      if (value === defaultValue) localStorage.removeItem(storageKey);
      else localStorage.setItem(storageKey, value);
    } catch {
      // Private browsing may refuse storage: the choice still holds on this page.
    }
  }

  return (
    <div role="group" aria-label={label} className="needs-js flex flex-wrap items-center gap-2">
      <span aria-hidden="true" className="text-sm font-semibold">
        {label}
      </span>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={current === option.value}
          onClick={() => choose(option.value)}
          className="share-button aria-pressed:bg-ink aria-pressed:text-paper"
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
