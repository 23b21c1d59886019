// Steps 5 and 8: the ACA-Py group (both target groups, ELB health checks, group metrics, warmup)
// and the Locust worker group (EC2 health checks: workers serve no HTTP, so ELB checks would kill
// healthy workers), on the template's $Default version; capacity changes; instance refresh.
import { type AutoScalingGroup, DeleteAutoScalingGroupCommand } from '@aws-sdk/client-auto-scaling';
import type { AwsContext, EnsureAction } from '../aws/context.js';
import { findAutoScalingGroups, selector } from '../aws/discover.js';
import { required } from '../aws/required.js';
import { waitFor } from '../aws/wait.js';
import { write } from '../aws/writes.js';
import { resourceNames } from '../cluster/resources.js';
import type { RunOptions } from '../cluster/run-options.js';
import { expiry, resourceTags } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import { sizeWorkers } from '../config/sizing.js';
import { ensureExpiryBackstop } from './group-backstop.js';
import { instancesOffVersion } from './group-capacity.js';
import { describeGroups } from './group-describe.js';
import { launchedTags, launchedTagsChange, propagatedTags, retagLaunched } from './group-instance-tags.js';
import { autoScalingGroups, type GroupDesired, groupSpec, reconcileGroup } from './group-provider.js';
import { spotSummary } from './group-spot.js';
import type { KindPlan, ResourceKind } from './kind.js';
import { type TemplateFacts, TIERS, type Tier, tierInstanceTags } from './launch-templates.js';
import { diff, type FieldChange, planned } from './provider.js';
import { NEW_VALUE } from './value-placeholders.js';
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

/** A group's tags, which it propagates to the instances it launches. */
export const groupTags = (c: Cluster, tier: Tier) => ({
  ...resourceTags(c, `${tier}-group`),
  Name: `${c.name}-${tier}`,
});

/** The group of a tier as the cluster file wants it (the provider's desired state). */
export function groupDesired(c: Cluster, tier: Tier, input: GroupInput, now?: Date): GroupDesired {
  const acapy = tier === 'acapy';
  const tags = groupTags(c, tier);
  return {
    address: { kind: 'auto-scaling-group', name: groupName(c, tier) },
    templateId: input.templateId,
    targetGroupArns: input.targetGroupArns,
    capacity: input.capacity ?? tierCapacity(c, tier),
    healthCheck: acapy ? 'ELB' : 'EC2',
    graceSeconds: acapy ? c.acapy.warmupSeconds : 300,
    warmupSeconds: acapy ? c.acapy.warmupSeconds : c.locust.workers.warmupSeconds,
    subnetIds: c.network.subnetIds,
    tags,
    ...(now ? { expiresAt: expiry(c, now).toISOString() } : {}),
    metrics: acapy,
    // ACA-Py stays on-demand: it is what a load test measures.
    ...(!acapy && c.locust.workers.spot ? { spot: c.locust.workers.spot } : {}),
  };
}

/** Make or converge the group of a tier: read, diff, apply exactly those changes; then its backstop. */
export async function ensureGroup(
  ctx: AwsContext,
  c: Cluster,
  tier: Tier,
  input: GroupInput,
): Promise<{ name: string; action: EnsureAction }> {
  const d = groupDesired(c, tier, input, new Date(ctx.clock.now()));
  const changes = await reconcileGroup(ctx, d);
  // Its running instances to the tags it now propagates, as the plan listed them.
  const retagged = await retagLaunched(
    ctx,
    await launchedTags(ctx, c.name, { name: d.address.name, tags: d.tags }),
  );
  if (retagged.length) ctx.log?.(`group ${d.address.name}: retagged its instances ${retagged.join(', ')}`);
  await ensureExpiryBackstop(ctx, d.address.name);
  const action: EnsureAction =
    changes[0]?.op === 'create' ? 'created' : changes.length ? 'updated' : 'unchanged';
  return { name: d.address.name, action };
}

export interface GroupPlanInput {
  /** The tiers' launch templates (when they exist already) and the version the apply makes default. */
  templates: TemplateFacts;
  /** The ACA-Py tier's target groups (placeholders for those not made yet). */
  targetGroupArns: string[];
  /** The worker count of this run, in place of the file's, and whether it refreshes instances. */
  run: Pick<RunOptions, 'workers' | 'refresh'>;
}
/**
 * What an instance refresh of this run does to a group: replaces the instances not on the version
 * the apply makes default (as the apply decides it), or, without refresh, leaves them on their
 * version, which the plan says. The instances' versions are part of what the plan read then.
 */
