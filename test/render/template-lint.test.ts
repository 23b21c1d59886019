// Every value a template inserts goes through a quoting helper: a bare {{value}} or a triple-stash
// in templates/ would put text from a cluster file into a root shell unquoted.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { templatesDir, VALUE_HELPERS } from '../../src/render/render.js';

type Node = hbs.AST.Node;

function offenders(source: string): string[] {
  const out: string[] = [];
  const walk = (node: Node | undefined): void => {
    if (!node) return;
    const n = node as Node & {
      body?: Node[];
      program?: Node;
      inverse?: Node;
      path?: { original: string };
      params?: Node[];
      escaped?: boolean;
    };
    if (n.type === 'MustacheStatement') {
      const helper = n.path?.original ?? '?';
      const line = n.loc?.start.line ?? 0;
      if (!n.escaped) out.push(`line ${line}: triple-stash {{{${helper}}}}`);
      else if (!(VALUE_HELPERS as readonly string[]).includes(helper) || (n.params ?? []).length !== 1)
        out.push(`line ${line}: {{${helper}}} is not one of ${VALUE_HELPERS.join(', ')} with one value`);
      for (const p of n.params ?? [])
        if (p.type === 'SubExpression') out.push(`line ${line}: a sub-expression inside {{${helper}}}`);
    }
    for (const child of n.body ?? []) walk(child);
    walk(n.program);
    walk(n.inverse);
  };
  walk(Handlebars.parse(source));
  return out;
}

const dir = templatesDir();
const files = [
  ...readdirSync(dir).filter((f) => f.endsWith('.hbs')),
  ...readdirSync(join(dir, 'lib')).map((f) => `lib/${f}`),
];

describe('templates/ inserts values only through the quoting helpers', () => {
  test.each(files)('%s', (file) => {
    expect(offenders(readFileSync(join(dir, file), 'utf8'))).toEqual([]);
  });

  test('the lint finds bare values, triple-stashes and sub-expressions', () => {
    expect(offenders('echo {{ref}}\necho {{{ref}}}\necho {{shq (concat a b)}}\necho {{shq ref}}')).toEqual([
      'line 1: {{ref}} is not one of shq, int, comment with one value',
      'line 2: triple-stash {{{ref}}}',
      'line 3: a sub-expression inside {{shq}}',
    ]);
  });
});
