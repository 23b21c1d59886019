// The layers, enforced: the AWS library (src/aws) and the resource kinds (src/resources) know
// nothing of the steps, plans, actions or workflows built on them, and the plan composes kinds
// without reaching into the steps (src/ops). A cycle or an upward import fails here.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => f.endsWith('.ts'));

/** The src/ folders a file imports from (relative imports only). */
function importedLayers(file: string): string[] {
  const dir = file.split('/').slice(0, -1);
  const out: string[] = [];
  for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)) {
    const parts = [...dir];
    for (const p of (m[1] ?? '').split('/')) {
      if (p === '..') parts.pop();
      else if (p !== '.') parts.push(p);
    }
    if (parts[0] === 'src' && parts.length > 2) out.push(parts[1] ?? '');
  }
  return out;
}

const RULES: [layer: string, mayNotImport: string[]][] = [
  ['aws', ['resources', 'ops', 'plan', 'action', 'loadtest', 'runner', 'cli', 'demo', 'sim']],
  ['resources', ['ops', 'plan', 'action', 'loadtest', 'runner', 'cli', 'demo', 'sim']],
  ['plan', ['ops', 'action', 'runner', 'cli', 'demo', 'sim']],
];

test.each(RULES)('src/%s imports none of %p', (layer, banned) => {
  const mine = files.filter((f) => f.startsWith(`src/${layer}/`));
  expect(mine.length).toBeGreaterThan(2);
  const offenders = mine.flatMap((f) =>
    importedLayers(f)
      .filter((l) => banned.includes(l))
      .map((l) => `${f} -> src/${l}`),
  );
  expect(offenders).toEqual([]);
});
