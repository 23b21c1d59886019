// Teardown that cannot leak, on the simulated AWS.

import * as asg from '@aws-sdk/client-auto-scaling';
import * as ec2 from '@aws-sdk/client-ec2';
import { PutParameterCommand } from '@aws-sdk/client-ssm';
import { sweepRegions } from '../../src/cluster/regions.js';
import {
  expiredClusters,
  findExpired,
  sweepExpired,
  teardown,
  teardownMarkdown,
} from '../../src/ops/teardown.js';
import { BACKSTOP_ACTION } from '../../src/resources/group-backstop.js';
import { bakeImage } from '../../src/resources/images.js';
import { ensureLoadBalancer } from '../../src/resources/load-balancer-ensure.js';
import { storeSecrets } from '../../src/resources/parameters.js';
import { ensureClusterSecurityGroups } from '../../src/resources/security-groups.js';
import type { SimulatedAws } from '../../src/sim/index.js';
import { clusterUp } from '../fixtures/cluster-up.js';
import { cluster, exampleAccount, SECRET_VALUES, WORKFLOW_SECRETS } from '../fixtures/example-cluster.js';

/** Everything in the simulated account that carries a tag for this cluster. */
function tagged(sim: SimulatedAws, name: string): string[] {
  const has = (tags: Record<string, string>) => tags['akrida:cluster'] === name;
  return [
    ...[...sim.ec2.instances.values()]
      .filter((i) => i.state !== 'terminated' && has(i.tags))
      .map((i) => `instance ${i.id}`),
    ...[...sim.ec2.images.values()]
      .filter((i) => i.state !== 'deregistered' && has(i.tags))
      .map((i) => `image ${i.id}`),
    ...[...sim.ec2.snapshots.values()].filter((s) => has(s.tags)).map((s) => `snapshot ${s.id}`),
    ...[...sim.ec2.groups.values()].filter((g) => has(g.tags)).map((g) => `security group ${g.name}`),
    ...[...sim.ec2.templates.values()].filter((t) => has(t.tags)).map((t) => `template ${t.name}`),
    ...[...sim.elb.lbs.values()].filter((l) => has(l.tags)).map((l) => `load balancer ${l.name}`),
    ...[...sim.elb.tgs.values()].filter((t) => has(t.tags)).map((t) => `target group ${t.name}`),
    ...[...sim.asg.groups.values()]
      .filter((g) => g.tags.get('akrida:cluster')?.value === name)
      .map((g) => `group ${g.name}`),
    ...[...sim.ssm.parameters.values()].filter((p) => has(p.tags)).map((p) => `parameter ${p.name}`),
  ];
}

const other = () =>
  cluster(
    [['name'], 'perf-other'],
    [['images', 'locust'], { tags: { Name: 'other-locust' } }],
    [['images', 'acapy'], { tags: { Name: 'other-acapy' } }],
    [['locust', 'master', 'instance'], { tags: { Name: 'other-master' } }],
  );

