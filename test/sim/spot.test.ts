// The simulated Auto Scaling's mixed-instances groups, EC2's Spot prices and the Spot interruption
// fault: the policy checked as AWS checks it, Spot instances in the cheapest pool, and an interrupted
// instance replaced at its notice, terminated two minutes later with Spot's reason, both recorded
// in the group's activity history.
import * as asg from '@aws-sdk/client-auto-scaling';
import * as ec2 from '@aws-sdk/client-ec2';
import { spotPrice } from '../../src/sim/ec2/spot-prices.js';
import { describeGroup, group, templateOn, WORKER_USER_DATA } from '../fixtures/cluster-sim.js';
import { codeOf, simulated } from '../fixtures/sim.js';

const TYPES = ['t3.xlarge', 't3a.xlarge', 'm5.xlarge'];

function policy(templateId: string, distribution: asg.InstancesDistribution = {}): asg.MixedInstancesPolicy {
  return {
    LaunchTemplate: {
      LaunchTemplateSpecification: { LaunchTemplateId: templateId, Version: '$Default' },
      Overrides: TYPES.map((InstanceType) => ({ InstanceType })),
    },
    InstancesDistribution: {
      OnDemandBaseCapacity: 1,
      OnDemandPercentageAboveBaseCapacity: 0,
      SpotAllocationStrategy: 'price-capacity-optimized',
      ...distribution,
    },
  };
}

async function spotGroup(distribution: asg.InstancesDistribution = {}) {
  const s = simulated();
  const t = await templateOn(s.sim, s.clients, 'worker', WORKER_USER_DATA);
  const create = (p: asg.MixedInstancesPolicy, extra: Partial<asg.CreateAutoScalingGroupCommandInput> = {}) =>
    group(s.clients, 'workers', t.id, {
      LaunchTemplate: undefined,
      MixedInstancesPolicy: p,
      CapacityRebalance: true,
      MinSize: 3,
      MaxSize: 4,
      DesiredCapacity: 3,
      ...extra,
    });
  return { ...s, t, create, policy: policy(t.id, distribution) };
}

describe('mixed-instances groups', () => {
  test('the policy is checked as Auto Scaling checks it, and nothing is made when it is refused', async () => {
    const { clients, t, create } = await spotGroup();
    const refused = async (p: asg.MixedInstancesPolicy, extra = {}) => {
      const err = await create(p, extra).catch((e: Error) => e);
      expect(await describeGroup(clients, 'workers')).toBeUndefined();
      return err instanceof Error ? `${err.name}: ${err.message}` : 'made';
    };
    expect(await refused(policy(t.id, { OnDemandPercentageAboveBaseCapacity: 150 }))).toBe(
      "ValidationError: 1 validation error detected: Value '150' at 'mixedInstancesPolicy.instancesDistribution.onDemandPercentageAboveBaseCapacity' failed to satisfy constraint: Member must have value less than or equal to 100",
    );
    expect(await refused(policy(t.id, { OnDemandBaseCapacity: -1 }))).toMatch(/onDemandBaseCapacity/);
    expect(await refused(policy(t.id, { SpotAllocationStrategy: 'cheapest' }))).toBe(
      'ValidationError: Invalid value for SpotAllocationStrategy: cheapest. Valid values are lowest-price, capacity-optimized, capacity-optimized-prioritized, price-capacity-optimized.',
    );
    const twice = policy(t.id);
    twice.LaunchTemplate?.Overrides?.push({ InstanceType: 't3.xlarge' });
    expect(await refused(twice)).toMatch(/Duplicate instance type t3\.xlarge/);
    expect(
      await refused(policy(t.id), { LaunchTemplate: { LaunchTemplateId: t.id, Version: '$Default' } }),
    ).toMatch(/either LaunchTemplate, LaunchConfigurationName, InstanceId or MixedInstancesPolicy/);
  });

  test('the policy is reported with the defaults; the base is on-demand, the rest Spot in the cheapest pool', async () => {
    const { clients, create, policy: p } = await spotGroup();
    await create(p);
    const g = await describeGroup(clients, 'workers');
    expect(g?.LaunchTemplate).toBeUndefined();
    expect(g?.CapacityRebalance).toBe(true);
    expect(g?.MixedInstancesPolicy?.InstancesDistribution).toEqual({
      OnDemandAllocationStrategy: 'prioritized',
      OnDemandBaseCapacity: 1,
      OnDemandPercentageAboveBaseCapacity: 0,
      SpotAllocationStrategy: 'price-capacity-optimized',
      SpotMaxPrice: '',
    });
    const ids = (g?.Instances ?? []).map((i) => i.InstanceId ?? '');
    const described = await clients.ec2.send(new ec2.DescribeInstancesCommand({ InstanceIds: ids }));
    const instances = described.Reservations?.flatMap((r) => r.Instances ?? []) ?? [];
    expect(instances.map((i) => i.InstanceLifecycle ?? 'on-demand').sort()).toEqual([
      'on-demand',
      'spot',
      'spot',
    ]);
    expect(instances.find((i) => !i.InstanceLifecycle)?.InstanceType).toBe('t3.xlarge');
    for (const i of instances.filter((x) => x.InstanceLifecycle === 'spot')) {
      const az = i.Placement?.AvailabilityZone ?? '';
      const cheapest = [...TYPES].sort((a, b) => (spotPrice(a, az) ?? 0) - (spotPrice(b, az) ?? 0))[0];
      expect(i.InstanceType).toBe(cheapest);
    }
  });

  test('an update changes the policy in place and can turn the group back to its launch template', async () => {
    const { clients, t, create, policy: p } = await spotGroup();
    await create(p);
    await clients.autoScaling.send(
      new asg.UpdateAutoScalingGroupCommand({
        AutoScalingGroupName: 'workers',
        MixedInstancesPolicy: { InstancesDistribution: { OnDemandPercentageAboveBaseCapacity: 50 } },
      }),
    );
    let g = await describeGroup(clients, 'workers');
    expect(g?.MixedInstancesPolicy?.InstancesDistribution?.OnDemandPercentageAboveBaseCapacity).toBe(50);
    expect(g?.MixedInstancesPolicy?.LaunchTemplate?.Overrides).toHaveLength(3);
    expect(
      await codeOf(
        clients.autoScaling.send(
          new asg.UpdateAutoScalingGroupCommand({
            AutoScalingGroupName: 'workers',
            MixedInstancesPolicy: { InstancesDistribution: { OnDemandPercentageAboveBaseCapacity: 101 } },
          }),
        ),
      ),
    ).toBe('ValidationError');
    await clients.autoScaling.send(
      new asg.UpdateAutoScalingGroupCommand({
        AutoScalingGroupName: 'workers',
        LaunchTemplate: { LaunchTemplateId: t.id, Version: '$Default' },
      }),
    );
    g = await describeGroup(clients, 'workers');
    expect(g?.MixedInstancesPolicy).toBeUndefined();
    expect(g?.LaunchTemplate?.LaunchTemplateId).toBe(t.id);
  });
});

