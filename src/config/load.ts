// Reads a cluster file, validates it (types, then semantics) and returns a typed cluster or throws
// ConfigError with one located message per problem. Nothing here touches AWS.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { isMap, isPair, isScalar, LineCounter, type Node, parseDocument } from 'yaml';
import { Recent } from '../recent.js';
import { describeIssue } from './issues.js';
import { ConfigError, type FieldPath, type LocatedProblem, type Problem } from './problems.js';
import { type Cluster, clusterSchema } from './schema.js';
import { semanticProblems } from './semantic.js';
import { capped, MAX_ALIASES, MAX_CLUSTER_FILE_BYTES, scanBounds, structureProblems } from './yaml-bounds.js';

export { MAX_CLUSTER_FILE_BYTES };

export interface LoadedCluster {
  file: string;
  cluster: Cluster;
  warnings: readonly LocatedProblem[];
  /** The text the cluster was read from, for a saved plan's hash of it. */
  text: string;
}

const fileProblem = (file: string, message: string, hint: string, line = 1, column = 1) =>
  new ConfigError([{ file, line, column, severity: 'error', path: [], message, hint }]);

export function loadClusterFile(file: string): LoadedCluster {
  return parseClusterText(readClusterText(file), file);
}

/**
 * The `name:` a cluster file claims, from its YAML alone (no schema, no semantics), or undefined when
 * it cannot be read as YAML: what finding two files with one name needs, at a fraction of a load.
 */
export function claimedClusterName(file: string): string | undefined {
  try {
    const text = readClusterText(file);
    if (scanBounds(text)) return undefined;
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
    if (doc.errors.length > 0) return undefined;
    const name = doc.get('name');
    return typeof name === 'string' ? name : undefined;
  } catch {
    return undefined;
  }
}

/** The file's text, at most MAX_CLUSTER_FILE_BYTES (checked before reading it), or a located ConfigError. */
function readClusterText(file: string): string {
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
  return text;
}

function tooLarge(file: string, size: number): ConfigError {
  return fileProblem(
    file,
    `the file is ${size} bytes; a cluster file may be at most ${MAX_CLUSTER_FILE_BYTES} bytes`,
    'a cluster file describes one cluster in a few hundred lines; remove what does not belong',
  );
}

/**
 * A workflow's actions each load the same file: the last few valid texts are kept, and each caller
 * gets its own copy of the cluster (a caller may change it).
 */
const recent = new Recent<LoadedCluster>(16);

export function parseClusterText(text: string, file: string): LoadedCluster {
  const loaded = recent.get(`${file}\0${text}`, () => parseAndValidate(text, file));
  return { ...loaded, cluster: structuredClone(loaded.cluster), warnings: [...loaded.warnings] };
}

function parseAndValidate(text: string, file: string): LoadedCluster {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_CLUSTER_FILE_BYTES) throw tooLarge(file, bytes);
  const bound = scanBounds(text);
  if (bound) {
    const before = text.slice(0, bound.offset);
    const line = before.split('\n').length;
    const column = bound.offset - before.lastIndexOf('\n');
    throw fileProblem(file, bound.message, bound.hint, line, column);
  }
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
  return { file, cluster: parsed.data, warnings: problems, text };
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
