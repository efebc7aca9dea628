/**
 * Reading preferences a reader chooses once and keeps on every page: text size, colour theme and
 * the parallel view's mode.
 * They live in localStorage and on <html> as data attributes, which the CSS reads. The script
 * below applies them before the first paint, so pages never jump or flash when they load.
 */
export const TEXT_SIZES = ['small', 'medium', 'large'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The parallel view's modes: both languages, only the page's, or each translation on request. */
export const PARALLEL_MODES = ['both', 'single', 'reveal'] as const;
export type ParallelMode = (typeof PARALLEL_MODES)[number];

export const PREFERENCE_KEYS = { textSize: 'newsroom:text-size', theme: 'newsroom:theme', parallel: 'newsroom:parallel' } as const;
export const PREFERENCE_ATTRIBUTES = { textSize: 'data-text-size', theme: 'data-theme', parallel: 'data-parallel' } as const;

/** Runs inline at the top of <body>: a constant, with nothing from a request or from content in it. */
export const APPLY_PREFERENCES_SCRIPT = `(function(){var d=document.documentElement;d.classList.add('js');try{var s=localStorage.getItem(${JSON.stringify(
  PREFERENCE_KEYS.textSize,
)}),t=localStorage.getItem(${JSON.stringify(PREFERENCE_KEYS.theme)});if(${JSON.stringify(TEXT_SIZES)}.indexOf(s)>=0)d.setAttribute(${JSON.stringify(
  PREFERENCE_ATTRIBUTES.textSize,
)},s);if(t==='light'||t==='dark')d.setAttribute(${JSON.stringify(PREFERENCE_ATTRIBUTES.theme)},t);var p=localStorage.getItem(${JSON.stringify(
  PREFERENCE_KEYS.parallel,
)});if(p==='single'||p==='reveal')d.setAttribute(${JSON.stringify(PREFERENCE_ATTRIBUTES.parallel)},p);}catch(e){}})();`;