describe('destroy', () => {
  test('after a full build leaves nothing tagged for the cluster, and leaves other clusters and untagged look-alikes intact', async () => {
    const c = cluster();
    const account = await exampleAccount(c);
    const { sim, ctx, clients, seeded } = account;
    const o = other();
    const { seedCluster } = await import('../../src/sim/seed.js');
    seedCluster(sim, o);
    // The other cluster's own parameters, under its own prefix (a file may name no other).
    for (const [name, Value] of Object.entries(SECRET_VALUES))
      await clients.ssm.send(
        new PutParameterCommand({
          Name: name.replace('/perf-example/', '/perf-other/'),
          Value,
          Type: 'SecureString',
        }),
      );
    await Promise.all([clusterUp(account, c), clusterUp(account, o)]);
    // Look-alikes made by hand: same names with a suffix, no tags.
    const handSg = await clients.ec2.send(
      new ec2.CreateSecurityGroupCommand({
        GroupName: 'perf-example-perf-sg-copy',
        Description: 'by hand',
        VpcId: c.network.vpcId,
      }),
    );
    await clients.ec2.send(
      new ec2.CreateLaunchTemplateCommand({
        LaunchTemplateName: 'perf-example-acapy-copy',
        LaunchTemplateData: {},
      }),
    );
    const otherBefore = tagged(sim, 'perf-other');
    expect(tagged(sim, 'perf-example').length).toBeGreaterThan(15);

    const dry = await teardown(ctx, 'perf-example', 'destroy', { dryRun: true });
    expect(tagged(sim, 'perf-example').length).toBeGreaterThan(15);
    expect(dry.items.map((i) => `${i.kind}:${i.action}`)).toContain('instance:detach security group');

    const before = sim.mutations().length;
    const r = await teardown(ctx, 'perf-example', 'destroy');
    await sim.clock.sleep(60_000);
    expect(tagged(sim, 'perf-example')).toEqual([]);
    expect(r.items.map((i) => i.name)).toEqual(dry.items.map((i) => i.name));
    expect(r.hourlyStopped).toBe(0.4831);
    expect(tagged(sim, 'perf-other').filter((x) => !x.startsWith('instance'))).toEqual(
      otherBefore.filter((x) => !x.startsWith('instance')),
    );
    expect(sim.ec2.groups.has(handSg.GroupId ?? '')).toBe(true);
    expect([...sim.ec2.templates.values()].map((t) => t.name)).toContain('perf-example-acapy-copy');
    const master = sim.ec2.instances.get(seeded.master);
    expect(master?.state).toBe('running');
    expect(master?.tags['akrida:master-config']).toBeUndefined();
    expect(
      sim
        .mutations()
        .slice(before)
        .some((m) => m.operation === 'DeleteSecurityGroup'),
    ).toBe(true);
    expect(teardownMarkdown(r)).toContain('This did stop about **$0.4831 per hour**.');
  });

  test('a dry run lists what would go and changes nothing', async () => {
    const c = cluster();
    const account = await exampleAccount(c);
    const { sim, ctx } = account;
    await clusterUp(account, c);
    const before = sim.mutations().length;
    const r = await teardown(ctx, 'perf-example', 'destroy', { dryRun: true });
    expect(sim.mutations().length).toBe(before);
    // In the registry's reverse order: what uses a resource goes before it.
    expect(r.items.map((i) => i.kind)).toEqual([
      'auto scaling group',
      'auto scaling group',
      'launch template',
      'launch template',
      'image',
      'image',
      'snapshot',
      'snapshot',
      // Our security group off the master (which the toolkit did not make).
      'instance',
      'load balancer',
      'load balancer',
      'target group',
      'target group',
      'security group',
      'security group',
      // Two stored workflow secrets, and the copies of the three scripts the build ran.
      'parameter',
      'parameter',
      'parameter',
      'parameter',
      'parameter',
    ]);
    expect(teardownMarkdown(r)).toContain('This would stop about **$0.4831 per hour**.');
  });
});

describe('scale to zero', () => {
  test('keeps everything for a fast restart: cluster-up again bakes no image', async () => {
    const c = cluster();
    const account = await exampleAccount(c);
    const { sim, ctx } = account;
    await clusterUp(account, c);
    const r = await teardown(ctx, 'perf-example', 'scale-to-zero');
    expect(r.items.map((i) => i.action)).toEqual(['scale to zero', 'scale to zero']);
    expect(r.hourlyStopped).toBe(0.4221);
    await sim.clock.sleep(60_000);
    expect([...sim.asg.groups.values()].map((g) => sim.asg.live(g).length)).toEqual([0, 0]);
    const before = sim.ledger.length;
    const again = await clusterUp(account, c);
    expect(again.checks.filter((x) => !x.ok)).toEqual([]);
    expect(sim.ledger.slice(before).filter((e) => e.operation === 'CreateImage')).toEqual([]);
  });
});

