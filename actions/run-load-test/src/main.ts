import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DescribeInstancesCommand } from '@aws-sdk/client-ec2';
import { loadClusterInput, runAction } from '../../../src/action/adapter.js';
import { type ActionDeps, awsContext, choiceInput, templatesOf } from '../../../src/action/context.js';
import { io } from '../../../src/action/io.js';
import { instanceType } from '../../../src/config/catalog.js';
import { sizeWorkers } from '../../../src/config/sizing.js';
import { HttpTransport, LocustClient } from '../../../src/loadtest/locust-client.js';
import { type LoadTestSummary, summaryMarkdown } from '../../../src/loadtest/results.js';
import { gateFailure, runLoadTest } from '../../../src/loadtest/run-load-test.js';
import { SsmTransport } from '../../../src/loadtest/ssm-transport.js';
import { sampleWorkerLoad } from '../../../src/loadtest/worker-load.js';
import { describeGroup, groupName } from '../../../src/ops/groups.js';
import { describeMaster } from '../../../src/ops/master.js';

/** Akrida agents each start a full Aries agent; more than this per worker per second overloads a worker. */
const MAX_SPAWN_PER_WORKER = 5;

export function run(deps: ActionDeps = {}): Promise<void> {
  return runAction('run-load-test', async () => {
    const { cluster } = loadClusterInput();
    const ctx = awsContext(cluster, deps);
    const num = (name: string, fallback: number) => {
      const v = io().getInput(name);
      if (v === '') return fallback;
      const x = Number(v);
      if (!Number.isFinite(x) || x < 0) throw new Error(`input ${name} must be a number (got "${v}")`);
      return x;
    };
    const lt = cluster.loadTest;
    const users = num('users', lt.users);
    const spawnRate = num('spawn-rate', lt.spawnRate);
    const runTimeSeconds = num('run-time', lt.runTimeSeconds);
    const thresholds = {
      maxFailRatio: num('max-fail-ratio', lt.thresholds.maxFailRatio),
      maxP95Ms: num('max-p95-ms', lt.thresholds.maxP95Ms),
      minRps: num('min-rps', lt.thresholds.minRps),
    };

    const group = await describeGroup(ctx, groupName(cluster, 'worker'));
    const workers = (group?.Instances ?? []).filter((i) => i.LifecycleState === 'InService');
    if (workers.length === 0)
      throw new Error(
        `no Locust worker is in service in ${groupName(cluster, 'worker')}; run cluster-up first`,
      );
    // The capacity plan, checked against what runs now.
    const plan = sizeWorkers(
      {
        ...cluster,
        locust: { ...cluster.locust, workers: { ...cluster.locust.workers, count: workers.length } },
      },
      users,
    );
    if (plan.usersPerWorker > plan.maxUsersPerWorker) {
      throw new Error(
        `${users} users on ${workers.length} workers is ${plan.usersPerWorker} per worker, but a ${cluster.locust.workers.instanceType} holds ${plan.maxUsersPerWorker} (ports ${plan.portsPerWorker}, memory ${plan.memoryUsersPerWorker}); add workers or lower users`,
      );
    }
    if (spawnRate > MAX_SPAWN_PER_WORKER * workers.length) {
      throw new Error(
        `spawn rate ${spawnRate}/s is above what ${workers.length} workers start reliably (${MAX_SPAWN_PER_WORKER}/s each); lower spawn-rate`,
      );
    }

    const master = await describeMaster(ctx, cluster);
    // Locust names a worker after its host (ip-10-0-1-23_…): the addresses name the missing ones.
    const described = await ctx.clients.ec2.send(
      new DescribeInstancesCommand({ InstanceIds: workers.map((w) => w.InstanceId ?? '') }),
    );
    const workerIps = (described.Reservations ?? [])
      .flatMap((r) => r.Instances ?? [])
      .map((i) => i.PrivateIpAddress ?? '');
    const transport = choiceInput('transport', ['ssm', 'http'] as const, 'ssm');
    const url = io().getInput('master-url');
    if (transport === 'http' && !url) throw new Error('transport http needs master-url');
    const client = new LocustClient(
      transport === 'http'
        ? new HttpTransport(url)
        : new SsmTransport(ctx, templatesOf(deps), master.instanceId, cluster.locust.master.webPort),
    );

    // A cancelled workflow must not leave a swarm running: stop on the runner's signals.
    const abort = new AbortController();
    const onSignal = () => abort.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      const memory = instanceType(cluster.locust.workers.instanceType)?.memoryMiB;
      const r = await runLoadTest(client, {
        cluster: cluster.name,
        users,
        spawnRate,
        runTimeSeconds,
        expectedWorkers: workers.length,
        expectedWorkerHosts: workerIps,
        thresholds,
        clock: ctx.clock,
        signal: abort.signal,
        log: (l) => io().info(l),
        ...(memory ? { workerMemoryBytes: memory * 1024 * 1024 } : {}),
        sampleWorkers: () =>
          sampleWorkerLoad(
            ctx,
            templatesOf(deps),
            workers.map((w) => w.InstanceId ?? ''),
          ),
      });
      const dir = io().getInput('output-dir') || 'load-test-results';
      mkdirSync(dir, { recursive: true });
      const baselineFile = io().getInput('baseline');
      const baseline = baselineFile
        ? (JSON.parse(readFileSync(baselineFile, 'utf8')) as LoadTestSummary)
        : undefined;
      const md = summaryMarkdown(r.summary, r.samples, baseline);
      writeFileSync(join(dir, 'requests.csv'), r.artifacts.requestsCsv);
      writeFileSync(join(dir, 'failures.csv'), r.artifacts.failuresCsv);
      writeFileSync(join(dir, 'exceptions.csv'), r.artifacts.exceptionsCsv);
      writeFileSync(join(dir, 'report.html'), r.artifacts.html);
      writeFileSync(join(dir, 'timeseries.json'), `${JSON.stringify(r.samples, null, 2)}\n`);
      writeFileSync(join(dir, 'summary.json'), `${JSON.stringify(r.summary, null, 2)}\n`);
      writeFileSync(join(dir, 'summary.md'), md);
      io().setOutput('passed', String(r.summary.passed));
      io().setOutput('valid', String(r.summary.valid));
      io().setOutput('summary-file', join(dir, 'summary.md'));
      await io().summary.addRaw(md).write();
      const failed = gateFailure(r.summary);
      if (failed) throw new Error(failed);
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  });
}
