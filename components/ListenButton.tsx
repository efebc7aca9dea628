interface ListenButtonProps {
  /** The language it reads in (an html lang, e.g. "ko"). */
  lang: string;
  /** Its name, in the page's language, e.g. "Listen in Korean". */
  label: string;
}

/**
 * Reads the paragraph it follows aloud in its own language. Server HTML, hidden until ReadAloud
 * finds a voice for that language in the reader's browser: none is ever downloaded.
 */
export function ListenButton({ lang, label }: ListenButtonProps) {
  return (
    <button type="button" hidden data-listen={lang} aria-pressed="false" className="listen-button">
      <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M11 5 6 9H2v6h4l5 4z" />
        <path d="M15.5 8.5a5 5 0 0 1 0 7M19 5a10 10 0 0 1 0 14" />
      </svg>
      {label}
    </button>
  );
}