describe('leak-proofing', () => {
  test('a build cancelled half-way is destroyed by the sweeper once its time-to-live passes', async () => {
    const c = cluster([['teardown', 'ttlHours'], 2]);
    const { sim, ctx, templates } = await exampleAccount(c);
    const { lbSg } = await ensureClusterSecurityGroups(ctx, c);
    await ensureLoadBalancer(ctx, c, 'admin', lbSg);
    const bake = bakeImage(ctx, c, 'locust', templates);
    while (![...sim.ec2.images.values()].some((i) => i.name.startsWith('perf-example-locust')))
      await sim.clock.sleep(1_000);
    // The run is cancelled here: nothing else happens for this cluster.
    expect(await expiredClusters(ctx)).toEqual([]);
    await sim.clock.sleep(2 * 3_600_000);
    expect(await expiredClusters(ctx)).toEqual(['perf-example']);
    await bake;
    await teardown(ctx, 'perf-example', 'destroy');
    await sim.clock.sleep(60_000);
    expect(tagged(sim, 'perf-example')).toEqual([]);
  });

  test('every group carries an in-AWS backstop that scales it to zero at expiry', async () => {
    const c = cluster([['teardown', 'ttlHours'], 3]);
    const account = await exampleAccount(c);
    const { sim, clients } = account;
    await clusterUp(account, c);
    for (const name of ['perf-example-acapy', 'perf-example-workers']) {
      const r = await clients.autoScaling.send(
        new asg.DescribeScheduledActionsCommand({ AutoScalingGroupName: name }),
      );
      expect(
        r.ScheduledUpdateGroupActions?.map((a) => [a.ScheduledActionName, a.MinSize, a.DesiredCapacity]),
      ).toEqual([[BACKSTOP_ACTION, 0, 0]]);
    }
    await sim.clock.sleep(3 * 3_600_000);
    await clients.autoScaling.send(new asg.DescribeAutoScalingGroupsCommand({}));
    await sim.clock.sleep(60_000);
    const groups = await clients.autoScaling.send(new asg.DescribeAutoScalingGroupsCommand({}));
    expect(groups.AutoScalingGroups?.map((g) => [g.DesiredCapacity, g.Instances?.length])).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });
});

