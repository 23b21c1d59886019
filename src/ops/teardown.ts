// Teardown that cannot leak: every resource of a cluster is found by its tags (never by name),
// then either the groups scale to zero (a fast restart keeps everything else) or everything goes
// in dependency order, retrying "still in use" answers until a deadline. A dry run lists it all.

import {
  DeleteAutoScalingGroupCommand,
  DescribeAutoScalingGroupsCommand,
  UpdateAutoScalingGroupCommand,
} from '@aws-sdk/client-auto-scaling';
import {
  DeleteLaunchTemplateCommand,
  DeleteSecurityGroupCommand,
  DeleteSnapshotCommand,
  DeleteTagsCommand,
  DeregisterImageCommand,
  DescribeInstancesCommand,
  DescribeLaunchTemplateVersionsCommand,
  ModifyInstanceAttributeCommand,
  RevokeSecurityGroupIngressCommand,
  TerminateInstancesCommand,
} from '@aws-sdk/client-ec2';
import {
  DeleteListenerCommand,
  DeleteLoadBalancerCommand,
  DeleteTargetGroupCommand,
  DescribeListenersCommand,
  DescribeTagsCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { DeleteParameterCommand, ListTagsForResourceCommand } from '@aws-sdk/client-ssm';
import type { AwsContext } from '../aws/context.js';
import {
  findAutoScalingGroups,
  findImages,
  findInstances,
  findLaunchTemplates,
  findLoadBalancers,
  findParameters,
  findSecurityGroups,
  findTargetGroups,
  selector,
  tagMap,
} from '../aws/discover.js';
import { aws, codeOf } from '../aws/errors.js';
import { listIngressRules } from '../aws/security-groups.js';
import { waitFor } from '../aws/wait.js';
import { write } from '../aws/writes.js';
import { MANAGED_BY, parseExpiry, TAG } from '../cluster/tags.js';
import { instanceType } from '../config/catalog.js';
import { LOAD_BALANCER_HOURLY } from '../plan/cost.js';
import { mdRow, mdText } from '../render/markdown.js';
import { MASTER_CONFIG_TAG } from './master.js';

export type TeardownMode = 'scale-to-zero' | 'destroy';

export interface TeardownItem {
  kind: string;
  id: string;
  name: string;
  action: 'delete' | 'scale to zero' | 'terminate' | 'detach security group';
}

export interface TeardownResult {
  cluster: string;
  mode: TeardownMode;
  dryRun: boolean;
  items: TeardownItem[];
  /** What the cluster cost per hour before, and so stops costing. */
  hourlyStopped: number;
}

interface Inventory {
  groups: { name: string; desired: number; templateId?: string; instanceIds: string[] }[];
  strays: string[];
  loadBalancers: { arn: string; name: string }[];
  targetGroups: { arn: string; name: string }[];
  templates: { id: string; name: string }[];
  securityGroups: { id: string; name: string }[];
  images: { id: string; name: string; snapshots: string[] }[];
  parameters: string[];
  masters: { id: string; groups: string[] }[];
}

export async function inventory(ctx: AwsContext, cluster: string): Promise<Inventory> {
  const tags = selector(cluster);
  const [groups, instances, lbs, tgs, lts, sgs, images, params] = await Promise.all([
    findAutoScalingGroups(ctx.clients, tags),
    findInstances(ctx.clients, tags),
    findLoadBalancers(ctx.clients, tags),
    findTargetGroups(ctx.clients, tags),
    findLaunchTemplates(ctx.clients, tags),
    findSecurityGroups(ctx.clients, tags),
    findImages(ctx.clients, tags),
    findParameters(ctx.clients, tags),
  ]);
  const inGroups = new Set(groups.flatMap((g) => (g.Instances ?? []).map((i) => i.InstanceId)));
  const sgIds = sgs.map((g) => g.GroupId ?? '');
  // Instances we did not launch (the Locust master) but put in our security group.
  const masters =
    sgIds.length === 0
      ? []
      : ((
          await aws('DescribeInstances', `instances in ${cluster}'s security groups`, () =>
            ctx.clients.ec2.send(
              new DescribeInstancesCommand({
                Filters: [
                  { Name: 'instance.group-id', Values: sgIds },
                  { Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] },
                ],
              }),
            ),
          )
        ).Reservations?.flatMap((r) => r.Instances ?? [])
          .filter(
            (i) =>
              !inGroups.has(i.InstanceId) &&
              !(i.Tags ?? []).some((t) => t.Key === 'akrida:cluster' && t.Value === cluster),
          )
          .map((i) => ({
            id: i.InstanceId ?? '',
            groups: (i.SecurityGroups ?? []).map((g) => g.GroupId ?? ''),
          })) ?? []);
  return {
    groups: groups.map((g) => ({
      name: g.AutoScalingGroupName ?? '',
      desired: g.DesiredCapacity ?? 0,
      templateId: g.LaunchTemplate?.LaunchTemplateId,
      instanceIds: (g.Instances ?? []).map((i) => i.InstanceId ?? ''),
    })),
    strays: instances.filter((i) => !inGroups.has(i.InstanceId)).map((i) => i.InstanceId ?? ''),
    loadBalancers: lbs.map((l) => ({ arn: l.LoadBalancerArn ?? '', name: l.LoadBalancerName ?? '' })),
    targetGroups: tgs.map((t) => ({ arn: t.TargetGroupArn ?? '', name: t.TargetGroupName ?? '' })),
    templates: lts.map((t) => ({ id: t.LaunchTemplateId ?? '', name: t.LaunchTemplateName ?? '' })),
    securityGroups: sgs.map((g) => ({ id: g.GroupId ?? '', name: g.GroupName ?? '' })),
    images: images.map((i) => ({
      id: i.ImageId ?? '',
      name: i.Name ?? '',
      snapshots: (i.BlockDeviceMappings ?? []).map((b) => b.Ebs?.SnapshotId ?? '').filter(Boolean),
    })),
    parameters: params.map((p) => p.Name ?? ''),
    masters,
  };
}

