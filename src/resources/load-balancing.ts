// The two ACA-Py load balancers (admin and transport), each with its target group and listener,
// as one kind: planned from one listing, ensured per kind in parallel, destroyed listeners first.
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  DeleteListenerCommand,
  DeleteLoadBalancerCommand,
  DeleteTargetGroupCommand,
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeTagsCommand,
  DescribeTargetGroupsCommand,
  type LoadBalancer,
  ModifyListenerCommand,
  ModifyTargetGroupCommand,
  type TargetGroup,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { untilVisible } from '../aws/consistency.js';
import type { AwsContext, EnsureAction } from '../aws/context.js';
import { findLoadBalancing, selector } from '../aws/discover.js';
import { AwsOperationError, aws } from '../aws/errors.js';
import { LATENCY } from '../aws/latency.js';
import { required } from '../aws/required.js';
import { waitFor } from '../aws/wait.js';
import { answerOf, write } from '../aws/writes.js';
import { resourceNames } from '../cluster/resources.js';
import { resourceTags, TAG, toAwsTags } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import type { KindPlan, ResourceKind } from './kind.js';
import { whileInUse } from './while-in-use.js';

export const LOAD_BALANCER_KINDS = ['admin', 'transport'] as const;

export type LoadBalancerKind = 'admin' | 'transport';

/** The seed's health checks: admin /status/live, transport /, 2/2, 10 s, 12 s, 200 by default. */
export function targetGroupHealth(c: Cluster, kind: LoadBalancerKind) {
  const hc = c.acapy.healthCheck;
  return {
    HealthCheckProtocol: 'HTTP' as const,
    HealthCheckPath: kind === 'admin' ? hc.adminPath : hc.transportPath,
    HealthCheckIntervalSeconds: hc.intervalSeconds,
    HealthCheckTimeoutSeconds: hc.timeoutSeconds,
    HealthyThresholdCount: hc.healthyThreshold,
    UnhealthyThresholdCount: hc.unhealthyThreshold,
    Matcher: { HttpCode: hc.successCodes },
  };
}

/** Health-check settings that differ, as "field: have -> want". */
export function healthDrift(tg: TargetGroup, want: ReturnType<typeof targetGroupHealth>): string[] {
  const pairs: [string, unknown, unknown][] = [
    ['health path', tg.HealthCheckPath, want.HealthCheckPath],
    ['interval', tg.HealthCheckIntervalSeconds, want.HealthCheckIntervalSeconds],
    ['timeout', tg.HealthCheckTimeoutSeconds, want.HealthCheckTimeoutSeconds],
    ['healthy threshold', tg.HealthyThresholdCount, want.HealthyThresholdCount],
    ['unhealthy threshold', tg.UnhealthyThresholdCount, want.UnhealthyThresholdCount],
    ['success codes', tg.Matcher?.HttpCode, want.Matcher.HttpCode],
  ];
  return pairs.filter(([, a, b]) => a !== b).map(([k, a, b]) => `${k}: ${String(a)} -> ${String(b)}`);
}

export interface LoadBalancerState {
  kind: LoadBalancerKind;
  lbArn: string;
  dns: string;
  tgArn: string;
  listenerArn: string;
  action: EnsureAction;
}

/** A load-balancing resource of our name is adopted only when it carries this cluster's tag. */
async function assertOurs(
  ctx: AwsContext,
  c: Cluster,
  operation: string,
  resource: string,
  arn: string | undefined,
): Promise<void> {
  const tags = arn
    ? await aws('DescribeTags', resource, () =>
        ctx.clients.elbv2.send(new DescribeTagsCommand({ ResourceArns: [arn] })),
      )
    : undefined;
  const owner = tags?.TagDescriptions?.[0]?.Tags?.find((t) => t.Key === TAG.cluster)?.Value;
  if (owner !== c.name)
    throw new AwsOperationError(
      operation,
      resource,
      'Duplicate',
      'one of that name exists and is not managed by akrida-ops for this cluster',
      'rename or delete it; the toolkit never adopts untagged resources',
    );
}

