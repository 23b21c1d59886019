// A load test of a built cluster: the workers in service, checked against the load asked for, the
// master reached through SSM (or its web port), the run itself, and its results as files.
import { DescribeInstancesCommand } from '@aws-sdk/client-ec2';
import type { AwsContext } from '../aws/context.js';
import { aws } from '../aws/errors.js';
import { required } from '../aws/required.js';
import { instanceType, PRICE_TABLE } from '../config/catalog.js';
import type { Cluster } from '../config/schema.js';
import { estimateCost } from '../plan/cost.js';
import { spotQuote } from '../plan/spot-prices.js';
import type { TemplateSet } from '../render/render.js';
import { describeGroup, groupActivities } from '../resources/group-describe.js';
import { groupName } from '../resources/groups.js';
import { describeMaster } from '../resources/master.js';
import { checkLoadTestCapacity } from './load-test-capacity.js';
import { HttpTransport, LocustClient } from './locust-client.js';
import { writeResultFiles } from './result-files.js';
import { type LoadTestSummary, type Sample, summaryMarkdown, type Thresholds } from './results.js';
import { runFailure, runLoadTest } from './run-load-test.js';
import { SsmTransport } from './ssm-transport.js';
import { sampleWorkerLoad } from './worker-load.js';
import type { LostInstance } from './worker-watch.js';

export class LoadTestInputError extends Error {
  override name = 'LoadTestInputError';
}

export interface ClusterLoadTestOptions {
  /** Each left out is the cluster file's loadTest value. */
  users?: number | undefined;
  spawnRate?: number | undefined;
  runTimeSeconds?: number | undefined;
  thresholds?: { [K in keyof Thresholds]?: number | undefined };
  /** ssm: curl on the master through SSM; http: the master's web URL is reachable from here. */
  transport: 'ssm' | 'http';
  masterUrl?: string;
  outputDir: string;
  baseline?: LoadTestSummary | undefined;
  /** Stops the swarm (a cancelled workflow). */
  signal?: AbortSignal;
  /** Called once the swarm is sent, and once the run ends (before the stop is sent). */
  onSwarm?: () => void;
  onStop?: () => void;
}

export interface ClusterLoadTestResult {
  summary: LoadTestSummary;
  markdown: string;
  summaryFile: string;
  /** The time series the run sampled (also in timeseries.json). */
  samples: Sample[];
  /** The gates that failed, when any did. */
  failure?: string | undefined;
}

/** The worker instances in service: ids, and private addresses (Locust names a worker after its host). */
export async function inServiceWorkers(
  ctx: AwsContext,
  c: Cluster,
): Promise<{ ids: string[]; ips: string[]; zones: string[] }> {
  const name = groupName(c, 'worker');
  const group = await describeGroup(ctx, name);
  const ids = (group?.Instances ?? [])
    .filter((i) => i.LifecycleState === 'InService')
    .map((i) => required(i.InstanceId, 'InstanceId', 'DescribeAutoScalingGroups', `group ${name}`));
  if (ids.length === 0)
    throw new LoadTestInputError(`no Locust worker is in service in ${name}; run cluster-up first`);
  const described = await aws('DescribeInstances', `workers of ${name}`, () =>
    ctx.clients.ec2.send(new DescribeInstancesCommand({ InstanceIds: ids })),
  );
  const ips = (described.Reservations ?? [])
    .flatMap((r) => r.Instances ?? [])
    // A worker terminated since the group was read has no address; it is missing, not an error.
    .flatMap((i) => (i.PrivateIpAddress ? [i.PrivateIpAddress] : []));
  return { ids, ips, zones: group?.AvailabilityZones ?? [] };
}

/** Type, lifecycle and state reason of instances that left (DescribeInstances still shows them a while). */
async function lostInstances(ctx: AwsContext, ids: string[]): Promise<Map<string, LostInstance>> {
  const r = await aws('DescribeInstances', `workers ${ids.join(', ')}`, () =>
    ctx.clients.ec2.send(new DescribeInstancesCommand({ InstanceIds: ids })),
  );
  return new Map(
    (r.Reservations ?? [])
      .flatMap((x) => x.Instances ?? [])
      .flatMap((i) =>
        i.InstanceId
          ? [
              [
                i.InstanceId,
                {
                  id: i.InstanceId,
                  ...(i.InstanceType ? { instanceType: i.InstanceType } : {}),
                  ...(i.InstanceLifecycle ? { lifecycle: i.InstanceLifecycle } : {}),
                  ...(i.StateReason?.Message ? { stateReason: `EC2: ${i.StateReason.Message}.` } : {}),
                },
              ] as const,
            ]
          : [],
      ),
  );
}

