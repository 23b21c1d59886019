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
import { describeGroupField } from './group-plan-lines.js';
import { type GroupSpot, mixedPolicySpec, observedMixedPolicy, observedRebalance } from './group-spot.js';
import { type Change, diff, type FieldChange, type Provider, type Spec, tagChanges } from './provider.js';

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
  /** A mixed-instances group (the workers on Spot); a plain launch-template group when absent. */
  spot?: GroupSpot | undefined;
}

/** Fields UpdateAutoScalingGroup sets; the others have their own writes below. */
const UPDATED = [
  'LaunchTemplate',
  'MixedInstancesPolicy',
  'CapacityRebalance',
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

/**
 * The one request builder: every field a write of this kind sends. A group has either a launch
 * template or a mixed-instances policy (which names the template): the other one is null, compared
 * like any value, so a move between the two is planned, and never sent.
 */
export function groupSpec(d: GroupDesired) {
  const template = { LaunchTemplateId: d.templateId, Version: '$Default' };
  return {
    LaunchTemplate: d.spot ? null : template,
    MixedInstancesPolicy: d.spot ? mixedPolicySpec(template, d.spot) : null,
    CapacityRebalance: d.spot?.capacityRebalance ?? false,
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
  const mixed = observedMixedPolicy(g.MixedInstancesPolicy);
  return {
    // A mixed-instances group's template is its policy's, whatever else a describe reports.
    LaunchTemplate: mixed
      ? null
      : { LaunchTemplateId: g.LaunchTemplate?.LaunchTemplateId, Version: g.LaunchTemplate?.Version },
    MixedInstancesPolicy: mixed,
    CapacityRebalance: observedRebalance(g),
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
  const { Tags, LaunchTemplate, MixedInstancesPolicy, ...rest } = groupSpec(d);
  const tags = { ...Tags, ...(d.expiresAt ? { [TAG.expiresAt]: d.expiresAt } : {}) };
  return {
    AutoScalingGroupName: d.address.name,
    // The one of the two the group has (AWS refuses both).
    MixedInstancesPolicy: MixedInstancesPolicy ?? undefined,
    LaunchTemplate: LaunchTemplate ?? undefined,
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
  // The launch template or the policy that is null is the one the group leaves: never sent.
  const settings = Object.fromEntries(
    UPDATED.filter((k) => changed.has(k) && spec[k] !== null).map((k) => [k, spec[k]]),
  );
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
  describe: describeGroupField,
  // A create request reads back as a described group does (its expiry tag is not compared); a
  // field no describe reads stays as sent, so the plan must show it too.
  creates: {
    operation: 'CreateAutoScalingGroup',
    name: (r) => r.AutoScalingGroupName,
    fields: ({ AutoScalingGroupName: _name, ...sent }) => {
      const { MetricsGranularity: _metrics, ...read } = observedGroup(sent as unknown as AutoScalingGroup);
      // What it launches from as sent, whole (a describe's reading keeps only what the toolkit sets).
      const from = {
        LaunchTemplate: sent.LaunchTemplate ?? null,
        MixedInstancesPolicy: sent.MixedInstancesPolicy ?? null,
      };
      return { ...sent, ...read, ...from };
    },
  },
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
