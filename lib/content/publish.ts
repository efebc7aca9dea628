import path from 'node:path';
import { folderSurvey, storyParser, writeIndex } from './queries';
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
 * proxy (lib/content/gate.ts) and the pages read the new generation from it. Waits for a change
 * already under way (the background build of a missing index included), then makes its own.
 */
export async function publishContent({ only, nowMs }: { only?: string[]; nowMs?: number } = {}): Promise<PublishReport> {
  // A whole-folder rescan of a large archive surveys its folders on a worker thread, before it
  // waits for the writer: changes to a few stories are written meanwhile, not after it.
  const survey = only === undefined ? await folderSurvey() : undefined;
  const { result, before, problems, next } = await writeIndex(async (writer) => {
    const before = writer.generation().n;
    // Under `next dev` the writer is the connection pages sync per request: a sync that awaits
    // would be found mid-way by the next page's ("being written by another sync").
    const result = process.env.NODE_ENV === 'development' ? writer.sync({ nowMs, only }) : await writer.syncWith(storyParser, { nowMs, only, survey });
    return { result, before, problems: writer.problems(), next: writer.nextEmbargoMs() };
  });
  const newGeneration = result.generation.n !== before;
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
