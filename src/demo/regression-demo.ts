// The regression demo: cluster-up, the regression workflow and cluster-down on the simulated AWS in
// one process, a real Locust (Debian's python3-locust) on 127.0.0.1 against the ACA-Py stand-in.
// Two variants of clusters/example.yml's ACA-Py, three repetitions each, interleaved; the demo makes
// the simulated agent of one variant answer slower (a setting of the demo, said out loud), so the
// report has a regression to flag. Rollouts, resets and collection run in scaled time, each swarm
// in real time (local-load-test.ts).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { MAX_SPAWN_PER_WORKER } from '../loadtest/load-test-capacity.js';
import type { RegressionReport } from '../regression/model.js';
import type { RunResult } from '../runner/runner.js';
import type { SimulatedAccount } from '../runner/simulated-account.js';
import { runWithLocalLocust } from './local-load-test.js';

export interface RegressionDemoOptions {
  /** A from-zero cluster file with machines (default clusters/example.yml). */
  cluster: string;
  outDir: string;
  timeScale: number;
  /** Seconds of measured load per run, and of warm-up before it. */
  runTime: number;
  warmup: number;
  users: number;
  repetitions: number;
  /** The variants (default: the baseline and one that keeps exchange records). */
  variants?: Record<string, unknown>[];
  /** Variant name -> how many times slower its simulated agent answers. */
  slowdown: Record<string, number>;
  runId?: string;
  verbose?: boolean;
  onAccount?: (a: SimulatedAccount) => void;
}

export const DEMO_VARIANTS = [
  { name: 'baseline', acapyTag: 'py3.12-1.3.0', walletType: 'askar', baseline: true },
  {
    name: 'keep-records',
    acapyTag: 'py3.12-1.3.0',
    walletType: 'askar',
    settings: { 'preserve-exchange-records': true },
  },
];

export const REGRESSION_DEMO_WORKFLOWS = ['cluster-up', 'regression', 'cluster-down'];

/** The cluster file with the demo's short runs and variants, where the run keeps its files. */
export function demoClusterFile(opts: RegressionDemoOptions, dir: string): string {
  const doc = parseDocument(readFileSync(opts.cluster, 'utf8'));
  doc.setIn(['loadTest', 'users'], opts.users);
  // The users start within the warm-up, as fast as the file's workers start them reliably.
  const workers = Number(doc.getIn(['locust', 'workers', 'count']) ?? 1);
  doc.setIn(['loadTest', 'spawnRate'], Math.min(opts.users, MAX_SPAWN_PER_WORKER * workers));
  doc.setIn(['loadTest', 'runTimeSeconds'], opts.runTime);
  doc.setIn(
    ['regression'],
    doc.createNode({
      variants: opts.variants ?? DEMO_VARIANTS,
      repetitions: opts.repetitions,
      warmupSeconds: opts.warmup,
      thresholds: { p95LatencyPercent: 10, throughputPercent: 5, errorRatio: 0.01 },
    }),
  );
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${String(doc.get('name'))}.yml`);
  writeFileSync(file, doc.toString());
  return file;
}

export interface RegressionDemoRun {
  results: RunResult[];
  runDir: string;
  account: SimulatedAccount;
  reportDir: string;
  slowed: string[];
}

/**
 * Whether the demo showed what it set up: the cluster built and torn down, and the report flagging
 * exactly the slowed variants (the regression workflow then fails on them, as it should).
 */
export function regressionDemoOutcome(r: RegressionDemoRun): { ok: boolean; message: string } {
  const [up, , down] = r.results.map((x) => x.result);
  const file = join(r.reportDir, 'regression.json');
  if (up !== 'success' || down !== 'success' || !existsSync(file))
    return {
      ok: false,
      message: `cluster-up ${up}, cluster-down ${down}; report ${existsSync(file) ? 'written' : 'missing'}`,
    };
  const report = JSON.parse(readFileSync(file, 'utf8')) as RegressionReport;
  const flagged = [
    ...new Set(report.verdicts.filter((v) => v.verdict === 'worse').map((v) => v.variant)),
  ].sort();
  const want = [...r.slowed].sort();
  const ok = JSON.stringify(flagged) === JSON.stringify(want);
  return {
    ok,
    message: ok
      ? `the report flags ${want.join(', ')} and nothing else (${report.regressions.join('; ')}); the regression workflow fails on it, as it should. The tier is on ${report.clusterOn}.`
      : `the report flags ${flagged.join(', ') || 'nothing'}, the demo slowed ${want.join(', ')}`,
  };
}

export async function runRegressionDemo(
  opts: RegressionDemoOptions,
  write: (s: string) => void,
): Promise<RegressionDemoRun> {
  const runId = opts.runId ?? String(Date.now());
  const runDir = join(opts.outDir, 'runs', runId);
  const cluster = demoClusterFile(opts, join(runDir, 'demo-cluster'));
  for (const [name, f] of Object.entries(opts.slowdown))
    write(`demo: the simulated ACA-Py of variant ${name} answers ${f}x slower (a setting of the demo)\n`);
  const r = await runWithLocalLocust(
    {
      names: REGRESSION_DEMO_WORKFLOWS,
      cluster,
      simulate: true,
      timeScale: opts.timeScale,
      inputs: {},
      outDir: opts.outDir,
      event: 'workflow_dispatch',
      verbose: opts.verbose ?? false,
      runId,
      keepGoing: true,
      slowdown: opts.slowdown,
      ...(opts.onAccount ? { onAccount: opts.onAccount } : {}),
    },
    write,
  );
  const reportDir = join(r.runDir, 'artifacts', 'regression-report');
  write(`demo: the regression report: ${join(reportDir, 'regression.html')} (and .md, .json)\n`);
  const slowed = Object.entries(opts.slowdown).flatMap(([name, f]) => (f > 1 ? [name] : []));
  return { results: r.results, runDir: r.runDir, account: r.account, reportDir, slowed };
}
