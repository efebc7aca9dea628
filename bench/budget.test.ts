import { describe, expect, it } from 'vitest';
import { isSiteInput } from './budget';

describe('what makes the budget rebuild the site', () => {
  it('counts the code, styles, messages, public files and build config', () => {
    for (const file of ['app/[locale]/layout.tsx', 'app/globals.css', 'components/Headline.tsx', 'lib/content/load.ts', 'messages/ko.json', 'public/icon.svg', 'next.config.js', 'package-lock.json', 'proxy.ts']) {
      expect(isSiteInput(file), file).toBe(true);
    }
  });

  it('counts the fixtures the build reads, not the rest of the end-to-end suite', () => {
    expect(isSiteInput('e2e/fixtures/content/articles/kim-train-khabarovsk/ko.md')).toBe(true);
    expect(isSiteInput('e2e/share.spec.ts')).toBe(false);
  });

  it('ignores what cannot change the built pages: benchmarks, tests, docs, the real content folder', () => {
    for (const file of ['bench/weight.ts', 'bench/floor/app/page.tsx', 'lib/search/text.test.ts', 'README.md', 'content/articles/x/en.md', '.ci/run', 'playwright.config.ts']) {
      expect(isSiteInput(file), file).toBe(false);
    }
  });
});
