// An operator's day on an AWS that answers badly: 20 % of mutating calls are carried out and then
// answered with the service's own 500 or a dropped connection, 10 % of calls are throttled, and the
// SDK retries as it does against AWS. Every scenario still succeeds, nothing is duplicated, and
// destroy and the sweeper leave nothing behind. A failing seed is named in the test title; replay
// it with AKRIDA_CHAOS_SEEDS=<seed>. Six seeds by default, all 20 with AKRIDA_CHAOS_FULL=1.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { awsContext } from '../../src/action/context.js';
import { WRITE_RULES } from '../../src/aws/writes.js';
import { loadClusterFile } from '../../src/config/load.js';
import { inventory } from '../../src/ops/teardown.js';
import { type RunnerOptions, repoRoot, runWorkflowFile } from '../../src/runner/runner.js';
import { simulatedAccount } from '../../src/runner/simulated-account.js';
import { VirtualClock } from '../../src/time/clock.js';
import { exampleWith } from '../fixtures/cluster-files.js';
import { chaosSeeds } from './seeds.js';

const root = repoRoot();
const wf = (name: string) => join(root, '.github/workflows', `${name}.yml`);
const FILE = 'clusters/perf-example.yml';
const FAULTS = { ambiguousRate: 0.15, dropRate: 0.05, throttleRate: 0.1 };
const { seeds, replay } = chaosSeeds(6);

const accounts: { ledger: { operation: string; mutating: boolean; ambiguous?: string }[] }[] = [];

async function account(seed: number) {
  const cluster = loadClusterFile(FILE).cluster;
  const a = await simulatedAccount([cluster], new VirtualClock(), {
    seed,
    // The first seed also answers the first call of every write ambiguously, so every rule is met
    // whatever the random draws of the other seeds.
    faults: seed === seeds[0] ? { ...FAULTS, ambiguousOnce: Object.keys(WRITE_RULES) } : FAULTS,
  });
  const log: string[] = [];
  const run = async (
    name: string,
    inputs: Record<string, string>,
    extra: Partial<RunnerOptions['deps']> = {},
    event = 'workflow_dispatch',
  ) => {
    const r = await runWorkflowFile(wf(name), {
      root,
      event: { name: event, payload: {} },
      inputs,
      secrets: a.secrets,
      deps: { ...a.deps, ...extra },
      artifactsDir: mkdtempSync(join(tmpdir(), 'akrida-chaos-')),
      log: (l) => log.push(l),
    });
    if (r.result !== 'success') {
      const why = log
        .filter((l) => /fail|error/i.test(l))
        .slice(-6)
        .join('\n');
      throw new Error(`seed ${seed}: ${name} ended ${r.result}\n${why}`);
    }
    return r;
  };
  const ctx = awsContext(cluster, a.deps);
  accounts.push(a.sim);
  return { a, cluster, run, ctx };
}

/** Resources of the cluster by kind, found by tags, and the counts a single build makes. */
async function counts(ctx: Parameters<typeof inventory>[0]) {
  const inv = await inventory(ctx, 'perf-example');
  return {
    groups: inv.groups.length,
    loadBalancers: inv.loadBalancers.length,
    targetGroups: inv.targetGroups.length,
    templates: inv.templates.length,
    securityGroups: inv.securityGroups.length,
    images: inv.images.length,
  };
}

const ONE_BUILD = {
  groups: 2,
  loadBalancers: 2,
  targetGroups: 2,
  templates: 2,
  securityGroups: 2,
  images: 2,
};

describe.each(seeds)('ambiguous AWS answers, seed %i', (seed) => {
  test('cluster-up, a no-change re-run, an apply of a change, destroy: no duplicates, no leftovers', async () => {
    const { a, run, ctx } = await account(seed);
    await run('cluster-up', { cluster: FILE });
    expect(await counts(ctx)).toEqual(ONE_BUILD);
    // Exactly one version per template, one listener per load balancer, one backstop per group.
    for (const t of a.sim.ec2.templates.values()) expect(t.versions).toHaveLength(1);
    for (const lb of a.sim.elb.lbs.values())
      expect([...a.sim.elb.listeners.values()].filter((l) => l.lbArn === lb.arn)).toHaveLength(1);
    for (const g of a.sim.asg.groups.values()) expect(g.scheduled).toHaveLength(1);

    await run('cluster-up', { cluster: FILE });
    expect(await counts(ctx)).toEqual(ONE_BUILD);
    for (const t of a.sim.ec2.templates.values()) expect(t.versions).toHaveLength(1);

    const clustersDir = mkdtempSync(join(tmpdir(), 'akrida-chaos-change-'));
    const changed = join(clustersDir, 'perf-example.yml');
    writeFileSync(changed, exampleWith([['acapy', 'genesisUrl'], 'https://example.org/genesis/other']));
    await run('cluster-apply', { cluster: changed }, { clustersDir });
    const acapy = [...a.sim.ec2.templates.values()].find((t) => t.name === 'perf-example-acapy');
    expect(acapy?.versions).toHaveLength(2);
    expect(acapy?.defaultVersion).toBe(2);
    expect(await counts(ctx)).toEqual(ONE_BUILD);

    await run('cluster-down', { cluster: FILE, mode: 'destroy' });
    const left = await inventory(ctx, 'perf-example');
    expect(Object.values(left).filter(Array.isArray).flat()).toEqual([]);
    // The day did meet ambiguous answers (the seeded faults are not a no-op). Not a count: the jobs
    // run side by side, so which call draws which fault follows the interleaving, which a busy
    // machine changes (seen: 3 on a loaded machine, more alone); the first seed meets every rule.
    expect(a.sim.ledger.filter((e) => e.ambiguous).length).toBeGreaterThan(0);
  });

  test('a cluster whose expiry passed is swept completely', async () => {
    const { a, cluster, run, ctx } = await account(seed);
    await run('cluster-up', { cluster: FILE });
    await a.sim.clock.sleep(cluster.teardown.ttlHours * 3_600_000 + 60_000);
    await run('cluster-sweep', {}, {}, 'schedule');
    const left = await inventory(ctx, 'perf-example');
    expect(Object.values(left).filter(Array.isArray).flat()).toEqual([]);
  });
});

describe('every write the scenarios make met an ambiguous answer in some seed', () => {
  // The first seed answers every write's first call ambiguously, so any default or full run meets
  // each rule whatever the random draws; a replay of chosen seeds skips the check.
  (replay ? test.skip : test)('each write operation was answered ambiguously at least once', () => {
    const called = new Set<string>();
    const hit = new Set<string>();
    for (const sim of accounts)
      for (const e of sim.ledger) {
        if (!e.mutating) continue;
        called.add(e.operation);
        if (e.ambiguous) hit.add(e.operation);
      }
    const writes = Object.keys(WRITE_RULES).filter((op) => called.has(op));
    expect(writes.filter((op) => !hit.has(op))).toEqual([]);
    // Every mutating call the scenarios make is a write with a stated rule.
    expect([...called].filter((op) => !(op in WRITE_RULES))).toEqual([]);
  });
});