/** Hourly cost of what runs now: group instances by their template's type, and the load balancers. */
async function hourlyCost(ctx: AwsContext, inv: Inventory): Promise<number> {
  let total = inv.loadBalancers.length * LOAD_BALANCER_HOURLY;
  for (const g of inv.groups) {
    if (!g.templateId || g.desired === 0) continue;
    const v = await aws('DescribeLaunchTemplateVersions', `launch template ${g.templateId}`, () =>
      ctx.clients.ec2.send(
        new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: g.templateId, Versions: ['$Default'] }),
      ),
    );
    const type = v.LaunchTemplateVersions?.[0]?.LaunchTemplateData?.InstanceType ?? '';
    total += g.desired * (instanceType(type)?.hourly ?? 0);
  }
  return Math.round(total * 10000) / 10000;
}

/** Retry while AWS says something still uses the resource (ENIs, dependent rules, listeners). */
async function whileInUse(
  ctx: AwsContext,
  what: string,
  call: () => Promise<unknown>,
  timeoutMs: number,
): Promise<void> {
  await waitFor(
    async () => {
      try {
        await call();
        return { done: true, value: undefined };
      } catch (err) {
        const code = codeOf(err);
        if (/NotFound|NotFoundException/.test(code)) return { done: true, value: undefined };
        // The SDK names ELBv2's ResourceInUse ResourceInUseException, Auto Scaling's ...Fault.
        if (
          /^(DependencyViolation|ResourceInUse(Exception|Fault)?|ScalingActivityInProgress(Fault)?)$/.test(
            code,
          )
        )
          return { done: false, status: code };
        throw err;
      }
    },
    {
      what: `${what} to be deletable`,
      timeoutMs,
      clock: ctx.clock,
      log: ctx.log,
      minDelayMs: 5_000,
      maxDelayMs: 20_000,
    },
  );
}

