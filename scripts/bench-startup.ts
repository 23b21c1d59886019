// Feedback speed as ratios to `node -e 0`, measured side by side in one run so a busy machine
// slows both: each action's cold start (its bundle from process start until it stops at its first
// AWS call, which the closed endpoint 127.0.0.1:9 refuses at once; see bench-action-env.ts) and,
// with --suite, the wall time of a test command (default `npm test`). Wall time is what the
// targets are about; CPU time (user + system, from /usr/bin/time when present) is also shown,
// since it moves less when other processes share the CPUs.
//   npx tsx scripts/bench-startup.ts [--runs 7] [--suite] [--suite-command "npm run test:unit"]
//     [--suite-log FILE]   (the suite's own output; discarded when not given)
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AWS_FREE, coldStartEnv, coldStartWorkspace } from './bench-action-env.js';
import { actionNames } from './bundle.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    suite: { type: 'boolean', default: false },
    'suite-command': { type: 'string', default: 'npm test' },
    'suite-log': { type: 'string' },
  },
});
const runs = Number(values.runs);
const root = resolve('.');
const cwd = coldStartWorkspace(root);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Sample {
  wallMs: number;
  cpuMs: number;
  status: number | null;
}

/** One process's wall time, and its CPU time when /usr/bin/time can tell. */
function timeOnce(
  command: string,
  args: string[],
  opts: { cwd?: string; quiet?: boolean; action?: string } = {},
): Sample {
  const argv = TIME ? [TIME, '-f', '%U %S', command, ...args] : [command, ...args];
  const env = opts.quiet === false ? process.env : coldStartEnv(opts.action);
  const t = performance.now();
  const r = spawnSync(argv[0] ?? command, argv.slice(1), {
    cwd: opts.cwd ?? cwd,
    env,
    stdio: ['ignore', 'ignore', TIME ? 'pipe' : 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - t;
  const last = TIME ? (r.stderr?.toString().trim().split('\n').pop() ?? '') : '';
  const [user, sys] = last.split(' ').map(Number);
  const cpuMs = user !== undefined && sys !== undefined ? (user + sys) * 1000 : Number.NaN;
  return { wallMs, cpuMs, status: r.status };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const node = () => timeOnce(process.execPath, ['-e', '0']);

// Interleave the baseline with every action in each round, so load changes hit both alike.
const names = actionNames();
const samples = new Map<string, Sample[]>([
  ['node -e 0', []],
  ...names.map((n) => [n, []] as [string, Sample[]]),
]);
for (let r = 0; r < runs; r++) {
  for (const n of names) {
    samples.get('node -e 0')?.push(node());
    samples
      .get(n)
      ?.push(timeOnce(process.execPath, [join(root, 'actions', n, 'dist', 'index.js')], { action: n }));
  }
}

const wall = (k: string) => median((samples.get(k) ?? []).map((s) => s.wallMs));
const cpu = (k: string) => median((samples.get(k) ?? []).map((s) => s.cpuMs));
const base = { wall: wall('node -e 0'), cpu: cpu('node -e 0') };
const load = () => loadavg()[0]?.toFixed(1);
console.log(
  `node ${process.version}, ${cpus().length} CPUs, load average ${load()} at the end; ${runs} runs each, medians\n`,
);
console.log('| what | wall ms | × node -e 0 | CPU ms | × node -e 0 | target (wall) |');
console.log('|---|---|---|---|---|---|');
console.log(`| node -e 0 | ${base.wall.toFixed(0)} | 1.0 | ${base.cpu.toFixed(0)} | 1.0 | |`);
const missed: string[] = [];
for (const n of names) {
  const ratio = wall(n) / base.wall;
  const target = n === 'validate-cluster' ? 2 : AWS_FREE.has(n) ? undefined : 3;
  if (target !== undefined && ratio > target) missed.push(n);
  const verdict = target === undefined ? '' : `≤ ${target} ${ratio <= target ? 'met' : 'missed'}`;
  console.log(
    `| ${n} | ${wall(n).toFixed(0)} | ${ratio.toFixed(1)} | ${cpu(n).toFixed(0)} | ${(cpu(n) / base.cpu).toFixed(1)} | ${verdict} |`,
  );
}
console.log(`\ncold-start targets: ${missed.length ? `missed by ${missed.join(', ')}` : 'all met'}`);

if (values.suite) {
  const command = values['suite-command'] ?? 'npm test';
  const before = Array.from({ length: runs }, node);
  const log = values['suite-log'] ? resolve(values['suite-log']) : '/dev/null';
  const suite = timeOnce('bash', ['-c', `(${command}) > '${log}' 2>&1`], { cwd: root, quiet: false });
  const after = Array.from({ length: runs }, node);
  const nodeMs = median([...before, ...after].map((s) => s.wallMs));
  console.log(
    `\n\`${command}\`: exit ${suite.status}, ${(suite.wallMs / 1000).toFixed(1)} s wall, ${(suite.cpuMs / 1000).toFixed(0)} s CPU; ` +
      `${(suite.wallMs / nodeMs).toFixed(0)} × node -e 0 (${nodeMs.toFixed(0)} ms, timed before and after); ` +
      `target under 240 s ${suite.wallMs < 240_000 ? 'met' : 'missed'}; load average ${load()} at the end`,
  );
}
rmSync(cwd, { recursive: true, force: true });
