/** Medians for repeated measurements: one slow run on a busy machine does not move them. */

/** The median of some numbers (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Each field's median over several runs, field by field (so the median LCP and the median TBT
 * may come from different runs). A field missing or null in a run (Lighthouse could not score
 * it) makes that field null: a budget must not pass on the runs that happened to work.
 */
export function medianOfRuns<K extends string>(runs: readonly Record<K, number | null>[]): Record<K, number | null> {
  if (runs.length === 0) throw new Error('medianOfRuns: no runs');
  const keys = Object.keys(runs[0]!) as K[];
  const result = {} as Record<K, number | null>;
  for (const key of keys) {
    const values = runs.map((run) => run[key]);
    result[key] = values.some((v) => v === null || v === undefined || Number.isNaN(v)) ? null : median(values as number[]);
  }
  return result;
}

/** Each named part's median (rounded) over the runs that measured it; a part no run has is left out. */
export function medianOfParts(runs: Record<string, number>[]): Record<string, number> {
  const names = [...new Set(runs.flatMap((run) => Object.keys(run)))];
  return Object.fromEntries(names.map((name) => [name, Math.round(median(runs.flatMap((run) => (name in run ? [run[name]!] : []))))]));
}
