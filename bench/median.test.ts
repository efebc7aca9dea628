import { describe, expect, it } from 'vitest';
import { median, medianOfParts, medianOfRuns } from './median';

describe('median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([250, 0, 40])).toBe(40);
  });

  it('is the mean of the middle two for an even count', () => {
    expect(median([1, 4, 2, 3])).toBe(2.5);
  });

  it('ignores one outlier of three, as from a slow run on a busy machine', () => {
    expect(median([1200, 1210, 9000])).toBe(1210);
  });

  it('is NaN for no values', () => {
    expect(median([])).toBeNaN();
  });
});

describe('medianOfRuns', () => {
  it('takes each field’s median on its own', () => {
    const runs = [
      { performance: 100, tbtMs: 90 },
      { performance: 97, tbtMs: 10 },
      { performance: 99, tbtMs: 30 },
    ];
    expect(medianOfRuns(runs)).toEqual({ performance: 99, tbtMs: 30 });
  });

  it('makes a field null when any run could not measure it', () => {
    expect(medianOfRuns([{ seo: 100 }, { seo: null }, { seo: 100 }])).toEqual({ seo: null });
  });

  it('refuses no runs', () => {
    expect(() => medianOfRuns([])).toThrow(/no runs/);
  });
});

describe('medianOfParts', () => {
  it('takes each part over the runs that have it, so a run without a load phase does not pull it to zero', () => {
    const runs: Record<string, number>[] = [{ ttfb: 10, loadDelay: 200 }, { ttfb: 30 }, { ttfb: 20, loadDelay: 100.4 }];
    expect(medianOfParts(runs)).toEqual({ ttfb: 20, loadDelay: 150 });
  });

  it('is empty for no runs', () => {
    expect(medianOfParts([])).toEqual({});
  });
});
