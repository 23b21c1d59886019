// How a change of an Auto Scaling group's field reads in the plan: words for AWS's field names, the
// launch template's id and version apart, the mixed-instances policy part by part.
import { describeMixedPolicy } from './group-spot.js';
import { describeTags, type FieldChange } from './provider.js';

const LABELS: Record<string, string> = {
  MinSize: 'min',
  MaxSize: 'max',
  DesiredCapacity: 'desired',
  HealthCheckType: 'health check type',
  HealthCheckGracePeriod: 'health check grace period',
  DefaultInstanceWarmup: 'default instance warmup',
  VPCZoneIdentifier: 'subnets',
  TargetGroupARNs: 'target groups',
  CapacityRebalance: 'capacity rebalance',
};

/** How a field change of a group reads in the plan. */
export function describeGroupField(f: FieldChange): string[] {
  if (f.field === 'Tags') return describeTags(f);
  if (f.field === 'MixedInstancesPolicy') return describeMixedPolicy(f);
  if (f.field === 'LaunchTemplate') {
    const id = (v: unknown) => (v as { LaunchTemplateId?: string } | undefined)?.LaunchTemplateId;
    const ver = (v: unknown) => (v as { Version?: string } | undefined)?.Version;
    // To or from a mixed-instances policy, which then names the template: one line.
    if (f.before === null || f.after === null) {
      const show = (v: unknown) =>
        v === null ? '(the mixed-instances policy names it)' : `${id(v)} ${ver(v)}`;
      return [`launch template: ${show(f.before)} -> ${show(f.after)}`];
    }
    return [
      ...(id(f.before) !== id(f.after) ? [`launch template: ${id(f.before)} -> ${id(f.after)}`] : []),
      ...(ver(f.before) !== ver(f.after) ? [`template version: ${ver(f.before)} -> ${ver(f.after)}`] : []),
    ];
  }
  const show = (v: unknown) =>
    Array.isArray(v) ? v.join(', ') || '(none)' : typeof v === 'boolean' ? (v ? 'on' : 'off') : String(v);
  return [`${LABELS[f.field] ?? f.field}: ${show(f.before)} -> ${show(f.after)}`];
}
