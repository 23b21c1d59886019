// Benchmark: validation of hostile cluster files is bounded in time and memory. Each input is
// validated by the committed validate-cluster action (what runs on GitHub) in a fresh Node
// process, timed from spawn to exit, with that process's peak resident memory.
//   npx tsx scripts/bench-validate.ts [--runs 3]
// Fails (exit 1) when any input takes 2 s or more, or more than 300 MB.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { actionEntryFile } from './bench-action-env.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
const LIMIT_MS = 2000;
const LIMIT_MB = 300;
const CAP = 256 * 1024;

const example = readFileSync('clusters/perf-example.yml', 'utf8');
/** Lines until the file (with its prefix) just fits under the size cap. */
const fill = (line: (i: number) => string, prefix = '', bytes = CAP - prefix.length - 512) => {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const l = line(i);
    out.push(l);
    size += l.length + 1;
  }
  return `${prefix}${out.join('\n')}\n`;
};

const INPUTS: Record<string, string> = {
  'the example (valid)': example,
  '10 MB of tags': `tags:\n${'  t: v\n'.repeat(1_750_000)}`,
  'unknown keys up to the cap': fill((i) => `junk${i}: 1`, example),
  'duplicate keys up to the cap': fill((i) => `name: n${i}`),
  'tags up to the cap': fill((i) => `  t${i}: v`, `${example.replace(/^tags:\n( {2}.*\n)+/m, '')}tags:\n`),
  'operator ranges up to the cap': fill(
    () => '    - 10.0.0.0/8',
    `${example.replace(/^access:\n( {2}.*\n)+/m, '')}access:\n  operatorCidrs:\n`,
  ),
  'nested brackets up to the cap': `name: ${'['.repeat(CAP - 100)}\n`,
  'brackets just under the depth bound, repeated': fill(() => `k: ${'['.repeat(15)}${']'.repeat(15)}`),
  'list items up to the cap': fill(
    () => '  - a.py',
    `${example.replace(/^ {2}locustFiles: .*$/m, '')}locustFiles:\n`,
  ),
  'nested maps up to the cap': fill((i) => `${' '.repeat(Math.min(i, 400))}k${i}:`),
  'one long string': `${example.replace(/^name: .*$/m, `name: ${'x'.repeat(CAP - example.length - 100)}`)}`,
  'an alias bomb':
    'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n',
  // Found in review: the "did you mean" distance ran over the whole value (seconds under jest).
  'a long instance type': example.replace(
    /instanceType: c7i.large/,
    `instanceType: c${'x'.repeat(CAP - example.length - 200)}.large`,
  ),
  'explicit tags up to the cap': fill((i) => `k${i}: !t${i} x`),
  // Found in review: a quote the scanner guessed (`a: x 'y` opens none in YAML) hid the brackets.
  'deep brackets behind a fake quote': `a: x 'y\nb: ${'['.repeat(CAP - 100)}\n`,
  'collections behind a fake quote': fill(() => 'k: [[[[[[[[[[]]]]]]]]]]', "a: x 'y\n"),
  'many aliases': `a: &a x\nl: [${Array.from({ length: 20_000 }, () => '*a').join(',')}]\n`,
};

const root = resolve('.');
const dir = mkdtempSync(join(tmpdir(), 'akrida-bench-validate-'));
mkdirSync(join(dir, 'clusters'));
// The action reads the cluster path from its input; its own peak memory is printed on exit.
const runner = `process.on('exit', () => process.stderr.write('akrida-maxrss ' + process.resourceUsage().maxRSS + '\\n'));
await import(${JSON.stringify(actionEntryFile(root, 'validate-cluster'))});`;

function once(file: string): { ms: number; mb: number; ok: boolean; first: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', runner], {
    cwd: dir,
    env: { PATH: process.env.PATH, INPUT_CLUSTER: file, GITHUB_STEP_SUMMARY: join(dir, 'summary.md') },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const ms = performance.now() - t0;
  const kb = Number(/akrida-maxrss (\d+)/.exec(r.stderr)?.[1] ?? Number.NaN);
  const out =
    `${r.stdout}`.split('\n').find((l) => /::error|valid cluster/.test(l)) ?? r.stdout.split('\n')[0] ?? '';
  return { ms, mb: kb / 1024, ok: r.status === 0, first: out.replace(/^::error[^:]*::/, '').slice(0, 90) };
}

writeFileSync(join(dir, 'summary.md'), '');
const rows: string[] = [];
let failed = false;
console.log(`node ${process.version}; each input ${runs} runs; limits ${LIMIT_MS} ms and ${LIMIT_MB} MB\n`);
console.log('| input | size | worst ms | worst MB | accepted | first message |');
console.log('|---|---|---|---|---|---|');
for (const [title, text] of Object.entries(INPUTS)) {
  const name = title === 'the example (valid)' ? 'perf-example' : 'hostile';
  const file = join('clusters', `${name}.yml`);
  writeFileSync(join(dir, file), text);
  let worst = { ms: 0, mb: 0, ok: false, first: '' };
  for (let i = 0; i < runs; i++) {
    const r = once(file);
    if (r.ms > worst.ms) worst = { ...r, mb: Math.max(worst.mb, r.mb) };
    else worst.mb = Math.max(worst.mb, r.mb);
  }
  const over = worst.ms >= LIMIT_MS || worst.mb > LIMIT_MB;
  failed ||= over;
  const row = `| ${title} | ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB | ${worst.ms.toFixed(0)}${over ? ' **over**' : ''} | ${worst.mb.toFixed(0)} | ${worst.ok ? 'yes' : 'no'} | ${worst.first.replaceAll('|', '\\|')} |`;
  rows.push(row);
  console.log(row);
}
process.exitCode = failed ? 1 : 0;
