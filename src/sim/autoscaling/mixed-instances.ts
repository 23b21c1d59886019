// Mixed-instances groups: the policy checked as Auto Scaling checks it (overrides, the on-demand
// base and share, the allocation strategies, a launch template that does not itself ask for Spot),
// reported with Auto Scaling's defaults, and each launch's type and lifecycle chosen from it.
import type * as asg from '@aws-sdk/client-auto-scaling';
import { spotPrice } from '../ec2/spot-prices.js';
import type { Ec2State, SimInstance } from '../ec2.js';
import { awsError } from '../errors.js';
import type { SimGroup, SimMixed } from './model.js';
import type { AsgState } from './state.js';

const SPOT_STRATEGIES = [
  'lowest-price',
  'capacity-optimized',
  'capacity-optimized-prioritized',
  'price-capacity-optimized',
];
const ON_DEMAND_STRATEGIES = ['prioritized', 'lowest-price'];

/** AWS's wording for a request value outside its model's constraint. */
const constraint = (value: unknown, at: string, rule: string) =>
  awsError(
    'ValidationError',
    `1 validation error detected: Value '${value}' at 'mixedInstancesPolicy.${at}' failed to satisfy constraint: ${rule}`,
  );

/**
 * The policy of a create, or of an update merged over what the group has (an update may send only
 * the parts it changes, as UpdateAutoScalingGroup allows).
 */
export function mixedPolicy(
  s: AsgState,
  ec2: Ec2State,
  p: asg.MixedInstancesPolicy,
  prior?: { lt: SimGroup['lt']; mixed: SimMixed },
): { lt: SimGroup['lt']; mixed: SimMixed } {
  const spec = p.LaunchTemplate?.LaunchTemplateSpecification;
  const lt = spec || !prior ? s.resolveTemplate(spec) : prior.lt;
  const overrides = p.LaunchTemplate?.Overrides
    ? p.LaunchTemplate.Overrides.map((o) => String(o.InstanceType))
    : (prior?.mixed.overrides ?? []);
  if (overrides.length > 40)
    throw constraint(
      overrides.length,
      'launchTemplate.overrides',
      'Member must have length less than or equal to 40',
    );
  const seen = new Set<string>();
  for (const t of overrides) {
    if (!/^[a-z][a-z0-9-]*\.[a-z0-9]+$/.test(t))
      throw awsError('ValidationError', `Invalid instance type '${t}' in the launch template overrides.`);
    if (seen.has(t))
      throw awsError(
        'ValidationError',
        `Duplicate instance type ${t} found in the launch template overrides.`,
      );
    seen.add(t);
  }
  // A launch template that asks for Spot itself cannot be used by a mixed-instances group.
  const data = ec2.version(ec2.template(lt.id), lt.version).data;
  if (data.InstanceMarketOptions)
    throw awsError(
      'ValidationError',
      'Incompatible launch template: You cannot use a launch template that is set to request Spot Instances (InstanceMarketOptions) when you configure an Auto Scaling group with a mixed instances policy. Add a different launch template to the group and try again.',
    );
  const d = p.InstancesDistribution ?? {};
  const base = d.OnDemandBaseCapacity ?? prior?.mixed.onDemandBase ?? 0;
  const pct = d.OnDemandPercentageAboveBaseCapacity ?? prior?.mixed.onDemandPercent ?? 100;
  if (base < 0)
    throw constraint(
      base,
      'instancesDistribution.onDemandBaseCapacity',
      'Member must have value greater than or equal to 0',
    );
  if (pct < 0)
    throw constraint(
      pct,
      'instancesDistribution.onDemandPercentageAboveBaseCapacity',
      'Member must have value greater than or equal to 0',
    );
  if (pct > 100)
    throw constraint(
      pct,
      'instancesDistribution.onDemandPercentageAboveBaseCapacity',
      'Member must have value less than or equal to 100',
    );
  const spotStrategy = d.SpotAllocationStrategy ?? prior?.mixed.spotStrategy ?? 'lowest-price';
  if (!SPOT_STRATEGIES.includes(spotStrategy))
    throw awsError(
      'ValidationError',
      `Invalid value for SpotAllocationStrategy: ${spotStrategy}. Valid values are ${SPOT_STRATEGIES.join(', ')}.`,
    );
  const onDemandStrategy = d.OnDemandAllocationStrategy ?? prior?.mixed.onDemandStrategy ?? 'prioritized';
  if (!ON_DEMAND_STRATEGIES.includes(onDemandStrategy))
    throw awsError(
      'ValidationError',
      `Invalid value for OnDemandAllocationStrategy: ${onDemandStrategy}. Valid values are ${ON_DEMAND_STRATEGIES.join(', ')}.`,
    );
  return {
    lt,
    mixed: { overrides, onDemandBase: base, onDemandPercent: pct, spotStrategy, onDemandStrategy },
  };
}

/** The policy as DescribeAutoScalingGroups reports it, with Auto Scaling's defaults filled in. */
export function mixedOut(g: SimGroup, m: SimMixed): asg.MixedInstancesPolicy {
  return {
    LaunchTemplate: {
      LaunchTemplateSpecification: {
        LaunchTemplateId: g.lt.id,
        LaunchTemplateName: g.lt.name,
        Version: g.lt.version,
      },
      Overrides: m.overrides.map((InstanceType) => ({ InstanceType })),
    },
    InstancesDistribution: {
      OnDemandAllocationStrategy: m.onDemandStrategy,
      OnDemandBaseCapacity: m.onDemandBase,
      OnDemandPercentageAboveBaseCapacity: m.onDemandPercent,
      SpotAllocationStrategy: m.spotStrategy,
      ...(m.spotStrategy === 'lowest-price' ? { SpotInstancePools: 2 } : {}),
      SpotMaxPrice: '',
    },
  };
}

/**
 * What the next launch is: on-demand while the on-demand count is under the base plus its share of
 * the rest (rounded up, in favour of on-demand), Spot otherwise, in the pool the strategy picks.
 */
export function nextLaunch(
  m: SimMixed,
  live: SimInstance[],
  az: string,
  templateType: string | undefined,
): { instanceType: string; lifecycle?: 'spot' } {
  const types = m.overrides.length ? m.overrides : [templateType ?? 't3.micro'];
  const total = live.length + 1;
  const onDemandWanted =
    Math.min(total, m.onDemandBase) +
    Math.ceil((Math.max(0, total - m.onDemandBase) * m.onDemandPercent) / 100);
  const onDemand = live.filter((i) => i.lifecycle !== 'spot').length;
  if (onDemand < onDemandWanted) return { instanceType: types[0] ?? 't3.micro' };
  const spots = live.filter((i) => i.lifecycle === 'spot').length;
  const byPrice = (t: string) => spotPrice(t, az) ?? Number.POSITIVE_INFINITY;
  const pick =
    m.spotStrategy === 'capacity-optimized-prioritized'
      ? types[0]
      : m.spotStrategy === 'capacity-optimized'
        ? types[spots % types.length]
        : [...types].sort((a, b) => byPrice(a) - byPrice(b))[0];
  return { instanceType: pick ?? types[0] ?? 't3.micro', lifecycle: 'spot' };
}