describe('sweeper', () => {
  const hours = (h: number) => h * 3_600_000;

  test('a build cancelled after storing its secrets: the parameters alone mark it expired, and go', async () => {
    const c = cluster([['teardown', 'ttlHours'], 2]);
    const { sim, ctx } = await exampleAccount(c);
    await storeSecrets(ctx, c, WORKFLOW_SECRETS);
    expect(tagged(sim, 'perf-example').sort()).toEqual([
      'parameter /akrida-ops/perf-example/ISSUER_BEARER_TOKEN',
      'parameter /akrida-ops/perf-example/WALLET_ADMIN_PASSWORD',
    ]);
    expect(await expiredClusters(ctx)).toEqual([]);
    await sim.clock.sleep(hours(2));
    const r = await sweepExpired(ctx);
    expect(r.failed).toEqual([]);
    expect(r.results.map((x) => x.cluster)).toEqual(['perf-example']);
    expect(tagged(sim, 'perf-example')).toEqual([]);
    // The operator's own parameters are not ours to delete.
    expect(sim.ssm.parameters.has('/akrida/perf-example/wallet-password')).toBe(true);
  });

  test('an unreadable expiry is reported and counts as expired', async () => {
    const c = cluster();
    const { sim, ctx, clients } = await exampleAccount(c);
    const { perfSg } = await ensureClusterSecurityGroups(ctx, c);
    await clients.ec2.send(
      new ec2.CreateTagsCommand({
        Resources: [perfSg],
        Tags: [{ Key: 'akrida:expires-at', Value: 'next tuesday' }],
      }),
    );
    const scan = await findExpired(ctx);
    expect(scan).toEqual({
      clusters: ['perf-example'],
      unparsable: [{ cluster: 'perf-example', resource: `security group ${perfSg}`, value: 'next tuesday' }],
    });
    const r = await sweepExpired(ctx);
    expect(r.results.map((x) => x.cluster)).toEqual(['perf-example']);
    await sim.clock.sleep(60_000);
    expect(tagged(sim, 'perf-example')).toEqual([]);
  });

  test('every expired cluster is attempted: one that cannot go is listed, the others still go', async () => {
    const c = cluster([['teardown', 'ttlHours'], 1]);
    const o = cluster([['name'], 'perf-other'], [['teardown', 'ttlHours'], 1]);
    const { sim, ctx, clients } = await exampleAccount(c);
    const mine = await ensureClusterSecurityGroups(ctx, c);
    await ensureClusterSecurityGroups(ctx, o);
    // Someone else's group refers to ours: AWS refuses to delete ours while that rule exists.
    const theirs = await clients.ec2.send(
      new ec2.CreateSecurityGroupCommand({
        GroupName: 'by-hand',
        Description: 'by hand',
        VpcId: c.network.vpcId,
      }),
    );
    await clients.ec2.send(
      new ec2.AuthorizeSecurityGroupIngressCommand({
        GroupId: theirs.GroupId,
        IpPermissions: [
          { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, UserIdGroupPairs: [{ GroupId: mine.perfSg }] },
        ],
      }),
    );
    await sim.clock.sleep(hours(1));
    expect(await expiredClusters(ctx)).toEqual(['perf-example', 'perf-other']);
    const r = await sweepExpired(ctx, { timeoutMs: 120_000 });
    expect(r.failed.map((f) => f.cluster)).toEqual(['perf-example']);
    expect(r.failed[0]?.error).toMatch(/DependencyViolation|to be deletable/);
    expect(r.results.map((x) => x.cluster)).toEqual(['perf-other']);
    await sim.clock.sleep(60_000);
    expect(tagged(sim, 'perf-other')).toEqual([]);
    expect(tagged(sim, 'perf-example')).toContain(`security group perf-example-perf-sg`);
  });

  test('a re-apply after half the time-to-live moves the expiry and the backstop; the sweep then leaves it', async () => {
    const c = cluster([['teardown', 'ttlHours'], 4]);
    const account = await exampleAccount(c);
    const { sim, ctx, clients } = account;
    await clusterUp(account, c);
    const firstExpiry = sim.clock.now() + hours(4);
    await sim.clock.sleep(hours(3));
    const before = sim.mutations().length;
    await clusterUp(account, c);
    const ops = new Set(
      sim
        .mutations()
        .slice(before)
        .map((m) => `${m.service}:${m.operation}`),
    );
    expect(ops).toEqual(
      new Set([
        'EC2:CreateTags',
        'AutoScaling:CreateOrUpdateTags',
        'AutoScaling:PutScheduledUpdateGroupAction',
        'ElasticLoadBalancingV2:AddTags',
        'SSM:AddTagsToResource',
        'SSM:SendCommand',
      ]),
    );
    // Past the first expiry: nothing is expired, and no resource kept the old time.
    await sim.clock.sleep(hours(1.5));
    expect(sim.clock.now()).toBeGreaterThan(firstExpiry);
    expect(await expiredClusters(ctx)).toEqual([]);
    expect((await sweepExpired(ctx, { only: 'perf-example' })).results).toEqual([]);
    const actions = await clients.autoScaling.send(new asg.DescribeScheduledActionsCommand({}));
    for (const a of actions.ScheduledUpdateGroupActions ?? [])
      expect(a.StartTime?.getTime()).toBeGreaterThan(sim.clock.now());
    const groups = await clients.autoScaling.send(new asg.DescribeAutoScalingGroupsCommand({}));
    expect(groups.AutoScalingGroups?.map((g) => g.DesiredCapacity)).not.toContain(0);
  });

  test('configured regions: names are checked, duplicates dropped', () => {
    expect(
      sweepRegions(['us-east-1', ' eu-west-2 ', 'us-east-1', '', 'us-gov-west-1', 'mars', 'us-east-1; rm']),
    ).toEqual({
      valid: ['eu-west-2', 'us-east-1', 'us-gov-west-1'],
      invalid: ['mars', 'us-east-1; rm'],
    });
  });
});
