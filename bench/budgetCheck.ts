/** Compares measurements with the budgets (bench/budgets.ts): pure, so it is unit-tested. */
import type { Budget, Metric, Unit } from './budgets';

/** Each page's figures by metric; null where the measurement failed. */
export type Measurements = Record<string, Partial<Record<Metric, number | null>>>;

export interface BudgetResult {
  page: string;
  label: string;
  unit: Unit;
  measured: number | null;
  /** The value the measurement is compared with (for a floor budget: floor + allowance). */
  limit: number | null;
  op: Budget['failWhen']['op'];
  /** The floor's own figure, for budgets counted from it. */
  floor?: number | null;
  pass: boolean;
  note?: string;
}

const fails = (measured: number, op: Budget['failWhen']['op'], limit: number) =>
  op === '>' ? measured > limit : op === '>=' ? measured >= limit : measured < limit;

/**
 * One result per budget and page. A figure that could not be measured fails its budget (it is
 * not evidence of meeting it), and so does a floor budget whose floor figure is missing.
 */
export function checkBudgets(budgets: readonly Budget[], measurements: Measurements, floorPage: string): BudgetResult[] {
  return budgets.flatMap((budget) =>
    budget.pages.map((page): BudgetResult => {
      const { op, value, overFloor } = budget.failWhen;
      const measured = measurements[page]?.[budget.metric] ?? null;
      const floor = overFloor ? (measurements[floorPage]?.[budget.metric] ?? null) : undefined;
      const limit = overFloor ? (floor === null || floor === undefined ? null : floor + value) : value;
      const base = { page, label: budget.label, unit: budget.unit, measured, limit, op, ...(overFloor ? { floor } : {}) };
      if (measured === null) return { ...base, pass: false, note: 'not measured' };
      if (limit === null) return { ...base, pass: false, note: 'floor not measured' };
      return { ...base, pass: !fails(measured, op, limit) };
    }),
  );
}

export function formatValue(value: number | null | undefined, unit: Unit): string {
  if (value === null || value === undefined) return 'n/a';
  switch (unit) {
    case 'bytes':
      return `${(value / 1024).toFixed(1)} KB`;
    case 'score':
      return String(Math.round(value));
    case 'ms':
      return `${Math.round(value)} ms`;
    case 'unitless':
      // A shift of 0.0001 still fails "no shift at all": never print it as 0.000.
      return value === 0 ? '0' : value >= 0.001 ? value.toFixed(3) : value.toPrecision(1);
  }
}

const OK_WHEN: Record<Budget['failWhen']['op'], string> = { '>': '≤', '>=': '<', '<': '≥' };

/** What passing means, in words a reader of the table checks at a glance: "≤ 136.9 KB (floor 131.9 KB + 5.0 KB)". */
export function describeLimit(result: BudgetResult): string {
  const limit = `${OK_WHEN[result.op]} ${formatValue(result.limit, result.unit)}`;
  if (result.floor === undefined) return limit;
  const allowance = result.limit !== null && result.floor !== null ? result.limit - result.floor : null;
  return `${limit} (floor ${formatValue(result.floor, result.unit)} + ${formatValue(allowance, result.unit)})`;
}

/** Rows for console.table: every budget and page, failures marked OVER. */
export function budgetTable(results: readonly BudgetResult[]) {
  return results.map((r) => ({
    page: r.page,
    budget: r.label,
    measured: formatValue(r.measured, r.unit),
    'must be': describeLimit(r),
    result: r.pass ? 'ok' : `OVER${r.note ? ` (${r.note})` : ''}`,
  }));
}

/**
 * A warning when the machine was busy while Lighthouse ran: more than twice as many runnable
 * tasks as cores (the 1-minute load average, sampled after each audit; the audit itself accounts
 * for about one or two). The performance score, LCP and TBT suffer first; the medians absorb one
 * disturbed run per page, not minutes of load.
 */
export function busyMachineWarning(loadSamples: readonly number[], cores: number): string | undefined {
  if (loadSamples.length === 0) return undefined;
  const sorted = [...loadSamples].sort((a, b) => a - b);
  const typical = sorted[Math.floor(sorted.length / 2)]!;
  if (typical <= 2 * cores) return undefined;
  return (
    `the machine was busy while measuring: load average ${typical.toFixed(1)} (up to ${sorted.at(-1)!.toFixed(1)}) on ${cores} cores. ` +
    'Performance, LCP and TBT read worse under load than they are: if only those fail, rerun when the machine is quieter before believing them.'
  );
}
