import type { ReactNode } from 'react';

interface GlossTermProps {
  /** The popover's id, unique on the page. */
  id: string;
  gloss: string;
  /** The gloss's language (the other version's). */
  lang: string;
  children: ReactNode;
}

/**
 * A learner's term in the parallel view: a tap (or Enter) shows its gloss in a native popover,
 * which Escape or a tap elsewhere closes, with no script; keyboard focus opens it too
 * (GlossOnFocus). Screen readers hear the gloss as the term's description.
 */
export function GlossTerm({ id, gloss, lang, children }: GlossTermProps) {
  return (
    <>
      <button type="button" className="gloss-term" popoverTarget={id} aria-describedby={id} data-gloss-term>
        {children}
      </button>
      <span id={id} popover="auto" lang={lang} className="gloss-popover">
        {gloss}
      </span>
    </>
  );
}
