// The Auto Scaling group kind as a provider: one builder (`groupSpec`) gives every field the
// group's writes send (CreateAutoScalingGroup, UpdateAutoScalingGroup, the target groups, the
// tags); `diff` compares exactly those with what DescribeAutoScalingGroups reports, and
// `apply` sends, for an update, only the fields that changed.
import {
  AttachLoadBalancerTargetGroupsCommand,
  type AutoScalingGroup,
  CreateAutoScalingGroupCommand,
  CreateOrUpdateTagsCommand,
  DeleteTagsCommand,
  DetachLoadBalancerTargetGroupsCommand,
  EnableMetricsCollectionCommand,
  UpdateAutoScalingGroupCommand,
} from '@aws-sdk/client-auto-scaling';
import type { Address } from '../aws/address.js';
import { untilVisible } from '../aws/consistency.js';
import type { AwsContext } from '../aws/context.js';
import { AwsOperationError } from '../aws/errors.js';
import { write } from '../aws/writes.js';
import { TAG, type Tags } from '../cluster/tags.js';
import { describeGroup, visibleGroup } from './group-describe.js';
import {
  type Change,
  describeTags,
  diff,
  type FieldChange,
  type Provider,
  type Spec,
  tagChanges,
} from './provider.js';

/** A group as the cluster file wants it. */
export interface GroupDesired {
  address: Address;
  templateId: string;
  targetGroupArns: string[];
  capacity: { min: number; desired: number; max: number };
  healthCheck: 'ELB' | 'EC2';
  graceSeconds: number;
  warmupSeconds: number;
  subnetIds: readonly string[];
  /** Every tag but the expiry (set at creation, moved only by renew-expiry). */
  tags: Tags;
  /** The expiry tag's value a create sets. */
  expiresAt?: string;
  metrics: boolean;
}

/** Fields UpdateAutoScalingGroup sets; the others have their own writes below. */
const UPDATED = [
  'LaunchTemplate',
  'MinSize',
  'MaxSize',
  'DesiredCapacity',
  'HealthCheckType',
  'HealthCheckGracePeriod',
  'DefaultInstanceWarmup',
  'VPCZoneIdentifier',
] as const;

/** Tags AWS or other tools own: never compared, never written. */
const managedTag = (k: string) => k !== TAG.expiresAt && !k.startsWith('aws:');

/** The one request builder: every field a write of this kind sends. */
export function groupSpec(d: GroupDesired) {
  return {
    LaunchTemplate: { LaunchTemplateId: d.templateId, Version: '$Default' },
    MinSize: d.capacity.min,
    DesiredCapacity: d.capacity.desired,
    MaxSize: d.capacity.max,
    HealthCheckType: d.healthCheck,
    HealthCheckGracePeriod: d.graceSeconds,
    DefaultInstanceWarmup: d.warmupSeconds,
    // Order is not meaning: AWS may list the subnets and target groups in any order.
    VPCZoneIdentifier: [...d.subnetIds].sort().join(','),
    TargetGroupARNs: [...d.targetGroupArns].sort(),
    /** Every tag propagates at launch (the group's Name is its instances' name). */
    Tags: d.tags,
  };
}

export function observedGroup(g: AutoScalingGroup): Spec {
  return {
    LaunchTemplate: {
      LaunchTemplateId: g.LaunchTemplate?.LaunchTemplateId,
      Version: g.LaunchTemplate?.Version,
    },
    MinSize: g.MinSize,
    DesiredCapacity: g.DesiredCapacity,
    MaxSize: g.MaxSize,
    HealthCheckType: g.HealthCheckType,
    HealthCheckGracePeriod: g.HealthCheckGracePeriod,
    DefaultInstanceWarmup: g.DefaultInstanceWarmup,
    VPCZoneIdentifier: g.VPCZoneIdentifier?.split(',').filter(Boolean).sort().join(','),
    TargetGroupARNs: [...(g.TargetGroupARNs ?? [])].sort(),
    // A tag that does not propagate differs from one that does.
    Tags: Object.fromEntries(
      (g.Tags ?? [])
        .filter((t) => t.Key && managedTag(t.Key))
        // A tag without a value reads as the empty string, as AWS shows it.
        .map((t) => [t.Key, `${t.Value ?? ''}${t.PropagateAtLaunch ? '' : ' (not at launch)'}`]),
    ),
    MetricsGranularity: g.EnabledMetrics?.length
      ? (g.EnabledMetrics[0]?.Granularity ?? '1Minute')
      : undefined,
  };
}

const LABELS: Record<string, string> = {
  MinSize: 'min',
  MaxSize: 'max',
  DesiredCapacity: 'desired',
  HealthCheckType: 'health check type',
  HealthCheckGracePeriod: 'health check grace period',
  DefaultInstanceWarmup: 'default instance warmup',
  VPCZoneIdentifier: 'subnets',
  TargetGroupARNs: 'target groups',
};

function describeField(f: FieldChange): string[] {
  if (f.field === 'Tags') return describeTags(f);
  if (f.field === 'LaunchTemplate') {
    const id = (v: unknown) => (v as { LaunchTemplateId?: string } | undefined)?.LaunchTemplateId;
    const ver = (v: unknown) => (v as { Version?: string } | undefined)?.Version;
    return [
      ...(id(f.before) !== id(f.after) ? [`launch template: ${id(f.before)} -> ${id(f.after)}`] : []),
      ...(ver(f.before) !== ver(f.after) ? [`template version: ${ver(f.before)} -> ${ver(f.after)}`] : []),
    ];
  }
  const show = (v: unknown) => (Array.isArray(v) ? v.join(', ') || '(none)' : String(v));
  return [`${LABELS[f.field] ?? f.field}: ${show(f.before)} -> ${show(f.after)}`];
}

