import { describe, expect, it } from 'vitest';
import en from './en.json';
import ko from './ko.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** ICU arguments and rich-text tags a message uses: {name}, <tag>. */
function placeholders(message: string): string[] {
  // An argument is `{name}` or `{name, plural, ...}`; `{No stories...}` is plural branch text.
  const args = [...message.matchAll(/\{(\w+)\s*[},]/g)].map((m) => `{${m[1]}}`);
  const tags = [...message.matchAll(/<(\w+)>/g)].map((m) => `<${m[1]}>`);
  return [...new Set([...args, ...tags])].sort();
}

const english = flatten(en);
const korean = flatten(ko);

describe('UI messages', () => {
  it('has every English key in Korean', () => {
    expect([...english.keys()].filter((k) => !korean.has(k))).toEqual([]);
  });

  it('has every Korean key in English', () => {
    expect([...korean.keys()].filter((k) => !english.has(k))).toEqual([]);
  });

  // Where a language's convention needs more (or less) than another's, say so here.
  const conventions: Record<string, string> = {
    'Article.dateline': 'Korean datelines name who filed the story: (블라디보스토크=연합뉴스)',
  };

  it('uses the same arguments and tags in both languages', () => {
    const mismatched = [...english]
      .filter(([key]) => !(key in conventions))
      .filter(([key, message]) => JSON.stringify(placeholders(message)) !== JSON.stringify(placeholders(korean.get(key) ?? message)));
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('has no empty message', () => {
    const empty = [...english, ...korean].filter(([, message]) => !message.trim());
    expect(empty).toEqual([]);
  });
});
