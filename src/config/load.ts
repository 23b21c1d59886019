// Reads a cluster file, validates it (types, then semantics) and returns a typed cluster or throws
// ConfigError with one located message per problem. Nothing here touches AWS.
import { readFileSync } from 'node:fs';
import { isMap, isPair, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import type { z } from 'zod';
import { closest } from './catalog.js';
import { ConfigError, type FieldPath, type LocatedProblem, type Problem } from './problems.js';
import { type Cluster, clusterSchema } from './schema.js';
import { semanticProblems } from './semantic.js';

export interface LoadedCluster {
  file: string;
  cluster: Cluster;
  warnings: readonly LocatedProblem[];
}

export function loadClusterFile(file: string): LoadedCluster {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(err);
    throw new ConfigError([
      {
        file,
        line: 1,
        column: 1,
        severity: 'error',
        path: [],
        message: reason,
        hint: 'pass an existing clusters/<name>.yml',
      },
    ]);
  }
  return parseClusterText(text, file);
}

export function parseClusterText(text: string, file: string): LoadedCluster {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const locate = (p: Problem, offset?: number): LocatedProblem => {
    const pos = lines.linePos(offset ?? offsetOf(doc.contents, p.path));
    return { ...p, file, line: pos.line, column: pos.col };
  };
  if (doc.errors.length > 0) {
    throw new ConfigError(
      doc.errors.map((e) =>
        locate(
          {
            severity: 'error',
            path: [],
            message: `not valid YAML: ${e.message.split('\n')[0]}`,
            hint: 'fix the YAML syntax',
          },
          e.pos[0],
        ),
      ),
    );
  }
  const data: unknown = doc.toJS();
  const parsed = clusterSchema.safeParse(data ?? {}, { reportInput: true });
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.flatMap((i) => describeIssue(i)).map((p) => locate(p)));
  }
  const problems = semanticProblems(parsed.data).map((p) => locate(p));
  if (problems.some((p) => p.severity === 'error')) throw new ConfigError(problems);
  return { file, cluster: parsed.data, warnings: problems };
}

type Issue = z.core.$ZodIssue;

function describeIssue(issue: Issue): Problem[] {
  const path = issue.path as (string | number)[];
  const at = (message: string, hint?: string, p: FieldPath = path): Problem => ({
    severity: 'error',
    path: p,
    message,
    ...(hint ? { hint } : {}),
  });
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((k) => {
        const known = knownKeys(path);
        const near = closest(k, known);
        return at(
          'unknown field',
          near.length > 0 ? `did you mean ${near.join(' or ')}?` : `known fields here: ${known.join(', ')}`,
          [...path, k],
        );
      });
    case 'invalid_type': {
      if (issue.input === undefined) {
        const key = path[path.length - 1];
        return [at(`required ${issue.expected} is missing`, `add ${String(key)}: to ${parentName(path)}`)];
      }
      const what = path.length === 0 ? 'a mapping of cluster settings' : issue.expected;
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

/** Start offset of the deepest YAML node that exists along the path (the key, for a map entry). */
function offsetOf(root: unknown, path: FieldPath): number {
  let node = root as Node | null | undefined;
  let best = (node as Node | undefined)?.range?.[0] ?? 0;
  for (const seg of path) {
    if (!node || typeof node !== 'object') break;
    if (isMap(node)) {
      const pair = node.items.find(
        (it) => isPair(it) && isScalar(it.key) && String(it.key.value) === String(seg),
      );
      if (!pair) break;
      const key = pair.key as Node;
      best = key.range?.[0] ?? best;
      node = pair.value as Node | null;
    } else if ('items' in node && Array.isArray((node as { items: unknown[] }).items)) {
      const item = (node as { items: unknown[] }).items[Number(seg)] as Node | undefined;
      if (!item) break;
      best = item.range?.[0] ?? best;
      node = item;
    } else break;
  }
  return best;
}