const awsTags = (name: string, tags: Tags) =>
  Object.entries(tags).map(([Key, Value]) => ({
    ResourceId: name,
    ResourceType: 'auto-scaling-group',
    Key,
    Value,
    PropagateAtLaunch: true,
  }));

/** The request a create sends: the builder's fields, the expiry tag besides. */
export function createRequest(d: GroupDesired) {
  const { Tags, ...rest } = groupSpec(d);
  const tags = { ...Tags, ...(d.expiresAt ? { [TAG.expiresAt]: d.expiresAt } : {}) };
  return {
    AutoScalingGroupName: d.address.name,
    ...rest,
    Tags: awsTags(d.address.name, tags).map(({ Key, Value, PropagateAtLaunch }) => ({
      Key,
      Value,
      PropagateAtLaunch,
    })),
  };
}

function assertOurs(g: AutoScalingGroup, d: GroupDesired): void {
  if (g.Tags?.find((t) => t.Key === TAG.cluster)?.Value === d.tags[TAG.cluster]) return;
  throw new AwsOperationError(
    'CreateAutoScalingGroup',
    d.address,
    'AlreadyExists',
    'a group of that name exists and is not managed by akrida-ops for this cluster',
    'rename or delete it; the toolkit never adopts untagged resources',
  );
}

async function update(ctx: AwsContext, d: GroupDesired, fields: FieldChange[]): Promise<void> {
  const { autoScaling } = ctx.clients;
  const name = d.address.name;
  const spec = groupSpec(d);
  const changed = new Set(fields.map((f) => f.field));
  const settings = Object.fromEntries(UPDATED.filter((k) => changed.has(k)).map((k) => [k, spec[k]]));
  if (Object.keys(settings).length > 0)
    await write(
      autoScaling,
      new UpdateAutoScalingGroupCommand({ AutoScalingGroupName: name, ...settings }),
      d.address,
    );
  const before = (k: string) => fields.find((f) => f.field === k)?.before;
  if (changed.has('TargetGroupARNs')) {
    const had = (before('TargetGroupARNs') ?? []) as string[];
    const attach = spec.TargetGroupARNs.filter((a) => !had.includes(a));
    const detach = had.filter((a) => !spec.TargetGroupARNs.includes(a));
    if (attach.length)
      await write(
        autoScaling,
        new AttachLoadBalancerTargetGroupsCommand({ AutoScalingGroupName: name, TargetGroupARNs: attach }),
        { ...d.address, field: 'target groups' },
      );
    if (detach.length)
      await write(
        autoScaling,
        new DetachLoadBalancerTargetGroupsCommand({ AutoScalingGroupName: name, TargetGroupARNs: detach }),
        { ...d.address, field: 'target groups' },
      );
  }
  if (changed.has('Tags')) {
    const { set, remove } = tagChanges(before('Tags') as Tags | undefined, spec.Tags);
    if (set.length)
      await write(
        autoScaling,
        new CreateOrUpdateTagsCommand({ Tags: awsTags(name, Object.fromEntries(set)) }),
        { ...d.address, field: 'tags' },
      );
    if (remove.length)
      await write(
        autoScaling,
        new DeleteTagsCommand({
          Tags: remove.map((Key) => ({ ResourceId: name, ResourceType: 'auto-scaling-group', Key })),
        }),
        { ...d.address, field: 'tags' },
      );
  }
}

async function create(ctx: AwsContext, d: GroupDesired): Promise<void> {
  const r = await untilVisible(`launch template ${d.templateId}`, ctx.clock, () =>
    write(ctx.clients.autoScaling, new CreateAutoScalingGroupCommand(createRequest(d)), d.address, {
      // Made by this request before its answer was lost, or by an interrupted run.
      adopt: async () => {
        const g = await visibleGroup(ctx, d.address.name);
        assertOurs(g, d);
        return g;
      },
    }),
  );
  // An adopted group converges: the same diff, against what it is.
  const changes = 'adopted' in r ? diff(autoScalingGroups, d, r.adopted) : [];
  const fields = changes.flatMap((c) => (c.op === 'update' ? c.fields : []));
  await update(ctx, d, fields);
  // Metrics are part of making the group (moto reports no EnabledMetrics, so they are not compared).
  if (d.metrics)
    await untilVisible(`group ${d.address.name}`, ctx.clock, () =>
      write(
        ctx.clients.autoScaling,
        new EnableMetricsCollectionCommand({ AutoScalingGroupName: d.address.name, Granularity: '1Minute' }),
        d.address,
      ),
    );
}

export const autoScalingGroups: Provider<GroupDesired, AutoScalingGroup> = {
  kind: 'auto-scaling-group',
  read: (ctx, address) => describeGroup(ctx, address.name),
  spec: groupSpec,
  observed: observedGroup,
  describe: describeField,
  async apply(ctx, change: Change<GroupDesired>) {
    if (change.op === 'create') return create(ctx, change.desired);
    if (change.op === 'update') return update(ctx, change.desired, change.fields);
    throw new Error(`${change.op} of ${change.address.name}: groups are only created and updated here`);
  },
};

/** Read, diff and apply one group: the ensure of a step, and the check that it is ours. */
export async function reconcileGroup(ctx: AwsContext, d: GroupDesired): Promise<Change<GroupDesired>[]> {
  const observed = await autoScalingGroups.read(ctx, d.address);
  if (observed) assertOurs(observed, d);
  const changes = diff(autoScalingGroups, d, observed);
  for (const change of changes) await autoScalingGroups.apply(ctx, change);
  return changes;
}
