import type { ContentProblem } from './types';

/** `path:line: field: message`, the shape editors' tools and terminals link to. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${where}: ${prefix}${problem.field}: ${problem.message}`;
}

export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field),
  );
}

/** Thrown when the content folder has errors; its message lists every one of them. */
export class ContentValidationError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    const errors = sortProblems(problems.filter((p) => p.severity === 'error'));
    const noun = errors.length === 1 ? 'problem' : 'problems';
    super(`The content folder has ${errors.length} ${noun}:\n${errors.map(formatProblem).join('\n')}`);
    this.name = 'ContentValidationError';
    this.problems = errors;
  }
}
