// GitHub's expression language, evaluated by GitHub's own @actions/expressions: ${{ }} in
// strings, and `if:` conditions with the status functions a runner provides.
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { truthy } from '@actions/expressions/result';

export type Contexts = Record<string, unknown>;
export interface JobStatus {
  failed: boolean;
  cancelled: boolean;
}

export class ExpressionError extends Error {
  override name = 'ExpressionError';
}

const STATUS_FUNCTIONS = ['success', 'failure', 'always', 'cancelled'];

/** The contexts an expression can name, as expression data: only those its text mentions are converted. */
function toData(contexts: Contexts, expr: string): data.Dictionary {
  // Context names are case-insensitive.
  const mentioned = expr.toLowerCase();
  const named = Object.fromEntries(
    Object.entries(contexts).filter(([name]) => mentioned.includes(name.toLowerCase())),
  );
  return JSON.parse(JSON.stringify(named), data.reviver) as data.Dictionary;
}

export function evaluate(
  expr: string,
  contexts: Contexts,
  status: JobStatus = { failed: false, cancelled: false },
): data.ExpressionData {
  const lexed = new Lexer(expr).lex();
  const infos = STATUS_FUNCTIONS.map((name) => ({ name, minArgs: 0, maxArgs: 0 }));
  let parsed: ReturnType<Parser['parse']>;
  try {
    parsed = new Parser(lexed.tokens, Object.keys(contexts), infos).parse();
  } catch (err) {
    throw new ExpressionError(`cannot parse \${{ ${expr} }}: ${(err as Error).message}`);
  }
  const results: Record<string, boolean> = {
    success: !status.failed && !status.cancelled,
    failure: status.failed,
    always: true,
    cancelled: status.cancelled,
  };
  const fns = new Map(
    Object.entries(results).map(([name, v]) => [
      name,
      { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(v) },
    ]),
  );
  try {
    return new Evaluator(parsed, toData(contexts, expr), fns).evaluate();
  } catch (err) {
    throw new ExpressionError(`cannot evaluate \${{ ${expr} }}: ${(err as Error).message}`);
  }
}

/** Replace every ${{ }} in a string with its value as a string, as GitHub does for `with:` and `env:`. */
export function interpolate(value: unknown, contexts: Contexts): string {
  if (typeof value !== 'string') return value === undefined || value === null ? '' : String(value);
  return value.replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, expr: string) =>
    evaluate(expr.trim(), contexts).coerceString(),
  );
}

/** An `if:`: a bare condition means success() && condition, as on GitHub. */
export function condition(cond: unknown, contexts: Contexts, status: JobStatus): boolean {
  if (cond === undefined || cond === null || cond === '') return !status.failed && !status.cancelled;
  if (typeof cond === 'boolean') return cond && !status.failed;
  const expr = String(cond)
    .trim()
    .replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
    .trim();
  const usesStatus = STATUS_FUNCTIONS.some((f) => new RegExp(`\\b${f}\\s*\\(`).test(expr));
  const full = usesStatus ? expr : `success() && (${expr})`;
  return truthy(evaluate(full, contexts, status));
}

/** A value that is one whole ${{ }} keeps its type (lists for a matrix); anything else is a string. */
export function evaluateValue(value: unknown, contexts: Contexts): unknown {
  if (typeof value !== 'string') return value;
  const whole = /^\s*\$\{\{([\s\S]*?)\}\}\s*$/.exec(value);
  if (!whole?.[1]) return interpolate(value, contexts);
  return JSON.parse(JSON.stringify(evaluate(whole[1].trim(), contexts), data.replacer)) as unknown;
}