export async function teardown(
  ctx: AwsContext,
  cluster: string,
  mode: TeardownMode,
  opts: { dryRun?: boolean; timeoutMs?: number } = {},
): Promise<TeardownResult> {
  const inv = await inventory(ctx, cluster);
  const hourlyStopped = await hourlyCost(ctx, inv);
  const dryRun = opts.dryRun ?? false;
  const timeoutMs = opts.timeoutMs ?? 30 * 60_000;
  const items: TeardownItem[] = [];
  const { ec2, elbv2, autoScaling, ssm } = ctx.clients;
  const done = (r: Omit<TeardownResult, 'items'>) => ({ ...r, items });

  if (mode === 'scale-to-zero') {
    for (const g of inv.groups) {
      items.push({ kind: 'auto scaling group', id: g.name, name: g.name, action: 'scale to zero' });
      if (!dryRun && g.desired > 0) {
        await write('UpdateAutoScalingGroup', `group ${g.name}`, () =>
          autoScaling.send(
            new UpdateAutoScalingGroupCommand({
              AutoScalingGroupName: g.name,
              MinSize: 0,
              DesiredCapacity: 0,
            }),
          ),
        );
      }
    }
    const lbs = inv.loadBalancers.length * LOAD_BALANCER_HOURLY;
    return done({ cluster, mode, dryRun, hourlyStopped: Math.round((hourlyStopped - lbs) * 10000) / 10000 });
  }

  for (const g of inv.groups)
    items.push({ kind: 'auto scaling group', id: g.name, name: g.name, action: 'delete' });
  for (const id of inv.strays) items.push({ kind: 'instance', id, name: id, action: 'terminate' });
  for (const m of inv.masters)
    items.push({ kind: 'instance', id: m.id, name: 'Locust master', action: 'detach security group' });
  for (const l of inv.loadBalancers)
    items.push({ kind: 'load balancer', id: l.arn, name: l.name, action: 'delete' });
  for (const t of inv.targetGroups)
    items.push({ kind: 'target group', id: t.arn, name: t.name, action: 'delete' });
  for (const t of inv.templates)
    items.push({ kind: 'launch template', id: t.id, name: t.name, action: 'delete' });
  for (const g of inv.securityGroups)
    items.push({ kind: 'security group', id: g.id, name: g.name, action: 'delete' });
  for (const i of inv.images) items.push({ kind: 'image', id: i.id, name: i.name, action: 'delete' });
  for (const s of inv.images.flatMap((i) => i.snapshots))
    items.push({ kind: 'snapshot', id: s, name: s, action: 'delete' });
  for (const p of inv.parameters) items.push({ kind: 'parameter', id: p, name: p, action: 'delete' });
  if (dryRun) return done({ cluster, mode, dryRun, hourlyStopped });

  // 1. Groups (and their instances), stray instances, and our group off the master: in parallel.
  await Promise.all([
    ...inv.groups.map(async (g) => {
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
          const r = await autoScaling.send(
            new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: [g.name] }),
          );
          return (r.AutoScalingGroups?.length ?? 0) === 0
            ? { done: true, value: undefined }
            : { done: false, status: r.AutoScalingGroups?.[0]?.Status ?? 'deleting' };
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
    inv.strays.length
      ? write('TerminateInstances', `${inv.strays.length} instances of ${cluster}`, () =>
          ec2.send(new TerminateInstancesCommand({ InstanceIds: inv.strays })),
        )
      : Promise.resolve(),
    ...inv.masters.map(async (m) => {
      const ours = new Set(inv.securityGroups.map((g) => g.id));
      await write('ModifyInstanceAttribute', `Locust master ${m.id}`, () =>
        ec2.send(
          new ModifyInstanceAttributeCommand({
            InstanceId: m.id,
            Groups: m.groups.filter((g) => !ours.has(g)),
          }),
        ),
      );
      await write('DeleteTags', `Locust master ${m.id}`, () =>
        ec2.send(new DeleteTagsCommand({ Resources: [m.id], Tags: [{ Key: MASTER_CONFIG_TAG }] })),
      );
    }),
  ]);
  // 2. Listeners, then load balancers, then target groups.
  for (const l of inv.loadBalancers) {
    const ls = await aws('DescribeListeners', `load balancer ${l.name}`, () =>
      elbv2.send(new DescribeListenersCommand({ LoadBalancerArn: l.arn })),
    );
    for (const x of ls.Listeners ?? [])
      await write('DeleteListener', `listener ${l.name}:${x.Port}`, () =>
        elbv2.send(new DeleteListenerCommand({ ListenerArn: x.ListenerArn })),
      );
    await write('DeleteLoadBalancer', `load balancer ${l.name}`, () =>
      elbv2.send(new DeleteLoadBalancerCommand({ LoadBalancerArn: l.arn })),
    );
  }
  await Promise.all(
    inv.targetGroups.map((t) =>
      whileInUse(
        ctx,
        `target group ${t.name}`,
        () =>
          write('DeleteTargetGroup', `target group ${t.name}`, () =>
            elbv2.send(new DeleteTargetGroupCommand({ TargetGroupArn: t.arn })),
          ),
        timeoutMs,
      ),
    ),
  );
  // 3. Launch templates; images with their snapshots; parameters.
  await Promise.all([
    ...inv.templates.map((t) =>
      write('DeleteLaunchTemplate', `launch template ${t.name}`, () =>
        ec2.send(new DeleteLaunchTemplateCommand({ LaunchTemplateId: t.id })),
      ),
    ),
    ...inv.images.map(async (i) => {
      await write('DeregisterImage', `image ${i.name}`, () =>
        ec2.send(new DeregisterImageCommand({ ImageId: i.id })),
      );
      for (const s of i.snapshots)
        await write('DeleteSnapshot', `snapshot ${s}`, () =>
          ec2.send(new DeleteSnapshotCommand({ SnapshotId: s })),
        );
    }),
    ...inv.parameters.map((p) =>
      write('DeleteParameter', `parameter ${p}`, () => ssm.send(new DeleteParameterCommand({ Name: p }))),
    ),
  ]);
  // 4. Security groups: first the rules that reference each other, then the groups (ENIs of
  // deleted load balancers hold them for a while: DependencyViolation until released).
  for (const g of inv.securityGroups) {
    const rules = await listIngressRules(ctx, g.id);
    const refs = rules.filter((r) => r.ReferencedGroupInfo?.GroupId).map((r) => r.SecurityGroupRuleId ?? '');
    if (refs.length)
      await write('RevokeSecurityGroupIngress', `security group ${g.name}`, () =>
        ec2.send(new RevokeSecurityGroupIngressCommand({ GroupId: g.id, SecurityGroupRuleIds: refs })),
      );
  }
  await Promise.all(
    inv.securityGroups.map((g) =>
      whileInUse(
        ctx,
        `security group ${g.name}`,
        () =>
          write('DeleteSecurityGroup', `security group ${g.name}`, () =>
            ec2.send(new DeleteSecurityGroupCommand({ GroupId: g.id })),
          ),
        timeoutMs,
      ),
    ),
  );
  return done({ cluster, mode, dryRun, hourlyStopped });
}

