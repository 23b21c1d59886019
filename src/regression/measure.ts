// One measured run on a tier already rolled to its variant: the wallet reset, an unmeasured warm-up,
// the load test (the cluster file's scenario, users, spawn rate and run time, the same for every
// run) with docker stats sampled on the ACA-Py instances and the database machine from the swarm on,
// then CloudWatch over the run's window. Each phase's seconds are kept: the regression's own cost.
import type { AwsContext } from '../aws/context.js';
import type { Cluster } from '../config/schema.js';
import { type ClusterLoadTestOptions, clusterLoadTest, masterClient } from '../loadtest/cluster-load-test.js';
import type { Sample } from '../loadtest/results.js';
import { loadBalancers } from '../ops/discover-cluster.js';
import type { TemplateSet } from '../render/render.js';
import { groupName } from '../resources/groups.js';
import type { Phase, RunFigures, RunPoint, ServerFigures } from './model.js';
import { albDimension, collectMetrics, type MetricSeries, serverFigures } from './server-metrics.js';
import { type ContainerSample, containerPeaks, resetWallets, sampleContainers } from './server-scripts.js';

export interface MeasureInput {
  /** The ACA-Py instances in service after the rollout, and the database machine. */
  acapyInstances: string[];
  databaseInstance: string;
  /** This run's results folder. */
  dir: string;
  warmupSeconds: number;
  periodSeconds: number;
  load: Pick<ClusterLoadTestOptions, 'transport' | 'masterUrl' | 'signal'>;
  /** Adds a phase's seconds to the run's record. */
  phase: (p: Phase, seconds: number) => void;
}

export interface Measured {
  figures: RunFigures;
  series: RunPoint[];
  server: ServerFigures;
  loadSeconds: number;
  /** The load test's own gates, when they failed (the regression judges by its thresholds). */
  gateFailure?: string;
}

/** Locust's samples with the ACA-Py containers' mean CPU at each (docker stats, else CloudWatch). */
export function runSeries(
  samples: readonly Sample[],
  containers: readonly ContainerSample[],
  cloudwatch: readonly MetricSeries[],
  startMs: number,
): RunPoint[] {
  const acapy = containers.filter((s) => s.kind === 'acapy').map((s) => ({ at: s.at, v: s.cpuPercent }));
  const cw = cloudwatch
    .filter((s) => /^cpu\d+$/.test(s.id))
    .flatMap((s) => s.points.map((p) => ({ at: p.at.getTime(), v: p.value })));
  const source = acapy.length ? acapy : cw;
  return samples.map((s) => {
    const at = startMs + s.t * 1000;
    // The samples of the last few seconds before this point, averaged over instances.
    const near = source.filter((p) => p.at <= at && p.at > at - 15_000);
    const cpu = near.length ? near.reduce((a, p) => a + p.v, 0) / near.length : undefined;
    return {
      t: s.t,
      rps: s.rps,
      ...(s.p95 !== undefined ? { p95Ms: s.p95 } : {}),
      ...(cpu !== undefined ? { cpuPercent: cpu } : {}),
    };
  });
}

/** The run's users for the warm-up's seconds, unmeasured: no results fetched, always stopped. */
async function warmUp(ctx: AwsContext, c: Cluster, t: TemplateSet, i: MeasureInput): Promise<void> {
  const client = await masterClient(ctx, c, t, i.load);
  await client.swarm(c.loadTest.users, c.loadTest.spawnRate);
  try {
    const until = ctx.clock.now() + i.warmupSeconds * 1000;
    while (ctx.clock.now() < until && !i.load.signal?.aborted)
      await ctx.clock.sleep(Math.min(1000, until - ctx.clock.now()));
  } finally {
    await client.stop();
  }
}

export async function measureRun(
  ctx: AwsContext,
  c: Cluster,
  t: TemplateSet,
  i: MeasureInput,
): Promise<Measured> {
  const clock = ctx.clock;
  const timed = async <T>(p: Phase, f: () => Promise<T>): Promise<T> => {
    const t0 = clock.now();
    try {
      return await f();
    } finally {
      i.phase(p, (clock.now() - t0) / 1000);
    }
  };
  const lines = await timed('reset', () => resetWallets(ctx, c, t, i.databaseInstance));
  ctx.log?.(`wallet reset: ${lines.join('; ')}`);
  if (i.warmupSeconds > 0) await timed('warmup', () => warmUp(ctx, c, t, i));
  const runTime = c.loadTest.runTimeSeconds;
  let start = clock.now();
  let stats: Promise<ContainerSample[]> = Promise.resolve([]);
  // From the swarm on: docker stats for the run's seconds, and CloudWatch's window.
  const onSwarm = () => {
    start = clock.now();
    stats = sampleContainers(ctx, t, [...i.acapyInstances, i.databaseInstance], runTime).catch(
      (err: unknown) => {
        ctx.warn?.(`docker stats could not be sampled: ${err instanceof Error ? err.message : String(err)}`);
        return [] as ContainerSample[];
      },
    );
  };
  let end: number | undefined;
  const onStop = () => {
    end = clock.now();
  };
  const lt = await timed('load', () =>
    clusterLoadTest(ctx, c, t, { ...i.load, outputDir: i.dir, onSwarm, onStop }),
  );
  const stop = end ?? clock.now();
  const server = await timed('collect', async () => {
    const lbs = await loadBalancers(ctx, c);
    const targets = {
      loadBalancers: [lbs.admin, lbs.transport].map((l) => ({
        loadBalancer: albDimension(l.lbArn),
        targetGroup: albDimension(l.tgArn),
      })),
      instanceIds: i.acapyInstances,
      groupName: groupName(c, 'acapy'),
    };
    // The run's own window, swarm to stop (not widened to whole periods: no warm-up in it).
    const window = { start: new Date(start), end: new Date(Math.max(stop, start + 1000)) };
    // Latency percentiles over the whole run in one period: a per-period p95 of a sparse minute
    // would stand for the run.
    const whole = Math.max(60, Math.ceil((window.end.getTime() - start) / 60_000) * 60);
    const [series, overall, containers] = await Promise.all([
      collectMetrics(ctx.clients.cloudwatch, targets, window, i.periodSeconds),
      collectMetrics(ctx.clients.cloudwatch, targets, window, whole),
      stats,
    ]);
    const { targetP95Ms, targetP99Ms } = serverFigures(overall);
    return { series, containers, latency: { targetP95Ms, targetP99Ms } };
  });
  const inRun = server.containers.filter((s) => s.at >= start - 1_000 && s.at <= stop);
  const totals = lt.summary.totals;
  return {
    figures: {
      p95Ms: totals.p95,
      rps: totals.rps,
      errorRatio: totals.requests > 0 ? totals.failures / totals.requests : 0,
      requests: totals.requests,
    },
    series: runSeries(lt.samples, inRun, server.series, start),
    server: {
      ...serverFigures(server.series),
      ...Object.fromEntries(Object.entries(server.latency).filter(([, v]) => v !== undefined)),
      containers: containerPeaks(inRun),
    },
    loadSeconds: lt.summary.actualSeconds,
    ...(lt.failure ? { gateFailure: lt.failure } : {}),
  };
}
