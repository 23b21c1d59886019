// Reads a cluster file, validates it (types, then semantics) and returns a typed cluster or throws
// ConfigError with one located message per problem. Nothing here touches AWS.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from 'yaml';
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

/** Cluster files are small; anything larger is refused before parsing so no input can stall it. */
export const MAX_CLUSTER_FILE_BYTES = 256 * 1024;
/** Aliases are rarely needed in a cluster file; a bounded number keeps expansion bounded. */
const MAX_ALIASES = 100;

const fileProblem = (file: string, message: string, hint: string, line = 1, column = 1) =>
  new ConfigError([{ file, line, column, severity: 'error', path: [], message, hint }]);

export function loadClusterFile(file: string): LoadedCluster {
  let text: string;
  try {
    const fd = openSync(file, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > MAX_CLUSTER_FILE_BYTES) throw tooLarge(file, size);
      const buf = Buffer.alloc(size);
      readSync(fd, buf, 0, size, 0);
      text = buf.toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    if (err instanceof ConfigError) throw err;
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

function tooLarge(file: string, size: number): ConfigError {
  return fileProblem(
    file,
    `the file is ${size} bytes; a cluster file may be at most ${MAX_CLUSTER_FILE_BYTES} bytes`,
    'a cluster file describes one cluster in a few hundred lines; remove what does not belong',
  );
}

export function parseClusterText(text: string, file: string): LoadedCluster {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_CLUSTER_FILE_BYTES) throw tooLarge(file, bytes);
  const lines = new LineCounter();
  // uniqueKeys is quadratic in the yaml library; duplicates are found below in linear time.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const locate = (p: Problem, offset?: number): LocatedProblem => {
    const pos = lines.linePos(offset ?? offsetOf(doc.contents, p.path));
    return { ...p, file, line: pos.line, column: pos.col };
  };
  const structural = [
    ...doc.errors.map((e) =>
      /call stack/i.test(e.message)
        ? {
            message: 'the YAML nests too deeply to read',
            hint: 'a cluster file needs a few levels of nesting; remove the deep brackets',
            offset: e.pos[0],
          }
        : {
            message: `not valid YAML: ${e.message.split('\n')[0]}`,
            hint: 'fix the YAML syntax',
            offset: e.pos[0],
          },
    ),
    ...structureProblems(doc),
  ];
  if (structural.length > 0) {
    throw new ConfigError(
      capped(
        structural.map((e) => ({
          severity: 'error' as const,
          path: [],
          message: e.message,
          hint: e.hint,
          offset: e.offset,
        })),
      ).map((p) => locate(p, 'offset' in p ? (p.offset as number) : undefined)),
    );
  }
  const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIASES });
  const parsed = clusterSchema.safeParse(data ?? {}, { reportInput: true });
  if (!parsed.success) {
    throw new ConfigError(capped(parsed.error.issues.flatMap((i) => describeIssue(i))).map((p) => locate(p)));
  }
  const problems = semanticProblems(parsed.data).map((p) => locate(p));
  if (problems.some((p) => p.severity === 'error')) throw new ConfigError(problems);
  return { file, cluster: parsed.data, warnings: problems };
}

/** Duplicate keys and aliases, found in one pass over the document, each with its place. */
function structureProblems(doc: Document): { message: string; hint: string; offset: number }[] {
  const out: { message: string; hint: string; offset: number }[] = [];
  let aliases = 0;
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key === undefined) continue;
        if (seen.has(key))
          out.push({
            message: `duplicate key ${JSON.stringify(key.slice(0, 80))}`,
            hint: 'give each key once; the second would silently replace the first',
            offset: (pair.key as Node).range?.[0] ?? 0,
          });
        seen.add(key);
      }
    },
    Alias(_, alias) {
      aliases++;
      const offset = alias.range?.[0] ?? 0;
      if (aliases === MAX_ALIASES + 1)
        out.push({
          message: `more than ${MAX_ALIASES} aliases`,
          hint: 'write the values out; aliases can multiply a small file into a huge one',
          offset,
        });
      else if (!alias.resolve(doc))
        out.push({
          message: `the alias *${alias.source} names no anchor defined before it`,
          hint: `define &${alias.source} earlier in the file, or write the value out`,
          offset,
        });
    },
  });
  if (!out.some((p) => p.message.startsWith('more than')) && aliases > 0) {
    // Nested aliases can still multiply; expand once with the library's bound to find out.
    try {
      doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (err) {
      let first = 0;
      visit(doc, {
        Alias(_, a) {
          first = a.range?.[0] ?? 0;
          return visit.BREAK;
        },
      });
      out.push({
        message: `the aliases expand too far (${err instanceof Error ? err.message : String(err)})`,
        hint: 'write the values out; aliases can multiply a small file into a huge one',
        offset: first,
      });
    }
  }
  return out;
}

/** At most this many messages: a hostile file with thousands of bad keys gets a bounded answer. */
const MAX_PROBLEMS = 50;

function capped<P extends Problem>(problems: P[]): (P | Problem)[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    {
      severity: 'error',
      path: [],
      message: `and ${problems.length - MAX_PROBLEMS} more problems`,
      hint: 'fix the ones above first',
    },
  ];
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
