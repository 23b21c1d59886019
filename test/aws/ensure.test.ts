// The shared library through the simulated AWS: ensure, find by tags, ensure again.
import { DescribeLaunchTemplateVersionsCommand } from '@aws-sdk/client-ec2';
import { PutParameterCommand } from '@aws-sdk/client-ssm';
import {
  findLaunchTemplates,
  findSecurityGroups,
  parametersPresent,
  selector,
} from '../../src/aws/discover.js';
import {
  ensureLaunchTemplate,
  type LaunchTemplateSpec,
  setDefaultVersion,
} from '../../src/resources/launch-template.js';
import {
  ensureIngressRules,
  ensureSecurityGroup,
  type RuleSpec,
} from '../../src/resources/security-group.js';
import { simulated, VPC } from '../fixtures/sim.js';

const tags = (role: string) => ({
  'akrida:cluster': 'perf-test',
  'akrida:role': role,
  'managed-by': 'akrida-ops',
  type: 'Perf',
  Name: `perf-test-${role}`,
});
/** The group's address, as the cluster's kind names it. */
const SG = { kind: 'security-group', name: 'perf-test-perf-sg', in: VPC } as const;
const userData = (s: string) => Buffer.from(s).toString('base64');

describe('ensure through the shared library', () => {
  test('a tagged security group and launch template: created, found by tags, and re-ensured with zero mutations', async () => {
    const { sim, ctx } = simulated();
    const sg = await ensureSecurityGroup(ctx, {
      name: 'perf-test-lb-sg',
      description: 'ACA-Py load balancers',
      vpcId: VPC,
      tags: tags('lb-sg'),
    });
    const rules: RuleSpec[] = [
      { fromPort: 8080, toPort: 8080, source: { cidr: '203.0.113.0/24' }, description: 'admin listener' },
      { fromPort: 80, toPort: 80, source: { cidr: '10.0.0.0/16' }, description: 'transport listener' },
      { fromPort: 80, toPort: 80, source: { groupId: sg.id }, description: 'from itself' },
    ];
    expect(await ensureIngressRules(ctx, sg.id, rules, SG)).toEqual({
      added: 3,
      removed: 0,
      action: 'updated',
    });
    const lt = await ensureLaunchTemplate(ctx, {
      name: 'perf-test-acapy',
      tags: tags('acapy-template'),
      data: {
        InstanceType: 't3.large',
        SecurityGroupIds: [sg.id],
        UserData: userData('#!/bin/bash\necho v1\n'),
      },
    });
    expect(sg.action).toBe('created');
    expect(lt).toMatchObject({ version: 1, defaultVersion: 1, action: 'created' });

    const groups = await findSecurityGroups(ctx.clients, selector('perf-test', 'lb-sg'));
    expect(groups.map((g) => g.GroupId)).toEqual([sg.id]);
    expect(
      (await findLaunchTemplates(ctx.clients, selector('perf-test'))).map((t) => t.LaunchTemplateId),
    ).toEqual([lt.id]);

    const before = sim.mutations().length;
    const again = await ensureSecurityGroup(ctx, {
      name: 'perf-test-lb-sg',
      description: 'ACA-Py load balancers',
      vpcId: VPC,
      tags: tags('lb-sg'),
    });
    const rulesAgain = await ensureIngressRules(ctx, again.id, rules, SG);
    const ltAgain = await ensureLaunchTemplate(ctx, {
      name: 'perf-test-acapy',
      tags: tags('acapy-template'),
      data: {
        UserData: userData('#!/bin/bash\necho v1\n'),
        SecurityGroupIds: [sg.id],
        InstanceType: 't3.large',
      },
    });
    expect(again).toEqual({ id: sg.id, action: 'unchanged' });
    expect(rulesAgain).toEqual({ added: 0, removed: 0, action: 'unchanged' });
    expect(ltAgain).toMatchObject({ id: lt.id, version: 1, action: 'unchanged' });
    expect(sim.mutations().slice(before)).toEqual([]);
    expect(sim.ledger.slice(before).length).toBeGreaterThan(0);
  });

  test('changed content makes exactly one new version; the default moves only when asked', async () => {
    const { sim, ctx } = simulated();
    const spec = (v: string): LaunchTemplateSpec => ({
      name: 'perf-test-worker',
      tags: tags('worker-template'),
      data: { InstanceType: 't3.xlarge', UserData: userData(v) },
    });
    const first = await ensureLaunchTemplate(ctx, spec('echo 1'));
    const before = sim.mutations().length;
    const second = await ensureLaunchTemplate(ctx, spec('echo 2'));
    expect(second).toMatchObject({ id: first.id, version: 2, defaultVersion: 1, action: 'new-version' });
    expect(
      sim
        .mutations()
        .slice(before)
        .map((m) => m.operation),
    ).toEqual(['CreateLaunchTemplateVersion']);
    expect(await setDefaultVersion(ctx, { id: first.id, name: 'perf-test-worker' }, 2)).toBe(true);
    expect(await setDefaultVersion(ctx, { id: first.id, name: 'perf-test-worker' }, 2)).toBe(false);
    const d = await ctx.clients.ec2.send(
      new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: first.id, Versions: ['$Default'] }),
    );
    expect(
      Buffer.from(d.LaunchTemplateVersions?.[0]?.LaunchTemplateData?.UserData ?? '', 'base64').toString(),
    ).toBe('echo 2');
  });

  test('drifted managed rules are revoked; rules someone else added are left alone', async () => {
    const { ctx } = simulated();
    const sg = await ensureSecurityGroup(ctx, {
      name: 'perf-test-perf-sg',
      description: 'perf',
      vpcId: VPC,
      tags: tags('perf-sg'),
    });
    await ensureIngressRules(
      ctx,
      sg.id,
      [{ fromPort: 5432, toPort: 5432, source: { cidr: '10.0.0.0/16' }, description: 'db' }],
      SG,
    );
    const { AuthorizeSecurityGroupIngressCommand } = await import('@aws-sdk/client-ec2');
    await ctx.clients.ec2.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId: sg.id,
        IpPermissions: [
          {
            IpProtocol: 'tcp',
            FromPort: 22,
            ToPort: 22,
            IpRanges: [{ CidrIp: '198.51.100.7/32', Description: 'operator ssh' }],
          },
        ],
      }),
    );
    const r = await ensureIngressRules(
      ctx,
      sg.id,
      [{ fromPort: 6379, toPort: 6379, source: { cidr: '10.0.0.0/16' }, description: 'redis' }],
      SG,
    );
    expect(r).toEqual({ added: 1, removed: 1, action: 'updated' });
    const [g] = await findSecurityGroups(ctx.clients, selector('perf-test', 'perf-sg'));
    expect(g?.IpPermissions?.map((p) => p.FromPort).sort()).toEqual([22, 6379]);
  });

  test('a group of the same name that is not ours is never adopted', async () => {
    const { ctx } = simulated();
    const { CreateSecurityGroupCommand } = await import('@aws-sdk/client-ec2');
    await ctx.clients.ec2.send(
      new CreateSecurityGroupCommand({ GroupName: 'perf-test-lb-sg', Description: 'hand-made', VpcId: VPC }),
    );
    await expect(
      ensureSecurityGroup(ctx, {
        name: 'perf-test-lb-sg',
        description: 'x',
        vpcId: VPC,
        tags: tags('lb-sg'),
      }),
    ).rejects.toThrow(
      'CreateSecurityGroup on security group perf-test-lb-sg in vpc-0123456789abcdef0 failed: InvalidGroup.Duplicate: a group of that name exists and is not managed by akrida-ops for this cluster (rename or delete it; the toolkit never adopts untagged resources)',
    );
  });

  test('converges through throttling and eventual consistency', async () => {
    const { sim, ctx } = simulated({ faults: { throttleRate: 0.3, consistencyWindowMs: 5_000 }, seed: 7 });
    const sg = await ensureSecurityGroup(ctx, {
      name: 'perf-test-lb-sg',
      description: 'lb',
      vpcId: VPC,
      tags: tags('lb-sg'),
    });
    const rules: RuleSpec[] = [
      { fromPort: 8080, toPort: 8080, source: { cidr: '203.0.113.0/24' }, description: 'admin' },
    ];
    await ensureIngressRules(ctx, sg.id, rules, SG);
    expect(sim.ledger.some((e) => e.error === 'RequestLimitExceeded')).toBe(true);
    expect(sim.ledger.some((e) => e.error === 'InvalidGroup.NotFound')).toBe(true);
    await sim.clock.sleep(10_000);
    const before = sim.mutations().length;
    await ensureSecurityGroup(ctx, {
      name: 'perf-test-lb-sg',
      description: 'lb',
      vpcId: VPC,
      tags: tags('lb-sg'),
    });
    await ensureIngressRules(ctx, sg.id, rules, SG);
    expect(sim.mutations().length).toBe(before);
  });
});

