// Benchmark: the simulated cluster-up's wall time against its critical path. The critical path
// comes from the same latency model the simulated AWS uses (src/aws/latency.ts), scaled by the
// same time scale, so the ratio says how much the runner, the polling and the code add.
//   npx tsx scripts/bench-cluster-up.ts [--time-scale 0.03] [--runs 3] [--warmup 1] [--workers N]
// Warm-up runs (loading and compiling the actions) are shown but marked.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseClusterText } from '../src/config/load.js';
import { buildSteps, schedule } from '../src/plan/build-steps.js';
import { repoRoot, runWorkflowFile } from '../src/runner/runner.js';
import { simulatedAccount } from '../src/runner/simulated-account.js';
import { ScaledClock } from '../src/sim/clock.js';

const { values } = parseArgs({
  options: {
    'time-scale': { type: 'string', default: '0.03' },
    runs: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '1' },
    workers: { type: 'string', default: '' },
  },
});
const scale = Number(values['time-scale']);
const root = repoRoot();
const cluster = parseClusterText(
  readFileSync('clusters/perf-example.yml', 'utf8'),
  'clusters/perf-example.yml',
).cluster;
const critical = schedule(buildSteps(cluster));
const expectedMs = critical.totalSeconds * 1000 * scale;
console.log(
  `critical path ${critical.criticalPath.join(' -> ')}: ${critical.totalSeconds.toFixed(1)} s simulated = ${expectedMs.toFixed(0)} ms at time scale ${scale}`,
);
const rows: string[] = [];
const warmup = Number(values.warmup);
for (let i = 0; i < warmup + Number(values.runs); i++) {
  const a = await simulatedAccount([cluster], new ScaledClock(scale));
  const t0 = performance.now();
  const r = await runWorkflowFile(join(root, '.github/workflows/cluster-up.yml'), {
    root,
    event: { name: 'workflow_dispatch' },
    inputs: { cluster: 'clusters/perf-example.yml', ...(values.workers ? { workers: values.workers } : {}) },
    secrets: a.secrets,
    deps: a.deps,
    artifactsDir: mkdtempSync(join(tmpdir(), 'akrida-bench-')),
    log: () => {},
  });
  const wall = performance.now() - t0;
  const calls = a.sim.ledger.length;
  const mutations = a.sim.mutations().length;
  rows.push(
    `| ${i < warmup ? 'warm-up' : i + 1 - warmup} | ${r.result} | ${wall.toFixed(0)} ms | ${((wall / expectedMs - 1) * 100).toFixed(1)}% | ${calls} | ${mutations} |`,
  );
}
console.log(
  `\n| run | result | wall time | over critical path | API calls | mutations |\n|---|---|---|---|---|---|\n${rows.join('\n')}`,
);