function plannedRefresh(
  g: AutoScalingGroup | undefined,
  version: number | undefined,
  refresh: boolean,
): { field?: FieldChange; line?: string; observed?: Record<string, unknown> } {
  if (!g || version === undefined) return {};
  const versions = (g.Instances ?? []).map((i) => i.LaunchTemplate?.Version ?? '(none)').sort();
  const off = instancesOffVersion(g.Instances, version);
  const observed = refresh ? { InstanceVersions: versions } : {};
  if (off.length === 0) return { observed };
  const from = [...new Set(off.map((i) => i.LaunchTemplate?.Version ?? '(none)'))].join(', ');
  const n = `${off.length} running instance${off.length === 1 ? '' : 's'} on version ${from}`;
  if (!refresh)
    return {
      observed,
      line: `${n} stay${off.length === 1 ? 's' : ''} so until a run with refresh replaces them`,
    };
  return {
    observed,
    line: `instance refresh: ${n} replaced by version ${version}`,
    field: { field: 'InstanceRefresh', before: versions, after: `version ${version}` },
  };
}

type FoundGroups = { name: string; desired: number; templateId?: string; instanceIds: string[] }[];

export const groups: ResourceKind<GroupPlanInput, undefined, FoundGroups> = {
  kind: 'auto scaling group',

  async plan(ctx, c, input): Promise<KindPlan<undefined>> {
    const out: KindPlan<undefined> = { changes: [], unchanged: [], facts: undefined, observed: [] };
    const found = await describeGroups(
      ctx,
      TIERS.map((tier) => groupName(c, tier)),
    );
    const launched = await Promise.all(
      TIERS.map((tier) => launchedTags(ctx, c.name, { name: groupName(c, tier), tags: groupTags(c, tier) })),
    );
    for (const [t, tier] of TIERS.entries()) {
      // What is not made yet will be new: a placeholder for its id, which can only differ.
      const d = groupDesired(c, tier, {
        templateId: input.templates.ids[tier] ?? NEW_VALUE.template,
        targetGroupArns: tier === 'acapy' ? input.targetGroupArns : [],
        capacity: tierCapacity(c, tier, input.run.workers),
      });
      const resource = `auto scaling group ${d.address.name}`;
      const g = found.find((x) => x.AutoScalingGroupName === d.address.name);
      const version = input.templates.versions[tier];
      const refresh = plannedRefresh(g, version, input.run.refresh);
      // The instances it launched, with their tags: a tags edit retags them too.
      const instances = launched[t];
      out.observed.push({
        address: d.address,
        fields: g && {
          ...autoScalingGroups.observed(g, d),
          ...refresh.observed,
          InstanceTags: instances?.observed,
        },
      });
      // A refresh replaces the instances off the new version before the group's tags change: those
      // it launches carry the template's tags with the group's old propagated ones over them.
      const replaced = new Set(
        refresh.field && version !== undefined
          ? instancesOffVersion(g?.Instances, version).flatMap((i) => (i.InstanceId ? [i.InstanceId] : []))
          : [],
      );
      const launchedWith = { ...tierInstanceTags(c, tier), ...propagatedTags(g) };
      const retag = instances && launchedTagsChange(instances, replaced, launchedWith, d.tags);
      if (retag) out.changes.push(retag);
      const changes = diff(autoScalingGroups, d, g);
      const cap = d.capacity;
      const policy = groupSpec(d).MixedInstancesPolicy;
      const entries = changes.map((change) =>
        planned(autoScalingGroups, change, resource, [
          `min ${cap.min} / desired ${cap.desired} / max ${cap.max}`,
          ...(policy
            ? [spotSummary(policy), `capacity rebalance ${d.spot?.capacityRebalance ? 'on' : 'off'}`]
            : []),
        ]),
      );
      // The refresh is a change of the group like its fields: in its entry, or one of its own.
      if (refresh.field && refresh.line) {
        const e = entries[0] ?? { action: 'change', resource, details: [], address: d.address, fields: [] };
        e.details.push(refresh.line);
        e.fields = [...(e.fields ?? []), refresh.field];
        if (!entries.length) entries.push(e);
      } else if (refresh.line) out.notes = [...(out.notes ?? []), `${resource}: ${refresh.line}`];
      out.changes.push(...entries);
      if (entries.length === 0) out.unchanged.push(resource);
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
