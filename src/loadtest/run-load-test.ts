// A headless load test through the master's web API: wait for every worker, swarm, sample the
// stats for a time series, stop at the end (or on cancel, or on error: never leave a swarm
// running), then fetch Locust's CSV and HTML files and judge the run.
import { waitFor } from '../aws/wait.js';
import type { Clock } from '../time/clock.js';
import { type LocustClient, LocustError, type StatsSnapshot } from './locust-client.js';
import {
  evaluateGates,
  groupFailures,
  type LoadTestSummary,
  type RequestStat,
  requestStats,
  type Sample,
  saturation,
  type Thresholds,
} from './results.js';
import type { WorkerLoad } from './worker-load.js';
import { type GroupActivity, type LostInstance, WorkerWatch } from './worker-watch.js';

export interface LoadTestOptions {
  cluster: string;
  users: number;
  spawnRate: number;
  runTimeSeconds: number;
  expectedWorkers: number;
  /** Hostnames or addresses of the workers that should connect, to name the missing ones. */
  expectedWorkerHosts?: string[];
  thresholds: Thresholds;
  clock: Clock;
  sampleEverySeconds?: number;
  workerDeadlineSeconds?: number;
  workerMemoryBytes?: number;
  signal?: AbortSignal;
  log?: (line: string) => void;
  /** Instance-level CPU and memory of the workers (through SSM on AWS); Locust's own figures otherwise. */
  sampleWorkers?: () => Promise<WorkerLoad | undefined>;
  /** Share of the run's worker time that may be lost before the result is interrupted (default 0.05). */
  maxLostShare?: number;
  /** Why workers left: the worker group's terminations since a time (epoch ms), and the instances'. */
  explainLosses?: {
    terminations(since: number): Promise<GroupActivity[]>;
    instances(ids: string[]): Promise<Map<string, LostInstance>>;
  };
  /** Called once the swarm is sent, and once the stop is (a regression's server-side window). */
  onSwarm?: () => void;
  onStop?: () => void;
}

export interface LoadTestArtifacts {
  requestsCsv: string;
  failuresCsv: string;
  exceptionsCsv: string;
  html: string;
}

export interface LoadTestRun {
  summary: LoadTestSummary;
  samples: Sample[];
  artifacts: LoadTestArtifacts;
}

export class LoadTestError extends Error {
  override name = 'LoadTestError';
}

/** Waits until the master has every worker; answers its stats then. */
export async function waitForWorkers(client: LocustClient, opts: LoadTestOptions): Promise<StatsSnapshot> {
  let last: string[] = [];
  try {
    return await waitFor(
      async () => {
        const s = await client.stats();
        last = s.workers.map((w) => w.id);
        return s.workers.length >= opts.expectedWorkers
          ? { done: true, value: s }
          : { done: false, status: `${s.workers.length}/${opts.expectedWorkers} workers` };
      },
      {
        what: `${opts.expectedWorkers} Locust workers at the master`,
        timeoutMs: (opts.workerDeadlineSeconds ?? 300) * 1000,
        clock: opts.clock,
        minDelayMs: 1_000,
        maxDelayMs: 5_000,
      },
    );
  } catch (err) {
    const missing = (opts.expectedWorkerHosts ?? []).filter(
      (h) => !last.some((id) => id.includes(h.replaceAll('.', '-')) || id.includes(h)),
    );
    throw new LoadTestError(
      `the master sees ${last.length} of ${opts.expectedWorkers} workers${missing.length ? `; missing: ${missing.join(', ')}` : ''} (${(err as Error).message})`,
    );
  }
}

