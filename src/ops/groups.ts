// Steps 5 and 8: the ACA-Py group (both target groups, ELB health checks, group metrics, warmup)
// and the Locust worker group (EC2 health checks: workers serve no HTTP, so ELB checks would kill
// healthy workers), on the template's $Default version; capacity changes; instance refresh.
import {
  type AutoScalingGroup,
  CreateAutoScalingGroupCommand,
  DescribeAutoScalingGroupsCommand,
  DescribeInstanceRefreshesCommand,
  DescribeScheduledActionsCommand,
  EnableMetricsCollectionCommand,
  PutScheduledUpdateGroupActionCommand,
  StartInstanceRefreshCommand,
  UpdateAutoScalingGroupCommand,
} from '@aws-sdk/client-auto-scaling';
import { DescribeTargetHealthCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { untilVisible } from '../aws/consistency.js';
import type { AwsContext, EnsureAction } from '../aws/context.js';
import { AwsOperationError, aws } from '../aws/errors.js';
import { waitFor } from '../aws/wait.js';
import { answerOf, write } from '../aws/writes.js';
import { resourceNames } from '../cluster/resources.js';
import { resourceTags, TAG } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import { sizeWorkers } from '../config/sizing.js';
import type { Tier } from './templates.js';

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
function visibleGroup(ctx: AwsContext, name: string): Promise<AutoScalingGroup> {
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

/** Set min/desired/max of a group; no call when they already hold. */
export async function setCapacity(ctx: AwsContext, name: string, cap: Capacity): Promise<boolean> {
  const g = await describeGroup(ctx, name);
  if (!g)
    throw new AwsOperationError(
      'UpdateAutoScalingGroup',
      `group ${name}`,
      'NotFound',
      'the group does not exist',
      'run cluster-up first',
    );
  if (g.MinSize === cap.min && g.DesiredCapacity === cap.desired && g.MaxSize === cap.max) return false;
  await write('UpdateAutoScalingGroup', `group ${name}`, () =>
    ctx.clients.autoScaling.send(
      new UpdateAutoScalingGroupCommand({
        AutoScalingGroupName: name,
        MinSize: cap.min,
        DesiredCapacity: cap.desired,
        MaxSize: cap.max,
      }),
    ),
  );
  return true;
}

/** Wait until the group has `desired` running instances, all healthy in every target group. */
export async function waitGroupReady(
  ctx: AwsContext,
  name: string,
  targetGroupArns: string[],
  timeoutMs = 30 * 60_000,
): Promise<string[]> {
  return waitFor(
    async () => {
      const g = await visibleGroup(ctx, name);
      const inService = (g.Instances ?? [])
        .filter((i) => i.LifecycleState === 'InService')
        .map((i) => i.InstanceId ?? '');
      if (inService.length !== g.DesiredCapacity)
        return { done: false, status: `${inService.length}/${g.DesiredCapacity} in service` };
      for (const arn of targetGroupArns) {
        const h = await aws('DescribeTargetHealth', `target group ${arn}`, () =>
          ctx.clients.elbv2.send(new DescribeTargetHealthCommand({ TargetGroupArn: arn })),
        );
        const healthy = new Set(
          (h.TargetHealthDescriptions ?? [])
            .filter((d) => d.TargetHealth?.State === 'healthy')
            .map((d) => d.Target?.Id),
        );
        const waiting = inService.filter((id) => !healthy.has(id));
        if (waiting.length > 0)
          return { done: false, status: `${waiting.length} targets not yet healthy in ${arn.split('/')[1]}` };
      }
      return { done: true, value: inService };
    },
    {
      what: `group ${name} to be in service and healthy`,
      timeoutMs,
      clock: ctx.clock,
      log: ctx.log,
      minDelayMs: 3_000,
      maxDelayMs: 10_000,
    },
  );
}

/** Replace running instances with the group's current template version; wait for the refresh. */
export async function refreshInstances(
  ctx: AwsContext,
  name: string,
  timeoutMs = 60 * 60_000,
): Promise<string> {
  const r = await write(
    'StartInstanceRefresh',
    `group ${name}`,
    () =>
      ctx.clients.autoScaling.send(
        new StartInstanceRefreshCommand({
          AutoScalingGroupName: name,
          Preferences: { MinHealthyPercentage: 90, SkipMatching: true },
        }),
      ),
    // The refresh an earlier attempt started (its answer lost) is the one to follow.
    {
      adopt: async () => {
        const d = await aws('DescribeInstanceRefreshes', `group ${name}`, () =>
          ctx.clients.autoScaling.send(new DescribeInstanceRefreshesCommand({ AutoScalingGroupName: name })),
        );
        const running = d.InstanceRefreshes?.find((x) => ['Pending', 'InProgress'].includes(x.Status ?? ''));
        return { InstanceRefreshId: running?.InstanceRefreshId, $metadata: {} };
      },
    },
  );
  const id = answerOf(r)?.InstanceRefreshId ?? '';
  await waitFor(
    async () => {
      const d = await aws('DescribeInstanceRefreshes', `group ${name}`, () =>
        ctx.clients.autoScaling.send(
          new DescribeInstanceRefreshesCommand({ AutoScalingGroupName: name, InstanceRefreshIds: [id] }),
        ),
      );
      const s = d.InstanceRefreshes?.[0]?.Status ?? 'unknown';
      if (s === 'Successful') return { done: true, value: undefined };
      if (s === 'Failed' || s === 'Cancelled' || s === 'RollbackSuccessful') {
        throw new AwsOperationError(
          'StartInstanceRefresh',
          `group ${name}`,
          s,
          d.InstanceRefreshes?.[0]?.StatusReason ?? 'the refresh did not finish',
          'see the group activity history',
        );
      }
      return { done: false, status: `${s} ${d.InstanceRefreshes?.[0]?.PercentageComplete ?? 0}%` };
    },
    {
      what: `instance refresh ${id} of ${name}`,
      timeoutMs,
      clock: ctx.clock,
      log: ctx.log,
      minDelayMs: 15_000,
      maxDelayMs: 30_000,
    },
  );
  return id;
}