export async function ensureLoadBalancer(
  ctx: AwsContext,
  c: Cluster,
  kind: LoadBalancerKind,
  lbSg: string,
): Promise<LoadBalancerState> {
  const { elbv2 } = ctx.clients;
  const names = resourceNames(c);
  const now = new Date(ctx.clock.now());
  const a = c.acapy;
  const lbName = kind === 'admin' ? names.adminLb : names.transportLb;
  const tgName = kind === 'admin' ? names.adminTg : names.transportTg;
  const health = targetGroupHealth(c, kind);
  let action: EnsureAction = 'unchanged';

  // One listing answers both halves (and the other kind's ensure running beside this one).
  const found = await findLoadBalancing(ctx.clients, selector(c.name));
  let tg: TargetGroup | undefined = found.targetGroups.find((x) => x.tags[TAG.role] === `acapy-${kind}-tg`);
  if (!tg) {
    const r = await write(
      'CreateTargetGroup',
      `target group ${tgName}`,
      () =>
        elbv2.send(
          new CreateTargetGroupCommand({
            Name: tgName,
            Protocol: 'HTTP',
            Port: kind === 'admin' ? a.ports.admin : a.ports.transport,
            VpcId: c.network.vpcId,
            TargetType: 'instance',
            ...health,
            Tags: toAwsTags(resourceTags(c, `acapy-${kind}-tg`, now)),
          }),
        ),
      {
        adopt: async () => {
          const d = await aws('DescribeTargetGroups', `target group ${tgName}`, () =>
            elbv2.send(new DescribeTargetGroupsCommand({ Names: [tgName] })),
          );
          const found = d.TargetGroups?.[0];
          await assertOurs(ctx, c, 'CreateTargetGroup', `target group ${tgName}`, found?.TargetGroupArn);
          return { TargetGroups: found ? [found] : [], $metadata: {} };
        },
      },
    );
    tg = answerOf(r)?.TargetGroups?.[0];
    action = 'created';
    if (tg && 'adopted' in r && healthDrift(tg, health).length > 0)
      await write('ModifyTargetGroup', `target group ${tgName}`, () =>
        elbv2.send(new ModifyTargetGroupCommand({ TargetGroupArn: tg?.TargetGroupArn, ...health })),
      );
  } else if (healthDrift(tg, health).length > 0) {
    await write('ModifyTargetGroup', `target group ${tgName}`, () =>
      elbv2.send(new ModifyTargetGroupCommand({ TargetGroupArn: tg?.TargetGroupArn, ...health })),
    );
    action = 'updated';
  }
  const tgArn = required(tg?.TargetGroupArn, 'TargetGroupArn', 'CreateTargetGroup', `target group ${tgName}`);

  let lb: LoadBalancer | undefined = found.loadBalancers.find((x) => x.tags[TAG.role] === `acapy-${kind}-lb`);
  if (!lb) {
    const r = await write(
      'CreateLoadBalancer',
      `load balancer ${lbName}`,
      () =>
        elbv2.send(
          new CreateLoadBalancerCommand({
            Name: lbName,
            Type: 'application',
            Scheme: a.loadBalancerScheme,
            Subnets: c.network.subnetIds,
            SecurityGroups: [lbSg],
            Tags: toAwsTags(resourceTags(c, `acapy-${kind}-lb`, now)),
          }),
        ),
      {
        adopt: async () => {
          const d = await aws('DescribeLoadBalancers', `load balancer ${lbName}`, () =>
            elbv2.send(new DescribeLoadBalancersCommand({ Names: [lbName] })),
          );
          const found: LoadBalancer | undefined = d.LoadBalancers?.[0];
          await assertOurs(ctx, c, 'CreateLoadBalancer', `load balancer ${lbName}`, found?.LoadBalancerArn);
          return { LoadBalancers: found ? [found] : [], $metadata: {} };
        },
      },
    );
    lb = answerOf(r)?.LoadBalancers?.[0];
    action = 'created';
  }
  const lbArn = required(
    lb?.LoadBalancerArn,
    'LoadBalancerArn',
    'CreateLoadBalancer',
    `load balancer ${lbName}`,
  );
  const port = kind === 'admin' ? a.listeners.admin : a.listeners.transport;
  const listeners = await untilVisible(`load balancer ${lbName}`, ctx.clock, () =>
    aws('DescribeListeners', `load balancer ${lbName}`, () =>
      elbv2.send(new DescribeListenersCommand({ LoadBalancerArn: lbArn })),
    ),
  );
  let listener = listeners.Listeners?.find((l) => l.Port === port);
  const forward = [{ Type: 'forward' as const, TargetGroupArn: tgArn }];
  if (!listener) {
    const resource = `listener ${lbName}:${port}`;
    const r = await untilVisible(`target group ${tgName}`, ctx.clock, () =>
      write(
        'CreateListener',
        resource,
        () =>
          elbv2.send(
            new CreateListenerCommand({
              LoadBalancerArn: lbArn,
              Port: port,
              Protocol: 'HTTP',
              DefaultActions: forward,
              Tags: toAwsTags(resourceTags(c, `acapy-${kind}-listener`, now)),
            }),
          ),
        // The port is taken: ours when it forwards to our target group (an earlier attempt made it).
        {
          adopt: async (err) => {
            const d = await aws('DescribeListeners', `load balancer ${lbName}`, () =>
              elbv2.send(new DescribeListenersCommand({ LoadBalancerArn: lbArn })),
            );
            const l = d.Listeners?.find((x) => x.Port === port);
            if (l?.DefaultActions?.[0]?.TargetGroupArn !== tgArn) throw err;
            return { Listeners: [l], $metadata: {} };
          },
        },
      ),
    );
    listener = answerOf(r)?.Listeners?.[0];
    if (action === 'unchanged') action = 'updated';
  } else if (listener.DefaultActions?.[0]?.TargetGroupArn !== tgArn) {
    await write('ModifyListener', `listener ${lbName}:${port}`, () =>
      elbv2.send(new ModifyListenerCommand({ ListenerArn: listener?.ListenerArn, DefaultActions: forward })),
    );
    if (action === 'unchanged') action = 'updated';
  }

  // A load balancer found active costs no further call.
  const dns =
    lb?.State?.Code === 'active' && lb.DNSName
      ? lb.DNSName
      : await waitFor(
          async () => {
            const r = await untilVisible(`load balancer ${lbName}`, ctx.clock, () =>
              aws('DescribeLoadBalancers', `load balancer ${lbName}`, () =>
                elbv2.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: [lbArn] })),
              ),
            );
            const state = r.LoadBalancers?.[0]?.State?.Code;
            return state === 'active'
              ? {
                  done: true,
                  value: required(
                    r.LoadBalancers?.[0]?.DNSName,
                    'DNSName',
                    'DescribeLoadBalancers',
                    `load balancer ${lbName}`,
                  ),
                }
              : { done: false, status: state ?? 'unknown' };
          },
          {
            what: `load balancer ${lbName} to become active`,
            timeoutMs: 15 * 60_000,
            clock: ctx.clock,
            minDelayMs: 3_000,
            maxDelayMs: 10_000,
            ...(action === 'created' ? { expectedMs: LATENCY.loadBalancerActive * 1000 } : {}),
            log: ctx.log,
            warn: ctx.warn,
          },
        );
  const listenerArn = required(
    listener?.ListenerArn,
    'ListenerArn',
    'CreateListener',
    `listener ${lbName}:${port}`,
  );
  return { kind, lbArn, dns, tgArn, listenerArn, action };
}

