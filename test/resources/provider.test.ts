// A field a kind sends to AWS cannot escape comparison: every field of the auto scaling group's
// create and update requests is a field of its one builder (groupSpec), and diff reports a
// difference in any of them. Adding a request field without comparing it fails here.
import { type AutoScalingGroup, CreateAutoScalingGroupCommand } from '@aws-sdk/client-auto-scaling';
import {
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { TAG } from '../../src/cluster/tags.js';
import { parseClusterText } from '../../src/config/load.js';
import {
  autoScalingGroups,
  createRequest,
  groupSpec,
  observedGroup,
} from '../../src/resources/group-provider.js';
import { groupDesired } from '../../src/resources/groups.js';
import {
  type LbObserved,
  lbCreateRequest,
  lbDesired,
  lbSpec,
  loadBalancers,
} from '../../src/resources/load-balancer-provider.js';
import { canonical, diff, fieldChanges } from '../../src/resources/provider.js';
import {
  type TgObserved,
  targetGroups,
  tgCreateRequest,
  tgDesired,
  tgSpec,
} from '../../src/resources/target-group-provider.js';
import { fileWith } from '../fixtures/plan-apply.js';

const c = parseClusterText(fileWith('clusters/perf-example.yml'), 'perf-example.yml').cluster;
const desired = groupDesired(
  c,
  'acapy',
  { templateId: 'lt-0123', targetGroupArns: ['arn:tg/b', 'arn:tg/a'] },
  new Date('2030-01-01T00:00:00Z'),
);

/** What DescribeAutoScalingGroups answers for a group made by the create request. */
function described(): AutoScalingGroup {
  const r = createRequest(desired);
  return {
    ...r,
    AutoScalingGroupName: r.AutoScalingGroupName,
    Tags: r.Tags.map((t) => ({
      ...t,
      ResourceId: r.AutoScalingGroupName,
      ResourceType: 'auto-scaling-group',
    })),
    EnabledMetrics: [{ Metric: 'GroupMinSize', Granularity: '1Minute' }],
    AvailabilityZones: [],
    HealthCheckType: r.HealthCheckType,
    CreatedTime: new Date(),
  } as unknown as AutoScalingGroup;
}

describe('the auto scaling group provider compares every field it sends', () => {
  test('every field of the create request is a field of the builder diff compares', () => {
    const sent = Object.keys(new CreateAutoScalingGroupCommand(createRequest(desired)).input).filter(
      (k) => k !== 'AutoScalingGroupName',
    );
    expect(sent.filter((k) => !(k in groupSpec(desired)))).toEqual([]);
  });

  test('the expiry tag is the one tag created and not compared (renew-expiry moves it)', () => {
    const tags = createRequest(desired).Tags.map((t) => t.Key);
    expect(tags).toContain(TAG.expiresAt);
    expect(Object.keys(groupSpec(desired).Tags)).toEqual(tags.filter((k) => k !== TAG.expiresAt));
  });

  test('the create request reads back as the builder (its expiry tag aside): what the approval holds it to', () => {
    expect(canonical(autoScalingGroups.creates?.fields(createRequest(desired)))).toBe(
      canonical(groupSpec(desired)),
    );
  });

  test('a group made by the create request diffs empty', () => {
    expect(diff(autoScalingGroups, desired, described())).toEqual([]);
  });

  test.each(Object.keys(groupSpec(desired)))(
    'a difference in %s is a change of that field alone',
    (field) => {
      const observed = { ...observedGroup(described()), [field]: '<changed by hand>' };
      expect(fieldChanges(groupSpec(desired), observed).map((f) => f.field)).toEqual([field]);
    },
  );

  test('a subnet moved is a change of VPCZoneIdentifier; the order of subnets is not', () => {
    const g = described();
    expect(
      diff(autoScalingGroups, desired, {
        ...g,
        VPCZoneIdentifier: [...c.network.subnetIds].reverse().join(','),
      }),
    ).toEqual([]);
    const [change] = diff(autoScalingGroups, desired, {
      ...g,
      VPCZoneIdentifier: 'subnet-0aaaabbbbccccdddd',
    });
    expect(change?.op === 'update' && change.fields.map((f) => f.field)).toEqual(['VPCZoneIdentifier']);
  });

  test('a tag that does not propagate at launch is a change of Tags', () => {
    const g = described();
    const tags = g.Tags?.map((t) => (t.Key === 'team' ? { ...t, PropagateAtLaunch: false } : t));
    const [change] = diff(autoScalingGroups, desired, { ...g, Tags: tags });
    expect(change?.op === 'update' && change.fields.map((f) => f.field)).toEqual(['Tags']);
  });
});

describe('the worker group on Spot: the mixed-instances policy is compared like any field', () => {
  const spot = parseClusterText(
    fileWith('clusters/perf-example.yml', [
      ['locust', 'workers', 'spot'],
      { instanceTypes: ['t3.xlarge', 't3a.xlarge', 'm5.xlarge'], onDemandBase: 1, spotPercent: 80 },
    ]),
    'perf-example.yml',
  ).cluster;
  const d = groupDesired(spot, 'worker', { templateId: 'lt-0123', targetGroupArns: [] }, new Date(0));
  /** The group as DescribeAutoScalingGroups reports it: the policy with AWS's defaults added. */
  function made(): AutoScalingGroup {
    const r = createRequest(d);
    const m = r.MixedInstancesPolicy;
    return {
      ...r,
      MixedInstancesPolicy: {
        LaunchTemplate: {
          LaunchTemplateSpecification: {
            ...m?.LaunchTemplate.LaunchTemplateSpecification,
            LaunchTemplateName: 'perf-example-worker',
          },
          Overrides: m?.LaunchTemplate.Overrides,
        },
        InstancesDistribution: { ...m?.InstancesDistribution, SpotMaxPrice: '' },
      },
      Tags: r.Tags.map((t) => ({ ...t, ResourceId: r.AutoScalingGroupName })),
    } as unknown as AutoScalingGroup;
  }

  test('the create request reads back as the builder: what the approval holds it to', () => {
    expect(canonical(autoScalingGroups.creates?.fields(createRequest(d)))).toBe(canonical(groupSpec(d)));
    expect(autoScalingGroups.creates?.name?.(createRequest(d))).toBe('perf-example-workers');
  });

  test('an override launching from another template is not the policy the builder sends', () => {
    const r = createRequest(d);
    const policy = r.MixedInstancesPolicy;
    if (!policy) throw new Error('the Spot group has no mixed-instances policy');
    const [first, ...rest] = policy.LaunchTemplate.Overrides;
    const other = {
      ...r,
      MixedInstancesPolicy: {
        ...policy,
        LaunchTemplate: {
          ...policy.LaunchTemplate,
          Overrides: [
            { ...first, LaunchTemplateSpecification: { LaunchTemplateId: 'lt-0other', Version: '1' } },
            ...rest,
          ],
        },
      },
    };
    expect(canonical(autoScalingGroups.creates?.fields(other)?.MixedInstancesPolicy)).not.toBe(
      canonical(groupSpec(d).MixedInstancesPolicy),
    );
  });

  test('the create request sends the policy and capacity rebalance, not a launch template, all compared', () => {
    const input = new CreateAutoScalingGroupCommand(createRequest(d)).input;
    const sent = Object.keys(input).filter((k) => input[k as keyof typeof input] !== undefined);
    expect(sent).toContain('MixedInstancesPolicy');
    expect(sent).toContain('CapacityRebalance');
    expect(sent).not.toContain('LaunchTemplate');
    expect(sent.filter((k) => k !== 'AutoScalingGroupName' && !(k in groupSpec(d)))).toEqual([]);
    expect(createRequest(d).MixedInstancesPolicy?.InstancesDistribution).toEqual({
      OnDemandAllocationStrategy: 'prioritized',
      OnDemandBaseCapacity: 1,
      OnDemandPercentageAboveBaseCapacity: 20,
      SpotAllocationStrategy: 'price-capacity-optimized',
    });
    expect(diff(autoScalingGroups, d, made())).toEqual([]);
  });

  test.each([
    ['an instance type', { Overrides: [{ InstanceType: 't3.xlarge' }, { InstanceType: 'm5.xlarge' }] }, {}],
    ['the on-demand base', {}, { OnDemandBaseCapacity: 0 }],
    ['the Spot share', {}, { OnDemandPercentageAboveBaseCapacity: 0 }],
    ['the allocation strategy', {}, { SpotAllocationStrategy: 'lowest-price' }],
  ])('%s changed by hand: an update of MixedInstancesPolicy alone, never a replace', (_what, lt, dist) => {
    const g = made();
    const m = g.MixedInstancesPolicy;
    const changed = {
      ...g,
      MixedInstancesPolicy: {
        LaunchTemplate: { ...m?.LaunchTemplate, ...lt },
        InstancesDistribution: { ...m?.InstancesDistribution, ...dist },
      },
    };
    const [change] = diff(autoScalingGroups, d, changed);
    expect(change?.op).toBe('update');
    expect(change?.op === 'update' && change.fields.map((f) => f.field)).toEqual(['MixedInstancesPolicy']);
  });

  test('capacity rebalance turned off by hand is a change of CapacityRebalance', () => {
    const [change] = diff(autoScalingGroups, d, { ...made(), CapacityRebalance: false });
    expect(change?.op === 'update' && change.fields.map((f) => f.field)).toEqual(['CapacityRebalance']);
  });
});

describe('the load balancer provider compares every field it sends', () => {
  const d = lbDesired(c, 'admin', 'sg-0lb');
  const request = lbCreateRequest(d, { [TAG.expiresAt]: '2030-01-01T00:00:00.000Z' });
  /** What DescribeLoadBalancers (with DescribeTags) answers for a load balancer made by the request. */
  const made = {
    LoadBalancerName: request.Name,
    Scheme: request.Scheme,
    SecurityGroups: request.SecurityGroups,
    AvailabilityZones: request.Subnets.map((SubnetId) => ({ SubnetId })),
    tags: Object.fromEntries(request.Tags.map((t) => [t.Key, t.Value])),
  } as unknown as LbObserved;

  test('every field of the create request is a field of the builder diff compares', () => {
    const sent = Object.keys(new CreateLoadBalancerCommand(request).input).filter(
      (k) => k !== 'Name' && k !== 'Type',
    );
    expect(sent.filter((k) => !(k in lbSpec(d)))).toEqual([]);
    expect(diff(loadBalancers, d, made)).toEqual([]);
  });

  test('the create request reads back as the builder; another type than application stays as sent', () => {
    expect(canonical(loadBalancers.creates?.fields(request))).toBe(canonical(lbSpec(d)));
    expect(loadBalancers.creates?.fields({ ...request, Type: 'network' })).toMatchObject({ Type: 'network' });
  });

  test('a difference in any sent field is a change of that field; the scheme is a replace', () => {
    const moved = {
      ...made,
      AvailabilityZones: [{ SubnetId: 'subnet-other' }, { SubnetId: 'subnet-0fedcba9876543210' }],
    };
    expect(
      diff(loadBalancers, d, moved as LbObserved).map((x) =>
        'fields' in x ? x.fields.map((f) => f.field) : [],
      ),
    ).toEqual([['Subnets']]);
    const other = { ...made, Scheme: 'internet-facing' } as LbObserved;
    expect(diff(loadBalancers, d, other)[0]?.op).toBe('replace');
  });
});

describe('the target group provider compares every field it sends', () => {
  const d = tgDesired(c, 'admin');
  const request = tgCreateRequest(d, { [TAG.expiresAt]: '2030-01-01T00:00:00.000Z' });
  const { Name, Tags, ...rest } = request;
  const made = {
    TargetGroupName: Name,
    ...rest,
    tags: Object.fromEntries(Tags.map((t) => [t.Key, t.Value])),
  } as unknown as TgObserved;

  test('every field of the create request is compared, and a target group made by it diffs empty', () => {
    const sent = Object.keys(new CreateTargetGroupCommand(request).input).filter((k) => k !== 'Name');
    expect(sent.filter((k) => !(k in tgSpec(d)))).toEqual([]);
    expect(diff(targetGroups, d, made)).toEqual([]);
  });

  test('the create request reads back as the builder (its expiry tag aside)', () => {
    expect(canonical(targetGroups.creates?.fields(request))).toBe(canonical(tgSpec(d)));
  });

  test('health settings are updates; port, protocol, VPC and target type are replaces (refused)', () => {
    const ops = (o: Partial<TgObserved>) => diff(targetGroups, d, { ...made, ...o } as TgObserved)[0]?.op;
    expect(ops({ HealthCheckPath: '/other' })).toBe('update');
    expect(ops({ Port: 1 })).toBe('replace');
    expect(ops({ VpcId: 'vpc-other' })).toBe('replace');
    expect(ops({ TargetType: 'ip' })).toBe('replace');
  });
});