/** An expiry tag that is not a date: the cluster counts as expired, and the run says so. */
export interface UnparsableExpiry {
  cluster: string;
  resource: string;
  value: string;
}

export interface ExpiredScan {
  clusters: string[];
  unparsable: UnparsableExpiry[];
}

/** Clusters whose expiry tag has passed, from any resource we manage that carries one. */
export async function expiredClusters(ctx: AwsContext, now = new Date(ctx.clock.now())): Promise<string[]> {
  return (await findExpired(ctx, now)).clusters;
}

/**
 * Every cluster with an expired (or unreadable) expiry tag on any managed resource, parameters
 * included: a cancelled build may have stored its secrets and nothing else.
 */
export async function findExpired(ctx: AwsContext, now = new Date(ctx.clock.now())): Promise<ExpiredScan> {
  const managed = { [TAG.managedBy]: MANAGED_BY };
  const [sgs, lts, images, groups, lbs, params] = await Promise.all([
    findSecurityGroups(ctx.clients, managed),
    findLaunchTemplates(ctx.clients, managed),
    findImages(ctx.clients, managed),
    findAutoScalingGroups(ctx.clients, managed),
    findLoadBalancers(ctx.clients, managed),
    findParameters(ctx.clients, managed),
  ]);
  const tagged: { resource: string; tags: { Key?: string; Value?: string }[] | undefined }[] = [
    ...sgs.map((r) => ({ resource: `security group ${r.GroupId}`, tags: r.Tags })),
    ...lts.map((r) => ({ resource: `launch template ${r.LaunchTemplateId}`, tags: r.Tags })),
    ...images.map((r) => ({ resource: `image ${r.ImageId}`, tags: r.Tags })),
    ...groups.map((r) => ({ resource: `auto scaling group ${r.AutoScalingGroupName}`, tags: r.Tags })),
    ...(await loadBalancerTags(ctx, lbs)),
  ];
  for (const p of params) {
    const r = await aws('ListTagsForResource', `parameter ${p.Name}`, () =>
      ctx.clients.ssm.send(new ListTagsForResourceCommand({ ResourceType: 'Parameter', ResourceId: p.Name })),
    );
    tagged.push({ resource: `parameter ${p.Name}`, tags: r.TagList });
  }
  const expired = new Set<string>();
  const unparsable: UnparsableExpiry[] = [];
  for (const { resource, tags } of tagged) {
    const m = tagMap(tags);
    const cluster = m[TAG.cluster];
    const at = m[TAG.expiresAt];
    if (!cluster || at === undefined) continue;
    const when = parseExpiry(at);
    if (when === undefined) {
      unparsable.push({ cluster, resource, value: at });
      expired.add(cluster);
    } else if (when <= now.getTime()) expired.add(cluster);
  }
  return { clusters: [...expired].sort(), unparsable };
}

