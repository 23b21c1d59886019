// One clear message per problem in a cluster file: where, which field, what was expected, what to do.

export type Severity = 'error' | 'warning';
export type FieldPath = readonly (string | number)[];

export interface Problem {
  severity: Severity;
  path: FieldPath;
  message: string;
  hint?: string;
}

export interface LocatedProblem extends Problem {
  file: string;
  line: number;
  column: number;
}

export function formatPath(path: FieldPath): string {
  if (path.length === 0) return '(file)';
  // A key from a hostile file may hold spaces or line breaks: quote it so the message stays one line.
  const key = (p: string) => (/^[\x21-\x7e]+$/.test(p) && !/["[\]]/.test(p) ? p : JSON.stringify(p));
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? key(p) : `.${key(p)}`)).join('');
}

export function formatProblem(p: LocatedProblem): string {
  const head = `${p.file}:${p.line}:${p.column}: ${p.severity} ${formatPath(p.path)}: ${p.message}`;
  return p.hint ? `${head}\n  hint: ${p.hint}` : head;
}

/** Thrown before any AWS call when a cluster file is not usable. */
export class ConfigError extends Error {
  readonly problems: readonly LocatedProblem[];
  constructor(problems: readonly LocatedProblem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    const file = problems[0]?.file ?? 'cluster file';
    super(
      `${file}: ${errors.length} problem${errors.length === 1 ? '' : 's'}; nothing was changed in AWS.\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'ConfigError';
    this.problems = problems;
  }
}
