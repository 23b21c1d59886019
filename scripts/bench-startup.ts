// Feedback speed as ratios to `node -e 0`, measured side by side in one run so a busy machine
// slows both: each action's cold start (its bundle from process start until it exits at its
// first AWS call, which the closed endpoint 127.0.0.1:9 refuses at once) and, with --suite,
// the wall time of a test command (default `npm test`).
//   npx tsx scripts/bench-startup.ts [--runs 7] [--suite] [--suite-command "npm run test:unit"]
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { actionNames } from './bundle.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    suite: { type: 'boolean', default: false },
    'suite-command': { type: 'string', default: 'npm test' },
  },
});
const runs = Number(values.runs);

const env = {
  ...process.env,
  INPUT_CLUSTER: 'clusters/perf-example.yml',
  AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_REGION: 'us-east-1',
  AWS_MAX_ATTEMPTS: '1',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  GITHUB_OUTPUT: '/dev/null',
  GITHUB_STEP_SUMMARY: '/dev/null',
};

function timeOnce(args: string[]): number {
  const t = performance.now();
  spawnSync(process.execPath, args, { env, stdio: 'ignore' });
  return performance.now() - t;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

// Interleave the baseline with every action in each round, so load changes hit both alike.
const names = actionNames();
const samples = new Map<string, number[]>([
  ['node -e 0', []],
  ...names.map((n) => [n, []] as [string, number[]]),
]);
for (let r = 0; r < runs; r++) {
  for (const n of names) {
    samples.get('node -e 0')?.push(timeOnce(['-e', '0']));
    samples.get(n)?.push(timeOnce([`actions/${n}/dist/index.js`]));
  }
}
const base = median(samples.get('node -e 0') ?? []);
const AWS_FREE = new Set(['validate-cluster', 'list-clusters', 'comment-plan']);
console.log(`node ${process.version}, ${runs} runs each, medians\n`);
console.log('| what | ms | × node -e 0 | target |');
console.log('|---|---|---|---|');
console.log(`| node -e 0 | ${base.toFixed(0)} | 1.0 | |`);
for (const n of names) {
  const ms = median(samples.get(n) ?? []);
  const target = n === 'validate-cluster' ? 2 : AWS_FREE.has(n) ? undefined : 3;
  const ratio = ms / base;
  const verdict = target === undefined ? '' : `≤ ${target} ${ratio <= target ? 'met' : 'missed'}`;
  console.log(`| ${n} | ${ms.toFixed(0)} | ${ratio.toFixed(1)} | ${verdict} |`);
}

if (values.suite) {
  const command = values['suite-command'] ?? 'npm test';
  const before = median(Array.from({ length: runs }, () => timeOnce(['-e', '0'])));
  const t = performance.now();
  const r = spawnSync('bash', ['-c', command], { stdio: 'ignore' });
  const ms = performance.now() - t;
  const after = median(Array.from({ length: runs }, () => timeOnce(['-e', '0'])));
  const nodeMs = (before + after) / 2;
  console.log(
    `\n\`${command}\`: ${(ms / 1000).toFixed(1)} s (exit ${r.status}); ${(ms / nodeMs).toFixed(0)} × node -e 0 (${nodeMs.toFixed(0)} ms before and after); target under 240 s ${ms < 240_000 ? 'met' : 'missed'}`,
  );
}
