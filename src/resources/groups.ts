// Steps 5 and 8: the ACA-Py group (both target groups, ELB health checks, group metrics, warmup)
// and the Locust worker group (EC2 health checks: workers serve no HTTP, so ELB checks would kill
// healthy workers), on the template's $Default version; capacity changes; instance refresh.
import {
  type AutoScalingGroup,
  CreateAutoScalingGroupCommand,
  DeleteAutoScalingGroupCommand,
  EnableMetricsCollectionCommand,
  UpdateAutoScalingGroupCommand,
} from '@aws-sdk/client-auto-scaling';
import { untilVisible } from '../aws/consistency.js';
import type { AwsContext, EnsureAction } from '../aws/context.js';
import { findAutoScalingGroups, selector } from '../aws/discover.js';
import { AwsOperationError } from '../aws/errors.js';
import { required } from '../aws/required.js';
import { waitFor } from '../aws/wait.js';
import { write } from '../aws/writes.js';
import { resourceNames } from '../cluster/resources.js';
import { resourceTags, TAG } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import { sizeWorkers } from '../config/sizing.js';
import { ensureExpiryBackstop } from './group-backstop.js';
import { describeGroup, describeGroups, visibleGroup } from './group-describe.js';
import type { KindPlan, ResourceKind } from './kind.js';
import { TIERS, type Tier } from './launch-templates.js';
import { whileInUse } from './while-in-use.js';

export interface Capacity {
  min: number;
  desired: number;
  max: number;
}

export function tierCapacity(c: Cluster, tier: Tier, workers?: number): Capacity {
  if (tier === 'acapy') return { ...c.acapy.capacity };
  const n = workers ?? sizeWorkers(c).workers;
  return { min: n, desired: n, max: Math.max(n, c.locust.workers.max) };
}

export function groupName(c: Cluster, tier: Tier): string {
  const n = resourceNames(c);
  return tier === 'acapy' ? n.acapyGroup : n.workerGroup;
}

export interface GroupInput {
  templateId: string;
  targetGroupArns: string[];
  capacity?: Capacity;
}

export function groupSettings(c: Cluster, tier: Tier, templateId: string, cap: Capacity) {
  const acapy = tier === 'acapy';
  return {
    LaunchTemplate: { LaunchTemplateId: templateId, Version: '$Default' },
    MinSize: cap.min,
    MaxSize: cap.max,
    DesiredCapacity: cap.desired,
    HealthCheckType: acapy ? 'ELB' : 'EC2',
    HealthCheckGracePeriod: acapy ? c.acapy.warmupSeconds : 300,
    DefaultInstanceWarmup: acapy ? c.acapy.warmupSeconds : c.locust.workers.warmupSeconds,
    VPCZoneIdentifier: c.network.subnetIds.join(','),
  };
}

/** Settings of a group that differ from the wanted ones, as "field: have -> want". */
export function groupDrift(g: AutoScalingGroup, want: ReturnType<typeof groupSettings>): string[] {
  const pairs: [string, unknown, unknown][] = [
    ['launch template', g.LaunchTemplate?.LaunchTemplateId, want.LaunchTemplate.LaunchTemplateId],
    ['template version', g.LaunchTemplate?.Version, want.LaunchTemplate.Version],
    ['min', g.MinSize, want.MinSize],
    ['desired', g.DesiredCapacity, want.DesiredCapacity],
    ['max', g.MaxSize, want.MaxSize],
    ['health check type', g.HealthCheckType, want.HealthCheckType],
    ['health check grace period', g.HealthCheckGracePeriod, want.HealthCheckGracePeriod],
    ['default instance warmup', g.DefaultInstanceWarmup, want.DefaultInstanceWarmup],
  ];
  return pairs.filter(([, a, b]) => a !== b).map(([k, a, b]) => `${k}: ${String(a)} -> ${String(b)}`);
}