/** What one kind needs from the other steps' point of view: where it is, once it exists. */
export type LoadBalancingFacts = Partial<Record<LoadBalancerKind, { dns: string }>>;
type FoundLoadBalancing = {
  loadBalancers: { arn: string; name: string }[];
  targetGroups: { arn: string; name: string }[];
};

const names = (c: Cluster, kind: LoadBalancerKind) => {
  const n = resourceNames(c);
  return kind === 'admin'
    ? { lb: n.adminLb, tg: n.adminTg, port: c.acapy.listeners.admin, targetPort: c.acapy.ports.admin }
    : {
        lb: n.transportLb,
        tg: n.transportTg,
        port: c.acapy.listeners.transport,
        targetPort: c.acapy.ports.transport,
      };
};

export const loadBalancing: ResourceKind<void, LoadBalancingFacts, FoundLoadBalancing> = {
  kind: 'load balancer',

  async plan(ctx, c): Promise<KindPlan<LoadBalancingFacts>> {
    const out: KindPlan<LoadBalancingFacts> = { changes: [], unchanged: [], facts: {} };
    const add = (resource: string, details: string[]) =>
      out.changes.push({ action: 'add', resource, details });
    const found = await findLoadBalancing(ctx.clients, selector(c.name));
    for (const kind of LOAD_BALANCER_KINDS) {
      const n = names(c, kind);
      const tg = found.targetGroups.find((x) => x.tags[TAG.role] === `acapy-${kind}-tg`);
      if (!tg)
        add(`target group ${n.tg}`, [
          `HTTP ${n.targetPort}, health ${targetGroupHealth(c, kind).HealthCheckPath}`,
        ]);
      else {
        const drift = healthDrift(tg, targetGroupHealth(c, kind));
        if (drift.length)
          out.changes.push({ action: 'change', resource: `target group ${n.tg}`, details: drift });
        else out.unchanged.push(`target group ${n.tg}`);
      }
      const lb = found.loadBalancers.find((x) => x.tags[TAG.role] === `acapy-${kind}-lb`);
      if (!lb) {
        add(`load balancer ${n.lb}`, [`application, ${c.acapy.loadBalancerScheme}`]);
        add(`listener ${n.lb}:${n.port}`, [`HTTP ${n.port} -> ${n.tg}`]);
        continue;
      }
      const what = `load balancer ${n.lb}`;
      // The DNS name is what later kinds need (the master's and the templates' .env).
      out.facts[kind] = { dns: required(lb.DNSName, 'DNSName', 'DescribeLoadBalancers', what) };
      out.unchanged.push(what);
      const listeners = await aws('DescribeListeners', what, () =>
        ctx.clients.elbv2.send(new DescribeListenersCommand({ LoadBalancerArn: lb.LoadBalancerArn })),
      );
      const l = listeners.Listeners?.find((x) => x.Port === n.port);
      if (!l) add(`listener ${n.lb}:${n.port}`, [`HTTP ${n.port} -> ${n.tg}`]);
      else if (tg && l.DefaultActions?.[0]?.TargetGroupArn !== tg.TargetGroupArn)
        out.changes.push({
          action: 'change',
          resource: `listener ${n.lb}:${n.port}`,
          details: [`forward to ${n.tg}`],
        });
      else out.unchanged.push(`listener ${n.lb}:${n.port}`);
    }
    return out;
  },

  async find(ctx, cluster) {
    const found = await findLoadBalancing(ctx.clients, selector(cluster));
    const what = `load balancing of ${cluster}`;
    return {
      loadBalancers: found.loadBalancers.map((l) => ({
        arn: required(l.LoadBalancerArn, 'LoadBalancerArn', 'DescribeLoadBalancers', what),
        name: l.LoadBalancerName ?? l.LoadBalancerArn ?? '?',
      })),
      targetGroups: found.targetGroups.map((t) => ({
        arn: required(t.TargetGroupArn, 'TargetGroupArn', 'DescribeTargetGroups', what),
        name: t.TargetGroupName ?? t.TargetGroupArn ?? '?',
      })),
    };
  },

  items: (found) => [
    ...found.loadBalancers.map((l) => ({
      kind: 'load balancer',
      id: l.arn,
      name: l.name,
      action: 'delete' as const,
    })),
    ...found.targetGroups.map((t) => ({
      kind: 'target group',
      id: t.arn,
      name: t.name,
      action: 'delete' as const,
    })),
  ],

  // Listeners, then load balancers, then target groups (held while a listener still uses them).
  async destroy(ctx, found, { timeoutMs }) {
    const { elbv2 } = ctx.clients;
    for (const l of found.loadBalancers) {
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
      found.targetGroups.map((t) =>
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
  },
};
