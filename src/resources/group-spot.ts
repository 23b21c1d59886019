// The worker group's Spot side as the provider compares it: the MixedInstancesPolicy a create or
// update sends (built here, once), the same policy as DescribeAutoScalingGroups reports it (only the
// fields we send: AWS adds its defaults), and how a change of it reads in the plan, field by field.
import type { AutoScalingGroup, MixedInstancesPolicy } from '@aws-sdk/client-auto-scaling';
import type { FieldChange } from './provider.js';

/** The Spot settings of a group (locust.workers.spot). */
export interface GroupSpot {
  instanceTypes: readonly string[];
  onDemandBase: number;
  /** Share of the capacity above the base on Spot, 0-100. */
  spotPercent: number;
  allocationStrategy: string;
  capacityRebalance: boolean;
}

type TemplateRef = { LaunchTemplateId: string | undefined; Version: string | undefined };

/** The policy a write sends: the template's $Default version, overridden by each type in order. */
export function mixedPolicySpec(template: TemplateRef, s: GroupSpot) {
  return {
    LaunchTemplate: {
      LaunchTemplateSpecification: template,
      Overrides: s.instanceTypes.map((InstanceType) => ({ InstanceType })),
    },
    InstancesDistribution: {
      // The types in the file's order: the first is the on-demand one.
      OnDemandAllocationStrategy: 'prioritized',
      OnDemandBaseCapacity: s.onDemandBase,
      OnDemandPercentageAboveBaseCapacity: 100 - s.spotPercent,
      SpotAllocationStrategy: s.allocationStrategy,
    },
  };
}

export type MixedPolicySpec = ReturnType<typeof mixedPolicySpec>;

/** The policy AWS reports, as the fields the builder sends; null for a group on a launch template. */
export function observedMixedPolicy(m: MixedInstancesPolicy | undefined): MixedPolicySpec | null {
  if (!m) return null;
  const d = m.InstancesDistribution;
  const spec = m.LaunchTemplate?.LaunchTemplateSpecification;
  // A part AWS left out stays undefined: it differs from what the builder sends, as it should.
  return {
    LaunchTemplate: {
      LaunchTemplateSpecification: { LaunchTemplateId: spec?.LaunchTemplateId, Version: spec?.Version },
      Overrides: (m.LaunchTemplate?.Overrides ?? []).map((o) => ({ InstanceType: o.InstanceType })),
    },
    InstancesDistribution: {
      OnDemandAllocationStrategy: d?.OnDemandAllocationStrategy,
      OnDemandBaseCapacity: d?.OnDemandBaseCapacity ?? 0,
      OnDemandPercentageAboveBaseCapacity: d?.OnDemandPercentageAboveBaseCapacity ?? 100,
      SpotAllocationStrategy: d?.SpotAllocationStrategy,
    },
  } as MixedPolicySpec;
}

/** A group's Spot settings as words: the plan's line for a new group, and a policy added or removed. */
export function spotSummary(p: MixedPolicySpec): string {
  const d = p.InstancesDistribution;
  return `Spot on ${p.LaunchTemplate.Overrides.map((o) => o.InstanceType).join(', ')}; on-demand base ${d.OnDemandBaseCapacity}, ${100 - d.OnDemandPercentageAboveBaseCapacity}% Spot above it, ${d.SpotAllocationStrategy}`;
}

/** The plan's lines for a change of MixedInstancesPolicy: one per part that changed. */
export function describeMixedPolicy(f: FieldChange): string[] {
  const b = f.before as MixedPolicySpec | null | undefined;
  const a = f.after as MixedPolicySpec | null | undefined;
  if (!b || !a)
    return [
      `mixed instances: ${b ? spotSummary(b) : '(none: on-demand)'} -> ${a ? spotSummary(a) : '(none: on-demand from the launch template)'}`,
    ];
  const types = (p: MixedPolicySpec) => p.LaunchTemplate.Overrides.map((o) => o.InstanceType).join(', ');
  const tpl = (p: MixedPolicySpec) =>
    `${p.LaunchTemplate.LaunchTemplateSpecification.LaunchTemplateId} ${p.LaunchTemplate.LaunchTemplateSpecification.Version}`;
  const db = b.InstancesDistribution;
  const da = a.InstancesDistribution;
  const line = (label: string, x: string, y: string) => (x === y ? [] : [`${label}: ${x} -> ${y}`]);
  return [
    ...line('mixed instances launch template', tpl(b), tpl(a)),
    ...line('instance types', types(b), types(a)),
    ...line('on-demand base', String(db.OnDemandBaseCapacity), String(da.OnDemandBaseCapacity)),
    ...line(
      'Spot share above the base',
      `${100 - db.OnDemandPercentageAboveBaseCapacity}%`,
      `${100 - da.OnDemandPercentageAboveBaseCapacity}%`,
    ),
    ...line('Spot allocation strategy', db.SpotAllocationStrategy, da.SpotAllocationStrategy),
    ...line('on-demand allocation strategy', db.OnDemandAllocationStrategy, da.OnDemandAllocationStrategy),
  ];
}

/** CapacityRebalance as AWS reports it (absent reads as off). */
export const observedRebalance = (g: AutoScalingGroup) => g.CapacityRebalance ?? false;
