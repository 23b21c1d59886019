// One identity-policy evaluation, shared by the enforcer and SimulatePrincipalPolicy: an explicit
// Deny wins, else an Allow that matches action, resource (or NotResource) and every condition,
// else the implicit deny. The operators are those the generated policies use, with IAM's rules
// for a missing key (false for the positive operators, true for the negated ones) and policy
// variables (`${aws:PrincipalAccount}`) in values and resources. An operator outside this list
// throws rather than guess.
import type { PolicyDocument, PolicyStatement } from '../../iam/policies.js';

export type Decision = 'allowed' | 'explicitDeny' | 'implicitDeny';
/** Condition keys and their values for one resource of a request (multi-valued keys are lists). */
export type Context = Record<string, string | string[] | undefined>;

const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Compiled patterns: a day of workflows asks the same few hundred patterns thousands of times. */
const compiled = new Map<string, RegExp>();

export function wildcard(pattern: string, value: string, flags = ''): boolean {
  const key = `${flags}:${pattern}`;
  let re = compiled.get(key);
  if (!re) {
    re = new RegExp(
      `^${pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
      flags,
    );
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(key, re);
  }
  return re.test(value);
}

/** `${key}` from the context; an unresolved variable matches nothing, as in IAM. */
function substitute(s: string, ctx: Context): string | undefined {
  let unresolved = false;
  const out = s.replace(/\$\{([^}]+)\}/g, (_, key: string) => {
    const v = ctx[key];
    if (typeof v !== 'string') unresolved = true;
    return typeof v === 'string' ? v : '';
  });
  return unresolved ? undefined : out;
}

const BASE: Record<string, (want: string, have: string) => boolean> = {
  StringEquals: (w, h) => w === h,
  StringLike: (w, h) => wildcard(w, h),
  ArnEquals: (w, h) => w === h,
  ArnLike: (w, h) => wildcard(w, h),
  NumericEquals: (w, h) => h.trim() !== '' && Number(w) === Number(h),
};
const NEGATED: Record<string, string> = { StringNotEquals: 'StringEquals', StringNotLike: 'StringLike' };

function holds(operator: string, key: string, wanted: string[], ctx: Context): boolean {
  const have = list(ctx[key]);
  const values = wanted.flatMap((w) => list(substitute(w, ctx)));
  if (operator === 'Null') return (have.length === 0) === (wanted[0] === 'true');
  const [set, op] = operator.includes(':') ? operator.split(':', 2) : [undefined, operator];
  // ...IfExists: the operator when the request carries the key, true when it does not.
  const ifExists = (op as string).endsWith('IfExists');
  if (ifExists && have.length === 0) return true;
  const name = (op as string).replace(/IfExists$/, '');
  const base = BASE[name] ?? (name in NEGATED ? BASE[NEGATED[name] as string] : undefined);
  if (!base) throw new Error(`the simulated IAM does not evaluate the condition operator ${operator}`);
  const negated = name in NEGATED;
  const one = (h: string) => values.some((w) => base(w, h)) !== negated;
  if (set === 'ForAllValues') return have.every(one);
  if (set === 'ForAnyValue') return have.some(one);
  // A single-valued key: a missing one fails the positive operators and passes the negated ones.
  return have.length === 0 ? negated : have.some(one);
}

function applies(st: PolicyStatement, action: string, resource: string, ctx: Context): boolean {
  if (!list(st.Action).some((a) => wildcard(a, action, 'i'))) return false;
  const matches = (patterns: string[]) =>
    patterns.some((p) => {
      const q = substitute(p, ctx);
      return q !== undefined && (q === '*' || wildcard(q, resource));
    });
  if (st.NotResource !== undefined ? matches(list(st.NotResource)) : !matches(list(st.Resource)))
    return false;
  return Object.entries(st.Condition ?? {}).every(([operator, keys]) =>
    Object.entries(keys).every(([key, want]) => holds(operator, key, list(want), ctx)),
  );
}

/** One decision as made, for a check of this evaluator against a maintained IAM engine. */
export interface DecisionRecord {
  docs: readonly PolicyDocument[];
  action: string;
  resource: string;
  ctx: Context;
  decision: Decision;
  /** A request the simulator authorized, or a question SimulatePrincipalPolicy answered. */
  origin: 'request' | 'simulation';
}

/** Where decisions are reported when a test listens (test/fixtures/iam-engine-check.ts). */
export const decisionListener: { on?: (r: DecisionRecord) => void } = {};

/** The decision for one action on one resource. */
export function decide(
  docs: readonly PolicyDocument[],
  action: string,
  resource: string,
  ctx: Context,
  origin: DecisionRecord['origin'] = 'request',
): Decision {
  const hits = docs.flatMap((d) => list(d.Statement)).filter((st) => applies(st, action, resource, ctx));
  const decision: Decision = hits.some((st) => st.Effect === 'Deny')
    ? 'explicitDeny'
    : hits.some((st) => st.Effect === 'Allow')
      ? 'allowed'
      : 'implicitDeny';
  decisionListener.on?.({ docs, action, resource, ctx, decision, origin });
  return decision;
}
