// Teardown that cannot leak: every resource of a cluster is found by its tags (never by name),
// then either the groups scale to zero (a fast restart keeps everything else) or everything goes
// in dependency order, each kind destroying what it found, retrying "still in use" answers until
// a deadline. A dry run lists it all.
import { UpdateAutoScalingGroupCommand } from '@aws-sdk/client-auto-scaling';
import { DescribeLaunchTemplateVersionsCommand, TerminateInstancesCommand } from '@aws-sdk/client-ec2';
import type { AwsContext } from '../aws/context.js';
import { findInstances, selector } from '../aws/discover.js';
import { aws } from '../aws/errors.js';
import { write } from '../aws/writes.js';
import { MANAGED_BY, parseExpiry, TAG } from '../cluster/tags.js';
import { instanceType } from '../config/catalog.js';
import { LOAD_BALANCER_HOURLY } from '../plan/cost.js';
import { mdRow, mdText } from '../render/markdown.js';
import { groups } from '../resources/groups.js';
import { images } from '../resources/images-kind.js';
import type { DestroyOptions, TeardownItem } from '../resources/kind.js';
import { launchTemplates } from '../resources/launch-templates.js';
import { loadBalancing } from '../resources/load-balancing.js';
import { stopMachines } from '../resources/machine-stop.js';
import { machines, machinesOf } from '../resources/machines.js';
import { master } from '../resources/master.js';
import { parameters } from '../resources/parameters.js';
import { type KindId, waves } from '../resources/registry.js';
import { securityGroups } from '../resources/security-groups.js';
import { taggedResources } from './tagged-resources.js';

export type { TeardownItem };
export type TeardownMode = 'scale-to-zero' | 'destroy';

export interface TeardownResult {
  cluster: string;
  mode: TeardownMode;
  dryRun: boolean;
  items: TeardownItem[];
  /** What the cluster cost per hour before, and so stops costing. */
  hourlyStopped: number;
}

type Found<K extends { find: (...a: never[]) => Promise<unknown> }> = Awaited<ReturnType<K['find']>>;

export interface Inventory {
  cluster: string;
  groups: Found<typeof groups>;
  /** Instances tagged for the cluster that no group owns (a group deleted without them). */
  strays: string[];
  loadBalancers: Found<typeof loadBalancing>['loadBalancers'];
  targetGroups: Found<typeof loadBalancing>['targetGroups'];
  templates: Found<typeof launchTemplates>;
  securityGroups: Found<typeof securityGroups>;
  images: Found<typeof images>;
  parameters: Found<typeof parameters>;
  masters: Found<typeof master>;
  machines: Found<typeof machines>;
}

export async function inventory(ctx: AwsContext, cluster: string): Promise<Inventory> {
  const [grp, instances, lb, lts, sgs, imgs, params, masters] = await Promise.all([
    groups.find(ctx, cluster),
    findInstances(ctx.clients, selector(cluster)),
    loadBalancing.find(ctx, cluster),
    launchTemplates.find(ctx, cluster),
    securityGroups.find(ctx, cluster),
    images.find(ctx, cluster),
    parameters.find(ctx, cluster),
    master.find(ctx, cluster),
  ]);
  // One listing of the cluster's instances serves both the strays and the machines.
  const mach = machinesOf(cluster, instances);
  // Stand-alone machines are their own kind: stopped by scale-to-zero, not strays.
  const inGroups = new Set([...grp.flatMap((g) => g.instanceIds), ...mach.map((m) => m.id)]);
  return {
    cluster,
    groups: grp,
    strays: instances.flatMap((i) => (i.InstanceId && !inGroups.has(i.InstanceId) ? [i.InstanceId] : [])),
    loadBalancers: lb.loadBalancers,
    targetGroups: lb.targetGroups,
    templates: lts,
    securityGroups: sgs,
    images: imgs,
    parameters: params,
    masters: masters.filter((m) => !inGroups.has(m.id)),
    machines: mach,
  };
}

