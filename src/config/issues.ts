// zod's issues as located problems an operator can act on: what was expected, what was found,
// and a hint; unknown fields get "did you mean".
import type { z } from 'zod';
import { closest } from './catalog.js';
import type { FieldPath, Problem } from './problems.js';
import { clusterSchema } from './schema.js';
import { MAX_PROBLEMS } from './yaml-bounds.js';

type Issue = z.core.$ZodIssue;

export function describeIssue(issue: Issue): Problem[] {
  const path = issue.path as (string | number)[];
  const at = (message: string, hint?: string, p: FieldPath = path): Problem => ({
    severity: 'error',
    path: p,
    message,
    ...(hint ? { hint } : {}),
  });
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(path);
      // Beyond the cap the messages are not shown: do not compute their suggestions either.
      const shown = issue.keys.slice(0, MAX_PROBLEMS).map((k) => {
        const near = closest(k, known);
        return at(
          'unknown field',
          near.length > 0 ? `did you mean ${near.join(' or ')}?` : `known fields here: ${known.join(', ')}`,
          [...path, k],
        );
      });
      const more = issue.keys.length - shown.length;
      return more > 0
        ? [...shown, at(`and ${more} more unknown fields`, 'remove what the schema does not know')]
        : shown;
    }
    case 'invalid_type': {
      if (issue.input === undefined) {
        const key = path[path.length - 1];
        return [at(`required ${issue.expected} is missing`, `add ${String(key)}: to ${parentName(path)}`)];
      }
      if (typeof issue.input === 'number' && !Number.isFinite(issue.input))
        return [
          at(`expected a finite number, got ${String(issue.input)}`, hintFor(path) ?? 'write a plain number'),
        ];
      if (issue.expected === 'int' && typeof issue.input === 'number')
        return [at(`expected a whole number, got ${issue.input}`, hintFor(path) ?? 'drop the fraction')];
      const what =
        path.length === 0
          ? 'a mapping of cluster settings'
          : issue.expected === 'int'
            ? 'a whole number'
            : issue.expected;
      return [at(`expected ${what}, got ${typeName(issue.input)}`, hintFor(path))];
    }
    case 'invalid_value':
      return [at(`expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`, hintFor(path))];
    case 'too_small':
    case 'too_big': {
      const bound = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const what = issue.origin === 'array' ? 'entries' : issue.origin === 'string' ? 'characters' : '';
      const inclusive = issue.inclusive !== false;
      const rel =
        issue.code === 'too_small'
          ? inclusive
            ? 'at least'
            : 'more than'
          : inclusive
            ? 'at most'
            : 'less than';
      const custom = issue.message.startsWith('Too ') ? undefined : issue.message;
      return [at(custom ?? `expected ${rel} ${bound}${what ? ` ${what}` : ''}`, hintFor(path))];
    }
    case 'invalid_key':
      return [at(issue.issues.map((i) => i.message).join('; ') || 'not a valid key here', hintFor(path))];
    case 'invalid_union':
      if (issue.input === undefined) {
        const key = path[path.length - 1];
        return [at('required setting is missing', `add ${String(key)}: to ${parentName(path)}`)];
      }
      if (issue.message === 'a secret written as a literal value') {
        return [
          at(
            issue.message,
            'store it in Parameter Store and write { parameter: /akrida/<cluster>/<name> }, or { githubSecret: NAME }',
          ),
        ];
      }
      return [at(issue.message, hintFor(path))];
    default:
      return [at(issue.message, hintFor(path))];
  }
}

const HINTS: Record<string, string> = {
  name: 'e.g. perf-example; it prefixes every resource name, and load balancer names are limited to 32 characters',
  region: 'an AWS region code such as us-east-1',
  'source.repository': 'e.g. https://github.com/openwallet-foundation/owl-akrida.git',
  'teardown.schedule': 'minute hour day-of-month month day-of-week, in UTC',
};

function hintFor(path: FieldPath): string | undefined {
  return HINTS[path.filter((p) => typeof p === 'string').join('.')];
}

function parentName(path: FieldPath): string {
  const parent = path.slice(0, -1);
  return parent.length === 0 ? 'the top level' : parent.join('.');
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return typeof v;
}

/** Field names the schema accepts at a path, for "did you mean" hints. */
function knownKeys(path: FieldPath): string[] {
  let node: z.core.$ZodType | undefined = clusterSchema;
  for (const seg of path) {
    node = node && childSchema(node, seg);
  }
  const obj = node && objectOf(node);
  return obj ? Object.keys(obj._zod.def.shape) : [];
}

function unwrap(t: z.core.$ZodType): z.core.$ZodType {
  const def = t._zod.def as { innerType?: z.core.$ZodType; in?: z.core.$ZodType };
  if (def.innerType) return unwrap(def.innerType);
  if (def.in) return unwrap(def.in);
  return t;
}

function objectOf(t: z.core.$ZodType): z.core.$ZodObject | undefined {
  const u = unwrap(t);
  if (u._zod.def.type === 'object') return u as z.core.$ZodObject;
  if (u._zod.def.type === 'union') {
    for (const o of (u as z.core.$ZodUnion)._zod.def.options) {
      const found = objectOf(o);
      if (found) return found;
    }
  }
  return undefined;
}

function childSchema(t: z.core.$ZodType, seg: string | number): z.core.$ZodType | undefined {
  const u = unwrap(t);
  const def = u._zod.def as {
    type: string;
    shape?: Record<string, z.core.$ZodType>;
    element?: z.core.$ZodType;
    valueType?: z.core.$ZodType;
  };
  if (def.type === 'array') return def.element;
  if (def.type === 'record') return def.valueType;
  return objectOf(u)?._zod.def.shape[String(seg)];
}