export async function runLoadTest(client: LocustClient, opts: LoadTestOptions): Promise<LoadTestRun> {
  const log = opts.log ?? (() => {});
  const watch = new WorkerWatch((await waitForWorkers(client, opts)).workers);
  await client.reset();
  const samples: Sample[] = [];
  const start = opts.clock.now();
  // Every 5 s, down to 3 s for a short run so it still has points to chart: Locust's workers
  // report to the master every 3 s, so a sample sooner may still count nothing.
  const every = (opts.sampleEverySeconds ?? Math.min(5, Math.max(3, opts.runTimeSeconds / 5))) * 1000;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await client.stop();
  };
  // The run's length is from sending the swarm to sending the stop: each takes effect one round
  // trip after it is sent, so the two delays cancel out.
  let end: number | undefined;
  let previous = { t: 0, requests: 0 };
  try {
    await client.swarm(opts.users, opts.spawnRate);
    opts.onSwarm?.();
    log(`swarming ${opts.users} users at ${opts.spawnRate}/s for ${opts.runTimeSeconds} s`);
    while (opts.clock.now() - start < opts.runTimeSeconds * 1000) {
      if (opts.signal?.aborted) throw new LoadTestError('the load test was cancelled; the swarm was stopped');
      await opts.clock.sleep(Math.min(every, opts.runTimeSeconds * 1000 - (opts.clock.now() - start)));
      const [s, csv, load] = await Promise.all([
        client.stats(),
        client.requestsCsv(),
        opts.sampleWorkers?.(),
      ]);
      const sofar = requestStats(csv).total;
      const sample = toSample(s, sofar, load, (opts.clock.now() - start) / 1000, previous);
      previous = { t: sample.t, requests: sofar.requests };
      samples.push(sample);
      for (const id of watch.observe(sample.t, s.workers, sofar.requests))
        log(`t=${Math.round(sample.t)}s worker ${id} left the master: the load from here on is marked`);
      log(
        `t=${Math.round(sample.t)}s users=${s.userCount} rps=${sample.rps.toFixed(1)} p95=${sample.p95 ?? '-'} fail=${(s.failRatio * 100).toFixed(1)}%`,
      );
    }
    end = opts.clock.now();
  } finally {
    opts.onStop?.();
    await stop().catch((err: unknown) =>
      log(`could not stop the swarm: ${err instanceof LocustError ? err.message : String(err)}`),
    );
  }
  const actualSeconds = ((end ?? opts.clock.now()) - start) / 1000;
  const [requestsCsv, failuresCsv, exceptionsCsv, html] = await Promise.all([
    client.requestsCsv(),
    client.failuresCsv(),
    client.exceptionsCsv(),
    client.htmlReport(),
  ]);
  // Rates over this run's own seconds, the unit of its duration and chart (Locust's counts from
  // its reset, which comes a round trip before the swarm); Locust's own rates stay in its files.
  const rated = (r: RequestStat): RequestStat => ({
    ...r,
    rps: actualSeconds > 0 ? r.requests / actualSeconds : 0,
  });
  const stats = requestStats(requestsCsv);
  const rows = stats.rows.map(rated);
  const total = rated(stats.total);
  const gates = evaluateGates(total, opts.thresholds);
  const invalid = saturation(samples, 90, opts.workerMemoryBytes);
  const interruption = await explainLosses(watch, opts, start, actualSeconds, total.requests);
  for (const p of samples) if (interruption && p.t >= interruption.markedFromT) p.afterLoss = true;
  const interrupted = !!interruption && interruption.lostShare >= interruption.limit;
  const passed = gates.every((g) => g.ok);
  const summary: LoadTestSummary = {
    cluster: opts.cluster,
    users: opts.users,
    spawnRate: opts.spawnRate,
    runTimeSeconds: opts.runTimeSeconds,
    actualSeconds,
    totals: total,
    requests: rows,
    gates,
    failures: groupFailures(failuresCsv),
    valid: invalid === undefined,
    ...(invalid ? { invalidReason: invalid } : {}),
    passed,
    result: invalid ? 'not valid' : interrupted ? 'interrupted' : passed ? 'passed' : 'failed',
    ...(interruption ? { interruption } : {}),
  };
  return { summary, samples, artifacts: { requestsCsv, failuresCsv, exceptionsCsv, html } };
}

/** The workers lost, explained by the group's activities and the instances (when the caller can read them). */
async function explainLosses(
  watch: WorkerWatch,
  opts: LoadTestOptions,
  start: number,
  actualSeconds: number,
  totalRequests: number,
) {
  // The group's activities are read after every run: what left it, whether the master saw it or not.
  const terminations = (await opts.explainLosses?.terminations(start)) ?? [];
  for (const a of terminations) opts.log?.(`the worker group during the run: ${a.description}: ${a.cause}`);
  if (watch.lost.length === 0) return undefined;
  const ids = terminations.flatMap((a) => /(i-[0-9a-f]+)/.exec(a.description)?.[1] ?? []);
  const instances = ids.length ? ((await opts.explainLosses?.instances(ids)) ?? new Map()) : new Map();
  return watch.report({
    start,
    actualSeconds,
    expected: opts.expectedWorkers,
    limit: opts.maxLostShare ?? 0.05,
    totalRequests,
    terminations,
    instances,
  });
}

/**
 * One point of the time series. The rate is the change in the request count since the previous
 * sample over the seconds between them, and p95 is Locust's aggregated total since the start:
 * Locust's own current rate and p95 read 0 for the first seconds of a run.
 */
function toSample(
  s: StatsSnapshot,
  total: RequestStat,
  load: WorkerLoad | undefined,
  t: number,
  previous: { t: number; requests: number },
): Sample {
  const cpu = [...s.workers.map((w) => w.cpuPercent ?? 0), ...(load ? [load.maxCpu] : [])];
  const mem = s.workers.map((w) => w.memoryBytes ?? 0);
  const seconds = t - previous.t;
  return {
    t,
    users: s.userCount,
    rps: seconds > 0 ? Math.max(0, total.requests - previous.requests) / seconds : 0,
    failRatio: s.failRatio,
    ...(total.requests > 0 ? { p50: total.p50, p95: total.p95 } : {}),
    ...(cpu.length ? { maxWorkerCpu: Math.max(...cpu) } : {}),
    ...(mem.length ? { maxWorkerMemoryBytes: Math.max(...mem) } : {}),
    ...(load ? { maxWorkerMemoryShare: load.maxMemory } : {}),
    workers: s.workers.filter((w) => w.state !== 'missing').length,
  };
}

/** Why the run's step fails: interrupted (with the lost share), or the gates that failed. */
export function runFailure(summary: LoadTestSummary): string | undefined {
  const i = summary.interruption;
  if (summary.result === 'interrupted' && i)
    return `load test interrupted: ${i.losses.length} worker(s) lost ${(i.lostShare * 100).toFixed(1)}% of the run's worker time (limit ${(i.limit * 100).toFixed(1)}%, locust.workers.maxLostShare): ${i.losses.map((l) => `${l.instanceId ?? l.worker} at t=${Math.round(l.t)} s`).join('; ')}`;
  return gateFailure(summary);
}

/** The gate failures as one message naming each metric, threshold and value. */
export function gateFailure(summary: LoadTestSummary): string | undefined {
  const failed = summary.gates.filter((g) => !g.ok);
  if (failed.length === 0) return undefined;
  return `load test gates failed: ${failed.map((g) => `${g.metric} ${g.value} (threshold ${g.threshold})`).join('; ')}`;
}
