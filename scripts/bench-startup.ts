// Each action's cold start, as committed (the file its action.yml runs, on the Node running this
// script), against a target in milliseconds (default 400) and beside `node -e 0` measured in the same
// run, so a busy machine shows in both; with --suite, also the wall time of a test command (default
// `npm test`). It also prints the committed action code's size and file count.
//
// An action's start is timed to its first AWS call: its endpoint is a loopback listener that notes
// when the first connection arrives and resets it (one attempt, see bench-action-env.ts), so the
// action then fails and exits. Both are shown: "first call" is the start the target is about, and
// "exit" adds what the action does meanwhile and after (teardown builds its other eight requests
// before the first one connects) and its failure report. Actions that never call AWS are timed to
// their exit. CPU time (user + system of the whole run, from /usr/bin/time when present) is also
// shown, since it moves less when other processes share the CPUs. A missed target exits 1.
//   npx tsx scripts/bench-startup.ts [--runs 7] [--target-ms 400] [--suite]
//     [--suite-command "npm run test:unit"] [--suite-log FILE]   (the suite's output; discarded when not given)
import { spawn } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AWS_FREE, actionEntryFile, coldStartEnv, coldStartWorkspace } from './bench-action-env.js';
import { actionNames, committedBundleFiles } from './bundle.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    'target-ms': { type: 'string', default: '400' },
    suite: { type: 'boolean', default: false },
    'suite-command': { type: 'string', default: 'npm test' },
    'suite-log': { type: 'string' },
  },
});
const runs = Number(values.runs);
const targetMs = Number(values['target-ms']);
const root = resolve('.');
const cwd = coldStartWorkspace(root);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Sample {
  wallMs: number;
  /** From the spawn to the first connection the listener accepted; NaN when none came. */
  firstCallMs: number;
  cpuMs: number;
  status: number | null;
}