test('a re-run inside the consistency window adopts the group it created instead of failing', async () => {
  const { sim, ctx } = simulated({ faults: { consistencyWindowMs: 5_000 } });
  const spec = { name: 'perf-test-lb-sg', description: 'lb', vpcId: VPC, tags: tags('lb-sg') };
  const first = await ensureSecurityGroup(ctx, spec);
  const second = await ensureSecurityGroup(ctx, spec);
  expect(second).toEqual({ id: first.id, action: 'unchanged' });
  expect(sim.ledger.filter((e) => e.operation === 'CreateSecurityGroup').map((e) => e.error)).toEqual([
    undefined,
    'InvalidGroup.Duplicate',
  ]);
});

describe('parameter presence without reading values', () => {
  test('answers from metadata for any number of names, and reads no value', async () => {
    const { sim, ctx } = simulated();
    const names = Array.from({ length: 60 }, (_, i) => `/akrida/perf-test/p${i}`);
    for (const Name of names.filter((_, i) => i % 2 === 0))
      await ctx.clients.ssm.send(new PutParameterCommand({ Name, Value: `v-${Name}`, Type: 'SecureString' }));
    await sim.clock.sleep(5_000);
    const before = sim.ledger.length;
    const present = await parametersPresent(ctx.clients, [...names, '/akrida/perf-test/missing']);
    expect([...present].sort()).toEqual(names.filter((_, i) => i % 2 === 0).sort());
    const ops = new Set(sim.ledger.slice(before).map((e) => e.operation));
    expect(ops).toEqual(new Set(['DescribeParameters']));
  });
});