async function loadBalancerTags(
  ctx: AwsContext,
  lbs: { LoadBalancerArn?: string; LoadBalancerName?: string }[],
) {
  const arns = lbs.map((l) => l.LoadBalancerArn ?? '').filter(Boolean);
  const out: { resource: string; tags: { Key?: string; Value?: string }[] | undefined }[] = [];
  for (let i = 0; i < arns.length; i += 20) {
    const r = await aws('DescribeTags', 'load balancers', () =>
      ctx.clients.elbv2.send(new DescribeTagsCommand({ ResourceArns: arns.slice(i, i + 20) })),
    );
    for (const d of r.TagDescriptions ?? [])
      out.push({ resource: `load balancer ${d.ResourceArn}`, tags: d.Tags });
  }
  return out;
}

export interface SweepOutcome {
  results: TeardownResult[];
  failed: { cluster: string; error: string }[];
  unparsable: UnparsableExpiry[];
}

/**
 * Destroy every expired cluster in this region. Each is attempted even when another fails; the
 * failures come back as a list for the caller to report and fail on. `only` limits the sweep to
 * one cluster, re-checked here (a run may have extended it while this one waited its turn).
 */
export async function sweepExpired(
  ctx: AwsContext,
  opts: { dryRun?: boolean; only?: string; timeoutMs?: number } = {},
): Promise<SweepOutcome> {
  const scan = await findExpired(ctx);
  const clusters = opts.only ? scan.clusters.filter((c) => c === opts.only) : scan.clusters;
  const out: SweepOutcome = { results: [], failed: [], unparsable: scan.unparsable };
  for (const name of clusters) {
    try {
      out.results.push(
        await teardown(ctx, name, 'destroy', {
          dryRun: opts.dryRun ?? false,
          ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
        }),
      );
    } catch (err) {
      out.failed.push({ cluster: name, error: err instanceof Error ? err.message : String(err) });
    }
  }
  return out;
}

/** Region names from configuration (e.g. AKRIDA_SWEEP_REGIONS), with anything else set apart. */
export function sweepRegions(list: string[]): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const r of list.map((x) => x.trim()).filter(Boolean))
    (/^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/.test(r) ? valid : invalid).push(r);
  return { valid: [...new Set(valid)].sort(), invalid };
}

export function teardownMarkdown(r: TeardownResult): string {
  const verb = r.dryRun ? 'would' : 'did';
  const out = [
    `## Teardown of ${mdText(r.cluster)} (${r.mode}${r.dryRun ? ', dry run' : ''})`,
    '',
    r.items.length ? '| resource | name | action |' : 'Nothing tagged for this cluster was found.',
  ];
  if (r.items.length) out.push('|---|---|---|', ...r.items.map((i) => mdRow([i.kind, i.name, i.action])));
  out.push('', `This ${verb} stop about **$${r.hourlyStopped.toFixed(4)} per hour**.`);
  return `${out.join('\n')}\n`;
}