// The AWS endpoint of every run: it notes the first connection of the run under way and resets it.
let firstConnection: number | undefined;
const endpoint = createServer((socket: Socket) => {
  firstConnection ??= performance.now();
  socket.resetAndDestroy();
});
await new Promise<void>((r) => endpoint.listen(0, '127.0.0.1', r));
const address = endpoint.address();
// https, as AWS's endpoints are: the connection is reset before any handshake, so no certificate
// is needed, and the action loads what it loads on GitHub (an http:// endpoint would also load
// node:http, whose ES module facade on Node 22+ evaluates its WebSocket getter, Node's own undici).
const ENDPOINT = `https://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

/** One process's wall time, its first AWS call, and its CPU time when /usr/bin/time can tell. */
function timeOnce(
  command: string,
  args: string[],
  opts: { cwd?: string; quiet?: boolean; action?: string } = {},
): Promise<Sample> {
  const argv = TIME ? [TIME, '-f', '%U %S', command, ...args] : [command, ...args];
  const env =
    opts.quiet === false ? process.env : { ...coldStartEnv(opts.action), AWS_ENDPOINT_URL: ENDPOINT };
  firstConnection = undefined;
  const t = performance.now();
  const child = spawn(argv[0] ?? command, argv.slice(1), {
    cwd: opts.cwd ?? cwd,
    env,
    stdio: ['ignore', 'ignore', TIME ? 'pipe' : 'ignore'],
  });
  let stderr = '';
  child.stderr?.on('data', (c) => {
    stderr += c;
  });
  // The wall time ends when the process does ('close' would also wait for its pipes to drain).
  let wallMs = Number.NaN;
  child.on('exit', () => {
    wallMs = performance.now() - t;
  });
  return new Promise((done) =>
    child.on('close', (status) => {
      const firstCallMs = firstConnection === undefined ? Number.NaN : firstConnection - t;
      const last = TIME ? (stderr.trim().split('\n').pop() ?? '') : '';
      const [user, sys] = last.split(' ').map(Number);
      const cpuMs = user !== undefined && sys !== undefined ? (user + sys) * 1000 : Number.NaN;
      done({ wallMs, firstCallMs, cpuMs, status });
    }),
  );
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
    samples.get('node -e 0')?.push(await node());
    samples.get(n)?.push(await timeOnce(process.execPath, [actionEntryFile(root, n)], { action: n }));
  }
}

const med = (k: string, f: (s: Sample) => number) => median((samples.get(k) ?? []).map(f));
const base = { wall: med('node -e 0', (s) => s.wallMs), cpu: med('node -e 0', (s) => s.cpuMs) };
const load = () => loadavg()[0]?.toFixed(1);
const ms = (x: number) => (Number.isNaN(x) ? '-' : x.toFixed(0));
const times = (x: number, of: number) => (Number.isNaN(x) ? '-' : (x / of).toFixed(1));
const lib = committedBundleFiles(root);
const kib = lib.reduce((n, f) => n + statSync(f).size, 0) / 1024;
console.log(
  `node ${process.version}, ${cpus().length} CPUs, load average ${load()} at the end; ${runs} runs each, medians`,
);
console.log(`committed action code: ${lib.length} files, ${kib.toFixed(0)} KiB\n`);
console.log(
  '| what | first AWS call ms | × node -e 0 | exit ms | × node -e 0 | CPU ms | × node -e 0 | target (start) |',
);
console.log('|---|---|---|---|---|---|---|---|');
console.log(`| node -e 0 | - | - | ${ms(base.wall)} | 1.0 | ${ms(base.cpu)} | 1.0 | |`);
const missed: string[] = [];
const missedAtExit: string[] = [];
for (const n of names) {
  const first = med(n, (s) => s.firstCallMs);
  const exit = med(n, (s) => s.wallMs);
  // An action that calls AWS starts when it calls; one that never does, when it has run.
  const start = AWS_FREE.has(n) ? exit : first;
  const met = start <= targetMs;
  if (!met) missed.push(n);
  if (exit > targetMs) missedAtExit.push(n);
  const verdict = `≤ ${targetMs} ms ${met ? 'met' : 'missed'}`;
  console.log(
    `| ${n} | ${ms(first)} | ${times(first, base.wall)} | ${ms(exit)} | ${times(exit, base.wall)} | ${ms(med(n, (s) => s.cpuMs))} | ${times(
      med(n, (s) => s.cpuMs),
      base.cpu,
    )} | ${verdict} |`,
  );
}
console.log(
  `\ncold-start target ${targetMs} ms (to the first AWS call): ${missed.length ? `missed by ${missed.join(', ')}` : 'all met'}`,
);
console.log(
  `the same target applied to the exit: ${missedAtExit.length ? `missed by ${missedAtExit.join(', ')}` : 'all met'}`,
);
endpoint.close();
// A missed start target fails the run, so a script or CI step can act on it.
if (missed.length) process.exitCode = 1;

if (values.suite) {
  const command = values['suite-command'] ?? 'npm test';
  const before: Sample[] = [];
  for (let i = 0; i < runs; i++) before.push(await node());
  const log = values['suite-log'] ? resolve(values['suite-log']) : '/dev/null';
  const suite = await timeOnce('bash', ['-c', `(${command}) > '${log}' 2>&1`], { cwd: root, quiet: false });
  const after: Sample[] = [];
  for (let i = 0; i < runs; i++) after.push(await node());
  const nodeMs = median([...before, ...after].map((s) => s.wallMs));
  console.log(
    `\n\`${command}\`: exit ${suite.status}, ${(suite.wallMs / 1000).toFixed(1)} s wall, ${(suite.cpuMs / 1000).toFixed(0)} s CPU; ` +
      `${(suite.wallMs / nodeMs).toFixed(0)} × node -e 0 (${nodeMs.toFixed(0)} ms, timed before and after); ` +
      `target under 240 s ${suite.wallMs < 240_000 ? 'met' : 'missed'}; load average ${load()} at the end`,
  );
}
rmSync(cwd, { recursive: true, force: true });
