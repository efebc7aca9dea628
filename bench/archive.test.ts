import { describe, expect, it } from 'vitest';
import { parseSizes, renderChart, tableRows, type SizeResult } from './archive';

const result = (stories: number, scale: number): SizeResult => ({
  stories,
  storyFiles: stories * 2,
  build: { ms: 60_000 * scale, contentCheckMs: 20_000 * scale, peakTreeMb: 900 * scale, peakProcessMb: 500 * scale, staticPages: 400 },
  contentIndexMb: 3.5 * scale,
});

describe('the archive benchmark', () => {
  it('reads sizes as a comma-separated list, smallest first', () => {
    expect(parseSizes(undefined)).toEqual([1000, 10_000, 50_000]);
    expect(parseSizes('10k, 1000,10_000')).toEqual([1000, 10_000]);
    expect(() => parseSizes('ten')).toThrow(/whole numbers/);
  });

  it('tabulates each size, with n/a where no archive story was measured', () => {
    const [row] = tableRows([result(1000, 1)]);
    expect(row).toMatchObject({ stories: 1000, 'build s': 60, 'index s': 20, 'index MB': 3.5, 'archive 1st ms': 'n/a', 'serving MB': '' });
  });

  it('draws time and memory against archive size as a standalone SVG', () => {
    const svg = renderChart([result(1000, 1), result(10_000, 5), result(50_000, 20)]);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('50,000');
    // Index and build time; build memory (serving memory is only measured with a server).
    expect(svg.match(/<polyline/g)).toHaveLength(3);
    expect(svg).toContain('build target 10 min');
    expect(svg).not.toMatch(/NaN|undefined/);
  });
});
