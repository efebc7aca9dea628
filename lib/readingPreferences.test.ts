import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { APPLY_PREFERENCES_SCRIPT, PREFERENCE_KEYS } from './readingPreferences';

/** Runs the inline script against a fake <html> and localStorage. */
function run(stored: Record<string, string>) {
  const attributes: Record<string, string> = {};
  const classes: string[] = [];
  const document = {
    documentElement: { classList: { add: (c: string) => classes.push(c) }, setAttribute: (k: string, v: string) => (attributes[k] = v) },
  };
  const localStorage = { getItem: (k: string) => stored[k] ?? null };
  vm.runInNewContext(APPLY_PREFERENCES_SCRIPT, { document, localStorage });
  return { attributes, classes };
}

describe('the inline reading-preferences script', () => {
  it('is a constant that cannot close its <script> element', () => {
    expect(APPLY_PREFERENCES_SCRIPT).not.toContain('<');
  });

  it('applies every known text size, small included, and a chosen theme', () => {
    for (const size of ['small', 'large']) {
      expect(run({ [PREFERENCE_KEYS.textSize]: size }).attributes['data-text-size']).toBe(size);
    }
    expect(run({ [PREFERENCE_KEYS.theme]: 'dark' }).attributes['data-theme']).toBe('dark');
    for (const mode of ['single', 'reveal']) expect(run({ [PREFERENCE_KEYS.parallel]: mode }).attributes['data-parallel']).toBe(mode);
  });

  it('ignores hostile or unknown stored values', () => {
    const { attributes, classes } = run({ [PREFERENCE_KEYS.textSize]: '"><script>', [PREFERENCE_KEYS.theme]: 'javascript:alert(1)', [PREFERENCE_KEYS.parallel]: 'both"' });
    expect(attributes).toEqual({});
    expect(classes).toEqual(['js']);
  });
});