/** Locust's web API on the cluster's master: through SSM on it, or its web URL. */
export async function masterClient(
  ctx: AwsContext,
  c: Cluster,
  templates: TemplateSet,
  opts: Pick<ClusterLoadTestOptions, 'transport' | 'masterUrl'>,
): Promise<LocustClient> {
  if (opts.transport === 'http' && opts.masterUrl) return new LocustClient(new HttpTransport(opts.masterUrl));
  const master = await describeMaster(ctx, c);
  return new LocustClient(new SsmTransport(ctx, templates, master.instanceId, c.locust.master.webPort));
}

export async function clusterLoadTest(
  ctx: AwsContext,
  c: Cluster,
  templates: TemplateSet,
  opts: ClusterLoadTestOptions,
): Promise<ClusterLoadTestResult> {
  if (opts.transport === 'http' && !opts.masterUrl)
    throw new LoadTestInputError('transport http needs master-url');
  const lt = c.loadTest;
  const users = opts.users ?? lt.users;
  const spawnRate = opts.spawnRate ?? lt.spawnRate;
  const t = opts.thresholds ?? {};
  const thresholds: Thresholds = {
    maxFailRatio: t.maxFailRatio ?? lt.thresholds.maxFailRatio,
    maxP95Ms: t.maxP95Ms ?? lt.thresholds.maxP95Ms,
    minRps: t.minRps ?? lt.thresholds.minRps,
  };
  const workers = await inServiceWorkers(ctx, c);
  checkLoadTestCapacity(c, workers.ids.length, users, spawnRate);
  const client = await masterClient(ctx, c, templates, opts);
  const memory = instanceType(c.locust.workers.instanceType)?.memoryMiB;
  const r = await runLoadTest(client, {
    cluster: c.name,
    users,
    spawnRate,
    runTimeSeconds: opts.runTimeSeconds ?? lt.runTimeSeconds,
    expectedWorkers: workers.ids.length,
    expectedWorkerHosts: workers.ips,
    thresholds,
    clock: ctx.clock,
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.onSwarm ? { onSwarm: opts.onSwarm } : {}),
    ...(opts.onStop ? { onStop: opts.onStop } : {}),
    ...(ctx.log ? { log: ctx.log } : {}),
    ...(memory ? { workerMemoryBytes: memory * 1024 * 1024 } : {}),
    // The workers in service now: one that left is not sampled, its replacement is.
    sampleWorkers: () => sampleWorkerLoad(ctx, templates, async () => (await inServiceWorkers(ctx, c)).ids),
    maxLostShare: c.locust.workers.maxLostShare,
    explainLosses: {
      terminations: async (since) =>
        (await groupActivities(ctx, groupName(c, 'worker'), since))
          .filter((a) => a.Description?.startsWith('Terminating EC2 instance'))
          .map((a) => ({
            at: a.StartTime?.getTime() ?? 0,
            description: String(a.Description),
            ...(a.Cause ? { cause: a.Cause } : {}),
            ...(a.StatusMessage ? { statusMessage: a.StatusMessage } : {}),
          })),
      instances: (ids) => lostInstances(ctx, ids),
    },
  });
  // What the run cost: the estimate (Spot workers at the Spot price now) over its actual seconds.
  const cost = estimateCost(c, workers.ids.length, await spotQuote(ctx, c, workers.zones));
  r.summary.cost = {
    perRun: Math.round(((cost.hourly * r.summary.actualSeconds) / 3600) * 10000) / 10000,
    hourly: cost.hourly,
    basis: cost.spot?.basis ?? `Prices: ${PRICE_TABLE.source}, as of ${PRICE_TABLE.asOf}.`,
  };
  const markdown = summaryMarkdown(r.summary, r.samples, opts.baseline);
  const summaryFile = writeResultFiles(opts.outputDir, r, markdown);
  return { summary: r.summary, markdown, summaryFile, samples: r.samples, failure: runFailure(r.summary) };
}
