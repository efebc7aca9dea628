import path from 'node:path';
import { contentStore } from './queries';
import type { ContentProblem } from './types';

/** What a publish (a rescan of the content folder) did, for `POST /api/publish` and the front server. */
export interface PublishReport {
  generation: { n: number; now: string };
  /** Whether this rescan made a new generation: every cache must then drop what it holds. */
  newGeneration: boolean;
  changed: string[];
  removed: string[];
  failed: string[];
  /** When the next scheduled story goes live (ISO 8601), so a timer can publish it on time. */
  nextEmbargo?: string;
  /** Counts for the whole folder; `list`: the problems of the files this rescan could not publish. */
  problems: { errors: number; warnings: number; list: ContentProblem[] };
}

/**
 * Brings the content index up to date with the folder (or, with `only`, some story folders); the
 * proxy (lib/content/gate.ts) and the pages read the new generation from it.
 */
export function publishContent({ only, nowMs = Date.now() }: { only?: string[]; nowMs?: number } = {}): PublishReport {
  const store = contentStore();
  const before = store.generation().n;
  const result = store.sync({ nowMs, only });
  const newGeneration = result.generation.n !== before;
  const problems = store.problems();
  const next = store.nextEmbargoMs();
  const failed = new Set(result.failed.map((file) => file.split(path.sep).join('/')));
  const ofFailed = (problem: ContentProblem) => [...failed].some((file) => problem.file.split(path.sep).join('/').endsWith(file));
  return {
    generation: { n: result.generation.n, now: new Date(result.generation.nowMs).toISOString() },
    newGeneration,
    changed: result.changed,
    removed: result.removed,
    failed: result.failed,
    ...(next === undefined ? {} : { nextEmbargo: new Date(next).toISOString() }),
    problems: {
      errors: problems.filter((p) => p.severity === 'error').length,
      warnings: problems.filter((p) => p.severity === 'warning').length,
      list: problems.filter(ofFailed),
    },
  };
}