describe('Spot prices', () => {
  test('DescribeSpotPriceHistory answers one price a pool, below the on-demand price', async () => {
    const { clients } = simulated();
    const r = await clients.ec2.send(
      new ec2.DescribeSpotPriceHistoryCommand({
        InstanceTypes: ['t3.xlarge', 'm5.xlarge'],
        ProductDescriptions: ['Linux/UNIX'],
        StartTime: new Date(),
      }),
    );
    const rows = r.SpotPriceHistory ?? [];
    expect(new Set(rows.map((x) => x.InstanceType))).toEqual(new Set(['t3.xlarge', 'm5.xlarge']));
    expect(rows.length).toBeGreaterThanOrEqual(4); // both types in each zone of the subnets
    for (const row of rows) expect(Number(row.SpotPrice)).toBeLessThan(0.1664 * 0.5);
    expect(
      await codeOf(
        clients.ec2.send(new ec2.DescribeSpotPriceHistoryCommand({ ProductDescriptions: ['BeOS'] })),
      ),
    ).toBe('InvalidParameterValue');
  });
});

describe('the Spot interruption fault', () => {
  test('notice, replacement at once (capacity rebalance), termination with Spot reason two minutes later', async () => {
    const { sim, clients, create, policy: p } = await spotGroup({ OnDemandBaseCapacity: 0 });
    await create(p);
    await sim.clock.sleep(60_000);
    const victim = sim.interruptSpot('workers');
    await sim.clock.sleep(5_000);
    let g = await describeGroup(clients, 'workers');
    // Still in service during its notice, beside its replacement.
    expect(g?.Instances?.map((i) => i.InstanceId)).toContain(victim.id);
    expect(g?.Instances).toHaveLength(4);
    await sim.clock.sleep(120_000);
    g = await describeGroup(clients, 'workers');
    expect(g?.Instances?.map((i) => i.InstanceId)).not.toContain(victim.id);
    expect(g?.Instances).toHaveLength(3);
    const d = await clients.ec2.send(new ec2.DescribeInstancesCommand({ InstanceIds: [victim.id] }));
    expect(d.Reservations?.[0]?.Instances?.[0]?.StateReason).toEqual({
      Code: 'Server.SpotInstanceTermination',
      Message: 'Server.SpotInstanceTermination: Spot instance termination',
    });
    const acts = await clients.autoScaling.send(
      new asg.DescribeScalingActivitiesCommand({ AutoScalingGroupName: 'workers' }),
    );
    const [terminated, replaced] = acts.Activities ?? [];
    expect(terminated?.Description).toBe(`Terminating EC2 instance: ${victim.id}`);
    expect(terminated?.Cause).toMatch(
      /^At \S+Z an instance was taken out of service in response to an EC2 Spot Instance interruption notice\.$/,
    );
    expect((terminated?.StartTime?.getTime() ?? 0) - (replaced?.StartTime?.getTime() ?? 0)).toBe(120_000);
    expect(replaced?.Description).toMatch(/^Launching a new EC2 instance: i-/);
    expect(replaced?.Cause).toMatch(/in response to an EC2 instance rebalance recommendation\.$/);
  });

  test('without capacity rebalance the replacement waits for the termination; on-demand cannot be interrupted', async () => {
    const { sim, clients, create, policy: p } = await spotGroup({ OnDemandBaseCapacity: 2 });
    await create(p, { CapacityRebalance: false });
    await sim.clock.sleep(60_000);
    const victim = sim.interruptSpot('workers');
    expect(() => sim.interruptSpot('workers')).toThrow(/no running Spot instance/);
    await sim.clock.sleep(10_000);
    expect((await describeGroup(clients, 'workers'))?.Instances).toHaveLength(3);
    await sim.clock.sleep(115_000);
    const g = await describeGroup(clients, 'workers');
    expect(g?.Instances?.map((i) => i.InstanceId)).not.toContain(victim.id);
    expect(g?.Instances).toHaveLength(3);
  });
});