/** Hourly cost of what runs now: group instances by their template's type, and the load balancers. */
async function hourlyCost(ctx: AwsContext, inv: Inventory): Promise<number> {
  let total = inv.loadBalancers.length * LOAD_BALANCER_HOURLY;
  for (const m of inv.machines)
    if (m.state === 'running' || m.state === 'pending') total += instanceType(m.instanceType)?.hourly || 0;
  for (const g of inv.groups) {
    if (!g.templateId || g.desired === 0) continue;
    const v = await aws('DescribeLaunchTemplateVersions', `launch template ${g.templateId}`, () =>
      ctx.clients.ec2.send(
        new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: g.templateId, Versions: ['$Default'] }),
      ),
    );
    const type = v.LaunchTemplateVersions?.[0]?.LaunchTemplateData?.InstanceType;
    total += g.desired * ((type && instanceType(type)?.hourly) || 0);
  }
  return Math.round(total * 10000) / 10000;
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
  const done = (r: Omit<TeardownResult, 'items'>) => ({ ...r, items });

  if (mode === 'scale-to-zero') {
    for (const g of inv.groups) {
      items.push({ kind: 'auto scaling group', id: g.name, name: g.name, action: 'scale to zero' });
      if (!dryRun && g.desired > 0) {
        await write(
          ctx.clients.autoScaling,
          new UpdateAutoScalingGroupCommand({ AutoScalingGroupName: g.name, MinSize: 0, DesiredCapacity: 0 }),
          { kind: 'auto-scaling-group', name: g.name },
        );
      }
    }
    await stopMachines(ctx, inv.machines, items, dryRun);
    const lbs = inv.loadBalancers.length * LOAD_BALANCER_HOURLY;
    return done({ cluster, mode, dryRun, hourlyStopped: Math.round((hourlyStopped - lbs) * 10000) / 10000 });
  }

  // The registry's kinds backwards: a kind goes once everything that used it is gone.
  const order = waves('reverse');
  items.push(...order.flat().flatMap((id) => TEARDOWN[id].items(inv)));
  if (dryRun) return done({ cluster, mode, dryRun, hourlyStopped });
  const o = { timeoutMs };
  for (const wave of order) await Promise.all(wave.map((id) => TEARDOWN[id].destroy(ctx, inv, o)));
  return done({ cluster, mode, dryRun, hourlyStopped });
}

const loadBalancingOf = (inv: Inventory) => ({
  loadBalancers: inv.loadBalancers,
  targetGroups: inv.targetGroups,
});

/** Each kind of the registry as teardown lists and removes it from the inventory. */
const TEARDOWN: Record<
  KindId,
  {
    items(inv: Inventory): TeardownItem[];
    destroy(ctx: AwsContext, inv: Inventory, o: DestroyOptions): Promise<void>;
  }
> = {
  // The groups with their instances, and instances tagged for the cluster that no group owns.
  groups: {
    items: (inv) => [
      ...groups.items(inv.groups),
      ...inv.strays.map((id) => ({ kind: 'instance', id, name: id, action: 'terminate' as const })),
    ],
    destroy: async (ctx, inv, o) => {
      await Promise.all([
        groups.destroy(ctx, inv.groups, o),
        inv.strays.length
          ? write(
              ctx.clients.ec2,
              new TerminateInstancesCommand({ InstanceIds: inv.strays }),
              inv.strays.map((id) => ({ kind: 'instance' as const, name: id, cluster: inv.cluster })),
            )
          : undefined,
      ]);
    },
  },
  master: {
    items: (inv) => master.items(inv.masters),
    destroy: (ctx, inv, o) => master.destroy(ctx, inv.masters, o),
  },
  machines: {
    items: (inv) => machines.items(inv.machines),
    destroy: (ctx, inv, o) => machines.destroy(ctx, inv.machines, o),
  },
  'load-balancing': {
    items: (inv) => loadBalancing.items(loadBalancingOf(inv)),
    destroy: (ctx, inv, o) => loadBalancing.destroy(ctx, loadBalancingOf(inv), o),
  },
  'launch-templates': {
    items: (inv) => launchTemplates.items(inv.templates),
    destroy: (ctx, inv, o) => launchTemplates.destroy(ctx, inv.templates, o),
  },
  images: {
    items: (inv) => images.items(inv.images),
    destroy: (ctx, inv, o) => images.destroy(ctx, inv.images, o),
  },
  parameters: {
    items: (inv) => parameters.items(inv.parameters),
    destroy: (ctx, inv, o) => parameters.destroy(ctx, inv.parameters, o),
  },
  'security-groups': {
    items: (inv) => securityGroups.items(inv.securityGroups),
    destroy: (ctx, inv, o) => securityGroups.destroy(ctx, inv.securityGroups, o),
  },
};

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
  // A target group or a parameter alone counts: a build cancelled early leaves only those.
  const tagged = (await taggedResources(ctx, managed)).map((r) => ({
    resource: `${r.kind} ${r.id}`,
    tags: r.tags,
  }));
  const expired = new Set<string>();
  const unparsable: UnparsableExpiry[] = [];
  for (const { resource, tags } of tagged) {
    const cluster = tags[TAG.cluster];
    const at = tags[TAG.expiresAt];
    if (!cluster || at === undefined) continue;
    const when = parseExpiry(at);
    if (when === undefined) {
      unparsable.push({ cluster, resource, value: at });
      expired.add(cluster);
    } else if (when <= now.getTime()) expired.add(cluster);
  }
  return { clusters: [...expired].sort(), unparsable };
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
