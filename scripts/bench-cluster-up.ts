// Benchmark: the simulated cluster-up's wall time against its critical path. The critical path
// comes from the same latency model the simulated AWS uses (src/aws/latency.ts), scaled by the
// same time scale, so the ratio says how much the runner, the polling and the code add.
//   npx tsx scripts/bench-cluster-up.ts [--time-scale 0.03] [--runs 3] [--warmup 1] [--workers N]
// Warm-up runs (loading and compiling the actions) are shown but marked.
// Then a no-change re-run at time scale 1 in virtual time: what a second cluster-up costs when
// everything exists (simulated seconds, AWS calls, the toolkit's longest sleep).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseClusterText } from '../src/config/load.js';
import { buildSteps, schedule } from '../src/plan/build-steps.js';
import { repoRoot, runWorkflowFile } from '../src/runner/runner.js';
import { simulatedAccount } from '../src/runner/simulated-account.js';
import { type Clock, ScaledClock, VirtualClock } from '../src/time/clock.js';

const { values } = parseArgs({
  options: {
    'time-scale': { type: 'string', default: '0.03' },
    runs: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '1' },
    workers: { type: 'string', default: '' },
    cluster: { type: 'string', default: 'clusters/perf-example.yml' },
  },
});
const scale = Number(values['time-scale']);
const root = repoRoot();
const load = (file: string) => parseClusterText(readFileSync(file, 'utf8'), file).cluster;
const cluster = load(values.cluster);
// The from-zero build (machines made and prepared first) next to the one over existing machines.
for (const file of ['clusters/perf-example.yml', 'clusters/example.yml']) {
  const s = schedule(buildSteps(load(file)));
  console.log(
    `${file}: critical path ${s.criticalPath.join(' -> ')}: ${(s.totalSeconds / 60).toFixed(1)} min`,
  );
}
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

// The no-change re-run, at time scale 1 in virtual time.
{
  const clock = new VirtualClock();
  const a = await simulatedAccount([cluster], clock);
  const sleeps: number[] = [];
  const toolkitClock: Clock = {
    scale: 0,
    now: () => clock.now(),
    sleep: (ms) => {
      sleeps.push(ms);
      return clock.sleep(ms);
    },
  };
  const stamps: { at: number; job: string }[] = [];
  const once = () =>
    runWorkflowFile(join(root, '.github/workflows/cluster-up.yml'), {
      root,
      event: { name: 'workflow_dispatch' },
      inputs: { cluster: 'clusters/perf-example.yml' },
      secrets: a.secrets,
      deps: { ...a.deps, clock: toolkitClock },
      artifactsDir: mkdtempSync(join(tmpdir(), 'akrida-bench-')),
      log: (l) => stamps.push({ at: clock.now(), job: /^\[([^\]]+)\]/.exec(l)?.[1] ?? '' }),
    });
  const built = await once();
  const from = a.sim.ledger.length;
  sleeps.length = 0;
  stamps.length = 0;
  const t0 = clock.now();
  const again = await once();
  const total = (clock.now() - t0) / 1000;
  const verify = stamps.filter((s) => s.job === 'verify');
  const verifySeconds = verify.length ? ((verify.at(-1)?.at ?? 0) - (verify[0]?.at ?? 0)) / 1000 : 0;
  const calls = a.sim.ledger.slice(from);
  const reads = calls.filter((c) => !c.mutating);
  const byOp = new Map<string, number>();
  for (const c of calls) byOp.set(c.operation, (byOp.get(c.operation) ?? 0) + 1);
  console.log(
    `\nno-change re-run at time scale 1 (virtual time): build ${built.result}, re-run ${again.result}\n` +
      `| simulated time | of which verification | outside verification | API calls | reads | mutations | sleeps | longest sleep |\n|---|---|---|---|---|---|---|---|\n` +
      `| ${total.toFixed(1)} s | ${verifySeconds.toFixed(1)} s | ${(total - verifySeconds).toFixed(1)} s | ${calls.length} | ${reads.length} | ${calls.length - reads.length} | ${sleeps.length} | ${(Math.max(0, ...sleeps) / 1000).toFixed(1)} s |\n` +
      `calls: ${[...byOp]
        .sort((x, y) => y[1] - x[1])
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
  );
}