export async function ensureGroup(
  ctx: AwsContext,
  c: Cluster,
  tier: Tier,
  input: GroupInput,
): Promise<{ name: string; action: EnsureAction }> {
  const name = groupName(c, tier);
  const cap = input.capacity ?? tierCapacity(c, tier);
  const acapy = tier === 'acapy';
  const settings = groupSettings(c, tier, input.templateId, cap);
  const existing = await describeGroup(ctx, name);
  let action: EnsureAction = 'unchanged';
  if (!existing) {
    // One tag per key: the group's Name is also its instances' name, so every tag propagates.
    const tags = Object.entries({
      ...resourceTags(c, `${tier}-group`, new Date(ctx.clock.now())),
      Name: `${c.name}-${tier}`,
    }).map(([Key, Value]) => ({ Key, Value, PropagateAtLaunch: true }));
    const r = await untilVisible(`launch template ${input.templateId}`, ctx.clock, () =>
      write(
        ctx.clients.autoScaling,
        new CreateAutoScalingGroupCommand({
          AutoScalingGroupName: name,
          ...settings,
          TargetGroupARNs: input.targetGroupArns,
          Tags: tags,
        }),
        { kind: 'auto-scaling-group', name },
        // Made by this request before its answer was lost, or by an interrupted run.
        {
          adopt: async () => {
            const g = await visibleGroup(ctx, name);
            assertOurGroup(g, c, name);
            return g;
          },
        },
      ),
    );
    if ('adopted' in r && groupDrift(r.adopted, settings).length > 0) {
      await write(
        ctx.clients.autoScaling,
        new UpdateAutoScalingGroupCommand({ AutoScalingGroupName: name, ...settings }),
        { kind: 'auto-scaling-group', name },
      );
    }
    action = 'created';
  } else {
    assertOurGroup(existing, c, name);
    const drift = groupDrift(existing, settings).length > 0;
    if (drift) {
      await write(
        ctx.clients.autoScaling,
        new UpdateAutoScalingGroupCommand({ AutoScalingGroupName: name, ...settings }),
        { kind: 'auto-scaling-group', name },
      );
      action = 'updated';
    }
  }
  await ensureExpiryBackstop(ctx, name);
  if (acapy && (existing?.EnabledMetrics?.length ?? 0) === 0) {
    await untilVisible(`group ${name}`, ctx.clock, () =>
      write(
        ctx.clients.autoScaling,
        new EnableMetricsCollectionCommand({ AutoScalingGroupName: name, Granularity: '1Minute' }),
        { kind: 'auto-scaling-group', name },
      ),
    );
  }
  return { name, action };
}

function assertOurGroup(g: AutoScalingGroup, c: Cluster, name: string): void {
  if (g.Tags?.find((t) => t.Key === TAG.cluster)?.Value === c.name) return;
  throw new AwsOperationError(
    'CreateAutoScalingGroup',
    { kind: 'auto-scaling-group', name },
    'AlreadyExists',
    'a group of that name exists and is not managed by akrida-ops for this cluster',
    'rename or delete it; the toolkit never adopts untagged resources',
  );
}

export interface GroupPlanInput {
  /** The tiers' launch templates, when they exist already. */
  templateIds: Partial<Record<Tier, string>>;
}
type FoundGroups = { name: string; desired: number; templateId?: string; instanceIds: string[] }[];

export const groups: ResourceKind<GroupPlanInput, undefined, FoundGroups> = {
  kind: 'auto scaling group',

  async plan(ctx, c, input): Promise<KindPlan<undefined>> {
    const out: KindPlan<undefined> = { changes: [], unchanged: [], facts: undefined };
    const found = await describeGroups(
      ctx,
      TIERS.map((tier) => groupName(c, tier)),
    );
    for (const tier of TIERS) {
      const name = groupName(c, tier);
      const g = found.find((x) => x.AutoScalingGroupName === name);
      const cap = tierCapacity(c, tier);
      if (!g) {
        out.changes.push({
          action: 'add',
          resource: `auto scaling group ${name}`,
          details: [`min ${cap.min} / desired ${cap.desired} / max ${cap.max}`],
        });
        continue;
      }
      // A template not made yet will be new: its id is the only one that can differ.
      const drift = groupDrift(g, groupSettings(c, tier, input.templateIds[tier] ?? '<new template>', cap));
      if (drift.length)
        out.changes.push({ action: 'change', resource: `auto scaling group ${name}`, details: drift });
      else out.unchanged.push(`auto scaling group ${name}`);
    }
    return out;
  },

  async find(ctx, cluster) {
    return (await findAutoScalingGroups(ctx.clients, selector(cluster))).map((g) => ({
      name: required(
        g.AutoScalingGroupName,
        'AutoScalingGroupName',
        'DescribeAutoScalingGroups',
        `groups of ${cluster}`,
      ),
      desired: g.DesiredCapacity ?? 0,
      templateId: g.LaunchTemplate?.LaunchTemplateId,
      instanceIds: (g.Instances ?? []).flatMap((i) => (i.InstanceId ? [i.InstanceId] : [])),
    }));
  },

  items: (found) =>
    found.map((g) => ({ kind: 'auto scaling group', id: g.name, name: g.name, action: 'delete' })),

  // Force-deleted with their instances, then awaited until gone (they hold the target groups).
  async destroy(ctx, found, { timeoutMs }) {
    const { autoScaling } = ctx.clients;
    await Promise.all(
      found.map(async (g) => {
        await whileInUse(
          ctx,
          `group ${g.name}`,
          () =>
            write(
              autoScaling,
              new DeleteAutoScalingGroupCommand({ AutoScalingGroupName: g.name, ForceDelete: true }),
              { kind: 'auto-scaling-group', name: g.name },
            ),
          timeoutMs,
        );
        await waitFor(
          async () => {
            const left = await describeGroups(ctx, [g.name]);
            return left.length === 0
              ? { done: true, value: undefined }
              : { done: false, status: left[0]?.Status ?? 'deleting' };
          },
          {
            what: `group ${g.name} to be deleted`,
            timeoutMs,
            clock: ctx.clock,
            log: ctx.log,
            minDelayMs: 5_000,
            maxDelayMs: 20_000,
          },
        );
      }),
    );
  },
};
