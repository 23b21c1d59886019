// Bounds on what a cluster file may make the parser do: its size, nesting, aliases and the number
// of messages it can cause. Checked before and right after parsing, so no input can stall
// validation or exhaust memory.
import { type Document, isAlias, isScalar, type Node, visit } from 'yaml';
import type { Problem } from './problems.js';

/** Cluster files are small; anything larger is refused before parsing. */
export const MAX_CLUSTER_FILE_BYTES = 256 * 1024;
/** Aliases are rarely needed in a cluster file; a bounded number keeps expansion bounded. */
export const MAX_ALIASES = 100;
/** Flow brackets deeper than this are refused before the parser recurses into them. */
export const MAX_FLOW_DEPTH = 16;
/** Flow collections ([...] and {...}) a file may open in all; each costs the parser memory. */
export const MAX_FLOW_COLLECTIONS = 1000;
/** At most this many messages: a hostile file with thousands of bad keys gets a bounded answer. */
export const MAX_PROBLEMS = 50;

export interface TextProblem {
  message: string;
  hint: string;
  offset: number;
}

/**
 * One linear pass over the text before parsing: flow-collection depth and alias count. Quoted
 * scalars and comments are skipped; the count is an upper bound, which is all a bound needs.
 */
export function scanBounds(text: string): TextProblem | undefined {
  let depth = 0;
  let collections = 0;
  let aliases = 0;
  let quote = '';
  let comment = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    // Counted everywhere, quotes and comments included: the scanner's idea of a quote is a guess
    // (`a: x 'y` opens none in YAML), and a guess must not hide brackets from the bound. With at
    // most this many in the whole text, no nesting can be deeper either.
    if (ch === '[' || ch === '{') {
      collections++;
      if (collections > MAX_FLOW_COLLECTIONS)
        return {
          message: `more than ${MAX_FLOW_COLLECTIONS} bracketed lists and mappings ([ and { are counted everywhere, in quotes and comments too)`,
          hint: 'a cluster file needs a few dozen; write lists and mappings in block style',
          offset: i,
        };
    }
    if (comment) {
      if (ch === '\n') comment = false;
      continue;
    }
    if (quote) {
      if (ch === quote) quote = '';
      continue;
    }
    const prev = i === 0 ? '\n' : text.charAt(i - 1);
    if (ch === '#' && (prev === ' ' || prev === '\t' || prev === '\n')) comment = true;
    else if ((ch === '"' || ch === "'") && /[\s,[{:]/.test(prev)) quote = ch;
    else if (ch === '[' || ch === '{') {
      depth++;
      if (depth > MAX_FLOW_DEPTH)
        return {
          message: `the YAML nests brackets more than ${MAX_FLOW_DEPTH} deep`,
          hint: 'a cluster file needs a few levels of nesting; remove the deep brackets',
          offset: i,
        };
    } else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
    else if (ch === '*' && /[\s,[{]/.test(prev) && /[^\s,\]}]/.test(text.charAt(i + 1))) {
      aliases++;
      if (aliases > MAX_ALIASES)
        return {
          message: `more than ${MAX_ALIASES} aliases`,
          hint: 'write the values out; aliases can multiply a small file into a huge one',
          offset: i,
        };
    }
  }
  return undefined;
}

/** Duplicate keys and aliases, found in one pass over the document, each with its place. */
export function structureProblems(doc: Document): TextProblem[] {
  const out: TextProblem[] = [];
  let aliases = 0;
  // %YAML 1.1 would turn on merge keys, sexagesimal numbers and yes/no booleans; %TAG renames tags.
  const d = doc.directives;
  if (
    d &&
    (d.yaml.explicit || Object.entries(d.tags).some(([h, p]) => h !== '!!' || p !== 'tag:yaml.org,2002:'))
  )
    out.push({
      message: 'YAML directives (%YAML, %TAG) are not allowed',
      hint: 'remove the lines starting with %; cluster files are plain YAML 1.2',
      offset: 0,
    });
  // An explicit tag (!foo, !!binary, !!js/function) is either ignored or changes a value's type
  // behind the reviewer's back; a cluster file never needs one.
  const tagged = (node: Node) => {
    if (node.tag)
      out.push({
        message: `the YAML tag ${shownTag(node.tag)} is not allowed here`,
        hint: 'remove the tag and write the plain value',
        offset: node.range?.[0] ?? 0,
      });
  };
  visit(doc, {
    // (The Scalar and Map visitors take those nodes from this one: each checks tags itself.)
    Node(_, node) {
      tagged(node);
    },
    Scalar(_, scalar) {
      tagged(scalar);
      // 0x1F90 is port 8080 and 017 is 17 (not octal 15): a reviewer should not have to work it out.
      const source = typeof scalar.value === 'number' ? scalar.source : undefined;
      if (source !== undefined && /^[-+]?(0[xXoO]|0\d)/.test(source))
        out.push({
          message: `the number ${source} is not written in plain decimal`,
          hint: `write it as ${String(scalar.value)}`,
          offset: scalar.range?.[0] ?? 0,
        });
    },
    Map(_, map) {
      tagged(map);
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (isAlias(pair.key)) {
          // *n as a key names whatever &n marks, out of sight: it bypassed the duplicate check.
          out.push({
            message: `the alias *${pair.key.source} is used as a key`,
            hint: 'write the key out; an alias key can silently repeat (and replace) a key defined elsewhere',
            offset: pair.key.range?.[0] ?? 0,
          });
          continue;
        }
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key === undefined) continue;
        if (key === '__proto__')
          // JavaScript would drop it, or make its value the hidden prototype of the mapping.
          out.push({
            message: 'the key __proto__ is not allowed',
            hint: 'remove it; no cluster setting has that name',
            offset: (pair.key as Node).range?.[0] ?? 0,
          });
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
      if (aliases > MAX_ALIASES) {
        out.push({
          message: `more than ${MAX_ALIASES} aliases`,
          hint: 'write the values out; aliases can multiply a small file into a huge one',
          offset,
        });
        // Resolving each alias searches the document: stop here, the file is refused anyway.
        return visit.BREAK;
      }
      if (!alias.resolve(doc))
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

/** A tag as it was written: !!x for YAML's own, !x for local ones, !<…> for the rest. */
function shownTag(tag: string): string {
  if (tag.startsWith('tag:yaml.org,2002:')) return `!!${tag.slice('tag:yaml.org,2002:'.length)}`;
  return tag.startsWith('!') ? tag : `!<${tag}>`;
}

export function capped<P extends Problem>(problems: P[]): (P | Problem)[] {
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
