// An action's inputs declared with their types, read and checked once before any AWS call. A bad
// value is an InputError naming the input, what it must be and what it got; every bad input of a
// step is named at once.
// A namespace import, as in src/config: esbuild keeps only the parts used (`{ z }` kept all of zod,
// 360 KB more in validate-cluster's bundle).
import * as z from 'zod';
import { io } from './io.js';

export class InputError extends Error {
  override name = 'InputError';
}

/** One input: how its text becomes a value, what an empty (absent) input means, and how action.yml declares it. */
export interface InputSpec<T> {
  /** What a valid value looks like, for the error message ("a whole number", "one of a, b"). */
  readonly expected: string;
  readonly schema: z.ZodType<T, string>;
  /**
   * An absent (empty) input: this value; `required`, @actions/core's own "Input required" failure;
   * `checked`, parsed like any other text (a choice without a default names its choices).
   */
  readonly absent: { value: T } | 'required' | 'checked';
  /** action.yml's description of the input. */
  readonly description: string;
  /**
   * What action.yml declares: `required`, or the default GitHub passes when a step does not give the
   * input (the text of `absent.value`, or an expression GitHub evaluates, such as the job's token).
   */
  readonly declared: { required: true } | { default: string };
}

export type InputSpecs = Record<string, InputSpec<unknown>>;
export type InputValues<S extends InputSpecs> = {
  [K in keyof S]: S[K] extends InputSpec<infer T> ? T : never;
};

interface Bounds {
  min?: number;
  max?: number;
}

interface Described {
  description: string;
}

const absentAs = <T>(fallback: T | undefined): { value: T } => ({ value: fallback as T });
/** action.yml's default for a value: its text, or empty for none. */
const declaredAs = (fallback: string | number | boolean | undefined) => ({
  default: fallback === undefined ? '' : String(fallback),
});

/** "a whole number from 1 to 10", leaving out a lower bound the kind already implies (`implied`). */
function range(kind: string, { min, max }: Bounds, implied: number): string {
  if (min !== undefined && min !== implied && max !== undefined) return `${kind} from ${min} to ${max}`;
  if (max !== undefined) return `${kind} up to ${max}`;
  return min !== undefined && min !== implied ? `${kind} of at least ${min}` : kind;
}

const bounded = (n: z.ZodNumber, { min, max }: Bounds) =>
  (max === undefined ? n : n.max(max)).min(min ?? Number.NEGATIVE_INFINITY);

/**
 * Free text; `required` fails a step that does not give it. `githubDefault` is an expression that
 * action.yml gives as the default (GitHub evaluates it); an empty value still reads as `fallback`.
 */
function text(opts: Described & { required: true }): InputSpec<string>;
function text(opts: Described & { fallback?: string; githubDefault?: string }): InputSpec<string>;
function text({
  description,
  required,
  fallback = '',
  githubDefault,
}: Described & { required?: boolean; fallback?: string; githubDefault?: string }): InputSpec<string> {
  // An optional input not given reads as empty, as @actions/core reads it.
  return {
    expected: 'text',
    schema: z.string(),
    absent: required ? 'required' : { value: fallback },
    description,
    declared: required ? { required: true } : { default: githubDefault ?? fallback },
  };
}

/** A whole number (digits only) within bounds; `min` defaults to 0. */
function integer(opts: Described & Bounds & { fallback: number }): InputSpec<number>;
function integer(opts: Described & Bounds): InputSpec<number | undefined>;
function integer(opts: Described & Bounds & { fallback?: number }): InputSpec<number | undefined> {
  const b = { min: opts.min ?? 0, ...(opts.max !== undefined ? { max: opts.max } : {}) };
  return {
    expected: range('a whole number', b, 0),
    schema: z.string().regex(/^\d+$/).transform(Number).pipe(bounded(z.number().int(), b)),
    absent: absentAs(opts.fallback),
    description: opts.description,
    declared: declaredAs(opts.fallback),
  };
}

/** A decimal number within bounds; `min` defaults to 0. */
function decimal(opts: Described & Bounds & { fallback: number }): InputSpec<number>;
function decimal(opts: Described & Bounds): InputSpec<number | undefined>;
function decimal(opts: Described & Bounds & { fallback?: number }): InputSpec<number | undefined> {
  const b = { min: opts.min ?? 0, ...(opts.max !== undefined ? { max: opts.max } : {}) };
  return {
    // "a number" alone would not explain why -1 is refused.
    expected: range('a number', b, Number.NaN),
    schema: z
      .string()
      .regex(/^-?(\d+\.?\d*|\.\d+)$/)
      .transform(Number)
      .pipe(bounded(z.number(), b)),
    absent: absentAs(opts.fallback),
    description: opts.description,
    declared: declaredAs(opts.fallback),
  };
}

/** true or false, spelled as @actions/core's getBooleanInput accepts them. */
function boolean({ description, fallback }: Described & { fallback: boolean }): InputSpec<boolean> {
  return {
    expected: 'true or false',
    schema: z
      .enum(['true', 'True', 'TRUE', 'false', 'False', 'FALSE'])
      .transform((v) => v.toLowerCase() === 'true'),
    absent: { value: fallback },
    description,
    declared: declaredAs(fallback),
  };
}

/** One of a fixed set of words. Without a fallback, an absent input is refused like a wrong one (action.yml: required). */
function choice<const T extends string>(
  choices: readonly T[],
  { description, fallback }: Described & { fallback?: T },
): InputSpec<T> {
  const schema = z.enum(choices as unknown as [T, ...T[]]) as unknown as z.ZodType<T, string>;
  return {
    expected: `one of ${choices.join(', ')}`,
    schema,
    absent: fallback === undefined ? 'checked' : { value: fallback },
    description,
    declared: fallback === undefined ? { required: true } : { default: fallback },
  };
}

/** A list: one item per line or comma, blanks dropped; `required` fails a step that does not give it. */
function list({ description, required }: Described & { required?: true }): InputSpec<string[]> {
  return {
    expected: 'a list',
    schema: z.string().transform((v) =>
      v
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
    absent: required ? 'required' : { value: [] },
    description,
    declared: required ? { required: true } : { default: '' },
  };
}

export const input = { text, integer, decimal, boolean, choice, list };

/** Every declared input, parsed; one InputError naming each bad input. */
export function readInputs<S extends InputSpecs>(specs: S): InputValues<S> {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    const raw = io().getInput(name, { required: spec.absent === 'required' });
    if (raw === '' && typeof spec.absent === 'object') {
      values[name] = spec.absent.value;
      continue;
    }
    const parsed = spec.schema.safeParse(raw);
    if (parsed.success) values[name] = parsed.data;
    else problems.push(`input ${name} must be ${spec.expected} (got "${raw}")`);
  }
  if (problems.length) throw new InputError(problems.join('; '));
  return values as InputValues<S>;
}
