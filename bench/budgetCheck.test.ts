import { describe, expect, it } from 'vitest';
import { budgetTable, busyMachineWarning, checkBudgets, describeLimit, formatValue } from './budgetCheck';
import { BUDGETS, KB, type Budget } from './budgets';

const js: Budget = {
  label: 'JS',
  metric: 'jsBytes',
  unit: 'bytes',
  pages: ['article (en)'],
  failWhen: { op: '>', value: 5 * KB, overFloor: true },
  source: 'test',
};
const css: Budget = { label: 'CSS', metric: 'cssBytes', unit: 'bytes', pages: ['article (en)'], failWhen: { op: '>=', value: 15 * KB }, source: 'test' };
const perf: Budget = { label: 'performance', metric: 'performance', unit: 'score', pages: ['article (en)'], failWhen: { op: '<', value: 99 }, source: 'test' };
const cls: Budget = { label: 'CLS', metric: 'cls', unit: 'unitless', pages: ['article (en)'], failWhen: { op: '>', value: 0 }, source: 'test' };

describe('checkBudgets', () => {
  it('passes JS up to exactly the floor plus 5 KB and fails one byte more', () => {
    const floor = { jsBytes: 135_000 };
    expect(checkBudgets([js], { floor, 'article (en)': { jsBytes: 135_000 + 5 * KB } }, 'floor')[0]).toMatchObject({ pass: true, limit: 140_120, floor: 135_000 });
    expect(checkBudgets([js], { floor, 'article (en)': { jsBytes: 135_001 + 5 * KB } }, 'floor')[0]).toMatchObject({ pass: false });
  });

  it('fails CSS at 15 KB itself: the budget is "under 15 KB"', () => {
    expect(checkBudgets([css], { 'article (en)': { cssBytes: 15 * KB - 1 } }, 'floor')[0]!.pass).toBe(true);
    expect(checkBudgets([css], { 'article (en)': { cssBytes: 15 * KB } }, 'floor')[0]!.pass).toBe(false);
  });

  it('fails a score below the minimum and passes it at the minimum', () => {
    expect(checkBudgets([perf], { 'article (en)': { performance: 98 } }, 'floor')[0]!.pass).toBe(false);
    expect(checkBudgets([perf], { 'article (en)': { performance: 99 } }, 'floor')[0]!.pass).toBe(true);
  });

  it('fails any layout shift at all', () => {
    expect(checkBudgets([cls], { 'article (en)': { cls: 0.001 } }, 'floor')[0]!.pass).toBe(false);
    expect(checkBudgets([cls], { 'article (en)': { cls: 0 } }, 'floor')[0]!.pass).toBe(true);
  });

  it('fails what could not be measured, and a floor budget without a floor figure', () => {
    expect(checkBudgets([perf], { 'article (en)': { performance: null } }, 'floor')[0]).toMatchObject({ pass: false, note: 'not measured' });
    expect(checkBudgets([perf], {}, 'floor')[0]).toMatchObject({ pass: false, note: 'not measured' });
    expect(checkBudgets([js], { 'article (en)': { jsBytes: 1 } }, 'floor')[0]).toMatchObject({ pass: false, note: 'floor not measured' });
  });

  it('checks every page a budget names', () => {
    const twoPages: Budget = { ...css, pages: ['a', 'b'] };
    const results = checkBudgets([twoPages], { a: { cssBytes: 1 }, b: { cssBytes: 20 * KB } }, 'floor');
    expect(results.map((r) => [r.page, r.pass])).toEqual([
      ['a', true],
      ['b', false],
    ]);
  });
});

describe('the budget table', () => {
  it('says what passing means, counting from the floor where the budget does', () => {
    const [result] = checkBudgets([js], { floor: { jsBytes: 100 * KB }, 'article (en)': { jsBytes: 110 * KB } }, 'floor');
    expect(describeLimit(result!)).toBe('≤ 105.0 KB (floor 100.0 KB + 5.0 KB)');
    expect(budgetTable([result!])).toEqual([{ page: 'article (en)', budget: 'JS', measured: '110.0 KB', 'must be': '≤ 105.0 KB (floor 100.0 KB + 5.0 KB)', result: 'OVER' }]);
  });

  it('formats each unit', () => {
    expect(formatValue(1536, 'bytes')).toBe('1.5 KB');
    expect(formatValue(99.4, 'score')).toBe('99');
    expect(formatValue(1234.5, 'ms')).toBe('1235 ms');
    expect(formatValue(0.0042, 'unitless')).toBe('0.004');
    expect(formatValue(0.000141, 'unitless')).toBe('0.0001');
    expect(formatValue(0, 'unitless')).toBe('0');
    expect(formatValue(null, 'ms')).toBe('n/a');
  });
});

describe('the budgets file', () => {
  it('gives every budget a source and at least one page', () => {
    for (const budget of BUDGETS) {
      expect(budget.source.length, budget.label).toBeGreaterThan(10);
      expect(budget.pages.length, budget.label).toBeGreaterThan(0);
    }
  });

  it('holds the numbers issue 7 asks for', () => {
    const byLabel = Object.fromEntries(BUDGETS.map((b) => [b.label, b.failWhen]));
    expect(byLabel).toMatchObject({
      JS: { op: '>', value: 5 * KB, overFloor: true },
      CSS: { op: '>=', value: 15 * KB },
      'Korean fonts': { op: '>=', value: 200 * KB },
      'Lighthouse performance': { op: '<', value: 99 },
      'Lighthouse accessibility': { op: '<', value: 100 },
      'Lighthouse best practices': { op: '<', value: 100 },
      'Lighthouse SEO': { op: '<', value: 100 },
      LCP: { op: '>', value: 1500 },
      CLS: { op: '>', value: 0 },
      TBT: { op: '>', value: 50, overFloor: true },
    });
  });
});

describe('busyMachineWarning', () => {
  it('stays quiet while the typical load is at most twice the cores', () => {
    expect(busyMachineWarning([1.5, 3.9, 12], 2)).toBeUndefined();
    expect(busyMachineWarning([], 2)).toBeUndefined();
  });

  it('warns, with the typical and the highest load, when the machine was busier', () => {
    expect(busyMachineWarning([4.5, 11.2, 6], 2)).toMatch(/load average 6\.0 \(up to 11\.2\) on 2 cores/);
  });
});
