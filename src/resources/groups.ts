// Steps 5 and 8: the ACA-Py group (both target groups, ELB health checks, group metrics, warmup)
// and the Locust worker group (EC2 health checks: workers serve no HTTP, so ELB checks would kill
// healthy workers), on the template's $Default version; capacity changes; instance refresh.
import {
  type AutoScalingGroup,
  CreateAutoScalingGroupCommand,
  DeleteAutoScalingGroupCommand,
  DescribeAutoScalingGroupsCommand,
  DescribeScheduledActionsCommand,
  EnableMetricsCollectionCommand,
  PutScheduledUpdateGroupActionCommand,
  UpdateAutoScalingGroupCommand,
} from '@aws-sdk/client-auto-scaling';
import { untilVisible } from '../aws/consistency.js';
import type { AwsContext, EnsureAction } from '../aws/context.js';
import { findAutoScalingGroups, selector } from '../aws/discover.js';
import { AwsOperationError, aws } from '../aws/errors.js';
import { required } from '../aws/required.js';
import { waitFor } from '../aws/wait.js';
import { write } from '../aws/writes.js';
import { resourceNames } from '../cluster/resources.js';
import { resourceTags, TAG } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import { sizeWorkers } from '../config/sizing.js';
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

export async function describeGroup(ctx: AwsContext, name: string): Promise<AutoScalingGroup | undefined> {
  const r = await aws('DescribeAutoScalingGroups', `group ${name}`, () =>
    ctx.clients.autoScaling.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: [name] })),
  );
  return r.AutoScalingGroups?.[0];
}

/** Several groups in one call (up to 100 names); those that do not exist are absent. */
export async function describeGroups(ctx: AwsContext, names: string[]): Promise<AutoScalingGroup[]> {
  const r = await aws('DescribeAutoScalingGroups', `groups ${names.join(', ')}`, () =>
    ctx.clients.autoScaling.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: names })),
  );
  return r.AutoScalingGroups ?? [];
}

/** The group once describes see it: a group made moments ago may not be visible yet. */
export function visibleGroup(ctx: AwsContext, name: string): Promise<AutoScalingGroup> {
  return untilVisible(`group ${name}`, ctx.clock, async () => {
    const found = await describeGroup(ctx, name);
    if (!found) throw Object.assign(new Error(`group ${name} not found`), { name: 'GroupNotFound' });
    return found;
  });
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
        'CreateAutoScalingGroup',
        `group ${name}`,
        () =>
          ctx.clients.autoScaling.send(
            new CreateAutoScalingGroupCommand({
              AutoScalingGroupName: name,
              ...settings,
              TargetGroupARNs: input.targetGroupArns,
              Tags: tags,
            }),
          ),
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
      await write('UpdateAutoScalingGroup', `group ${name}`, () =>
        ctx.clients.autoScaling.send(
          new UpdateAutoScalingGroupCommand({ AutoScalingGroupName: name, ...settings }),
        ),
      );
    }
    action = 'created';
  } else {
    assertOurGroup(existing, c, name);
    const drift = groupDrift(existing, settings).length > 0;
    if (drift) {
      await write('UpdateAutoScalingGroup', `group ${name}`, () =>
        ctx.clients.autoScaling.send(
          new UpdateAutoScalingGroupCommand({ AutoScalingGroupName: name, ...settings }),
        ),
      );
      action = 'updated';
    }
  }
  await ensureExpiryBackstop(ctx, name);
  if (acapy && (existing?.EnabledMetrics?.length ?? 0) === 0) {
    await untilVisible(`group ${name}`, ctx.clock, () =>
      write('EnableMetricsCollection', `group ${name}`, () =>
        ctx.clients.autoScaling.send(
          new EnableMetricsCollectionCommand({ AutoScalingGroupName: name, Granularity: '1Minute' }),
        ),
      ),
    );
  }
  return { name, action };
}

function assertOurGroup(g: AutoScalingGroup, c: Cluster, name: string): void {
  if (g.Tags?.find((t) => t.Key === TAG.cluster)?.Value === c.name) return;
  throw new AwsOperationError(
    'CreateAutoScalingGroup',
    `group ${name}`,
    'AlreadyExists',
    'a group of that name exists and is not managed by akrida-ops for this cluster',
    'rename or delete it; the toolkit never adopts untagged resources',
  );
}

export const BACKSTOP_ACTION = 'akrida-ops-expiry';

/**
 * A scheduled action inside AWS that scales the group to zero at the cluster's expiry, so a
 * cluster stops billing for instances even if GitHub schedules are delayed or disabled. It follows
 * the group's expiry tag when an apply renewed it.
 */
export async function ensureExpiryBackstop(ctx: AwsContext, name: string): Promise<boolean> {
  const g = await visibleGroup(ctx, name);
  const expiry = g.Tags?.find((t) => t.Key === TAG.expiresAt)?.Value;
  if (!expiry) return false;
  const existing = await aws('DescribeScheduledActions', `group ${name}`, () =>
    ctx.clients.autoScaling.send(new DescribeScheduledActionsCommand({ AutoScalingGroupName: name })),
  );
  const at = new Date(expiry);
  // Present and at the tag's time: nothing to do. A renewed expiry (see renewExpiry) moves it.
  const current = existing.ScheduledUpdateGroupActions?.find(
    (a) => a.ScheduledActionName === BACKSTOP_ACTION,
  );
  const seconds = (d: Date | undefined) => Math.floor((d?.getTime() ?? Number.NaN) / 1000);
  if (current && seconds(current.StartTime) === seconds(at)) return false;
  if (Number.isNaN(at.getTime()) || at.getTime() <= ctx.clock.now()) return false;
  await write('PutScheduledUpdateGroupAction', `group ${name}`, () =>
    ctx.clients.autoScaling.send(
      new PutScheduledUpdateGroupActionCommand({
        AutoScalingGroupName: name,
        ScheduledActionName: BACKSTOP_ACTION,
        StartTime: at,
        MinSize: 0,
        DesiredCapacity: 0,
      }),
    ),
  );
  return true;
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
            write('DeleteAutoScalingGroup', `group ${g.name}`, () =>
              autoScaling.send(
                new DeleteAutoScalingGroupCommand({ AutoScalingGroupName: g.name, ForceDelete: true }),
              ),
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
