// A headless load test through the master's web API: wait for every worker, swarm, sample the
// stats for a time series, stop at the end (or on cancel, or on error: never leave a swarm
// running), then fetch Locust's CSV and HTML files and judge the run.
import { waitFor } from '../aws/wait.js';
import type { Clock } from '../time/clock.js';
import { type LocustClient, LocustError } from './locust-client.js';
import {
  evaluateGates,
  groupFailures,
  type LoadTestSummary,
  requestStats,
  type Sample,
  saturation,
  type Thresholds,
} from './results.js';
import type { WorkerLoad } from './worker-load.js';

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
  sampleWorkers?: () => Promise<WorkerLoad>;
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

export async function waitForWorkers(client: LocustClient, opts: LoadTestOptions): Promise<void> {
  let last: string[] = [];
  try {
    await waitFor(
      async () => {
        const s = await client.stats();
        last = s.workers.map((w) => w.id);
        return s.workers.length >= opts.expectedWorkers
          ? { done: true, value: undefined }
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
  await waitForWorkers(client, opts);
  await client.reset();
  const samples: Sample[] = [];
  const start = opts.clock.now();
  const every = (opts.sampleEverySeconds ?? 5) * 1000;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await client.stop();
  };
  try {
    await client.swarm(opts.users, opts.spawnRate);
    log(`swarming ${opts.users} users at ${opts.spawnRate}/s for ${opts.runTimeSeconds} s`);
    while (opts.clock.now() - start < opts.runTimeSeconds * 1000) {
      if (opts.signal?.aborted) throw new LoadTestError('the load test was cancelled; the swarm was stopped');
      await opts.clock.sleep(Math.min(every, opts.runTimeSeconds * 1000 - (opts.clock.now() - start)));
      const [s, load] = await Promise.all([client.stats(), opts.sampleWorkers?.()]);
      const cpu = [...s.workers.map((w) => w.cpuPercent ?? 0), ...(load ? [load.maxCpu] : [])];
      const mem = s.workers.map((w) => w.memoryBytes ?? 0);
      samples.push({
        t: (opts.clock.now() - start) / 1000,
        users: s.userCount,
        rps: s.totalRps,
        failRatio: s.failRatio,
        ...(s.p50 !== undefined ? { p50: s.p50 } : {}),
        ...(s.p95 !== undefined ? { p95: s.p95 } : {}),
        ...(cpu.length ? { maxWorkerCpu: Math.max(...cpu) } : {}),
        ...(mem.length ? { maxWorkerMemoryBytes: Math.max(...mem) } : {}),
        ...(load ? { maxWorkerMemoryShare: load.maxMemory } : {}),
      });
      log(
        `t=${Math.round(samples.at(-1)?.t ?? 0)}s users=${s.userCount} rps=${s.totalRps.toFixed(1)} p95=${s.p95 ?? '-'} fail=${(s.failRatio * 100).toFixed(1)}%`,
      );
    }
  } finally {
    await stop().catch((err: unknown) =>
      log(`could not stop the swarm: ${err instanceof LocustError ? err.message : String(err)}`),
    );
  }
  const actualSeconds = (opts.clock.now() - start) / 1000;
  const [requestsCsv, failuresCsv, exceptionsCsv, html] = await Promise.all([
    client.requestsCsv(),
    client.failuresCsv(),
    client.exceptionsCsv(),
    client.htmlReport(),
  ]);
  const { rows, total } = requestStats(requestsCsv);
  const gates = evaluateGates(total, opts.thresholds);
  const invalid = saturation(samples, 90, opts.workerMemoryBytes);
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
    passed: gates.every((g) => g.ok),
  };
  return { summary, samples, artifacts: { requestsCsv, failuresCsv, exceptionsCsv, html } };
}

/** The gate failures as one message naming each metric, threshold and value. */
export function gateFailure(summary: LoadTestSummary): string | undefined {
  const failed = summary.gates.filter((g) => !g.ok);
  if (failed.length === 0) return undefined;
  return `load test gates failed: ${failed.map((g) => `${g.metric} ${g.value} (threshold ${g.threshold})`).join('; ')}`;
}
