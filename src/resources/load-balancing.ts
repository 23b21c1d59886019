// The two ACA-Py load balancers (admin and transport), each with its target group and listener,
// as one kind: planned from one listing, ensured per kind in parallel, destroyed listeners first.
import {
  DeleteListenerCommand,
  DeleteLoadBalancerCommand,
  DeleteTargetGroupCommand,
  DescribeListenersCommand,
  type TargetGroup,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Address } from '../aws/address.js';
import { findLoadBalancing, selector, type TaggedLoadBalancing } from '../aws/discover.js';
import { aws } from '../aws/errors.js';
import { required } from '../aws/required.js';
import { write } from '../aws/writes.js';
import { describeListener, listenerSpec } from '../cluster/listeners.js';
import { resourceNames } from '../cluster/resources.js';
import { TAG } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import type { KindPlan, ResourceKind } from './kind.js';
import {
  listenerAddress,
  listenerDesired,
  listenerObserved,
  listenerSpecFields,
  listeners,
  readListeners,
} from './listener-provider.js';
import { lbDesired, lbObserved, lbSpec, loadBalancers } from './load-balancer-provider.js';
import { createdFields, diff, planned, refuseReplaces, type Spec } from './provider.js';
import { targetGroups, tgDesired, tgObserved, tgSpec } from './target-group-provider.js';
import { MOVING, REPLACE_LINE } from './target-group-replace.js';
import { NEW_VALUE } from './value-placeholders.js';
import { whileInUse } from './while-in-use.js';

export const LOAD_BALANCER_KINDS = ['admin', 'transport'] as const;

export type LoadBalancerKind = 'admin' | 'transport';

/** One kind's load balancer and target group out of a listing, found by their role tags. */
export function ofKind(found: TaggedLoadBalancing, kind: LoadBalancerKind) {
  return {
    lb: found.loadBalancers.find((x) => x.tags[TAG.role] === `acapy-${kind}-lb`),
    tg: found.targetGroups.find((x) => x.tags[TAG.role] === `acapy-${kind}-tg`),
  };
}

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

/** What one kind needs from the other steps' point of view: where it is, once it exists. */
export type LoadBalancingFacts = Partial<Record<LoadBalancerKind, { dns: string }>> & {
  /** The target groups that exist, for the ACA-Py group. */
  targetGroupArns?: Partial<Record<LoadBalancerKind, string>>;
};
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

export const loadBalancing: ResourceKind<{ lbSg?: string }, LoadBalancingFacts, FoundLoadBalancing> = {
  kind: 'load balancer',

  async plan(ctx, c, { lbSg }): Promise<KindPlan<LoadBalancingFacts>> {
    const out: KindPlan<LoadBalancingFacts> = { changes: [], unchanged: [], facts: {}, observed: [] };
    // An add shows every field its create sends: what the approval holds the create to.
    const add = (resource: string, address: Address, details: string[], spec: Spec) =>
      out.changes.push({ action: 'add', resource, details, address, fields: createdFields(spec) });
    const found = await findLoadBalancing(ctx.clients, selector(c.name));
    for (const kind of LOAD_BALANCER_KINDS) {
      const n = names(c, kind);
      const { lb, tg } = ofKind(found, kind);
      const ourListener = listenerAddress(n.lb, n.port);
      out.observed.push(
        {
          address: { kind: 'target-group', name: n.tg },
          fields: tg && { arn: tg.TargetGroupArn, ...tgObserved(tg) },
        },
        {
          address: { kind: 'load-balancer', name: n.lb },
          fields: lb && { arn: lb.LoadBalancerArn, DNSName: lb.DNSName, ...lbObserved(lb) },
        },
      );
      // Health settings and tags; a port edit replaces it; a VPC edit is refused here.
      const tgChanges = tg ? diff(targetGroups, tgDesired(c, kind), tg) : [];
      refuseReplaces(targetGroups, tgChanges);
      const replaced = tgChanges.some((ch) => ch.op === 'replace');
      // The one the group and the listener will use: the existing one, unless it is replaced.
      if (tg?.TargetGroupArn && !replaced)
        out.facts.targetGroupArns = { ...out.facts.targetGroupArns, [kind]: tg.TargetGroupArn };
      if (!tg)
        add(
          `target group ${n.tg}`,
          { kind: 'target-group', name: n.tg },
          [`HTTP ${n.targetPort}, health ${targetGroupHealth(c, kind).HealthCheckPath}`],
          tgSpec(tgDesired(c, kind)),
        );
      for (const ch of tgChanges) {
        const p = planned(targetGroups, ch, `target group ${n.tg}`);
        if (ch.op === 'replace') p.details.splice(1, 0, REPLACE_LINE);
        out.changes.push(p);
      }
      if (tg && tgChanges.length === 0) out.unchanged.push(`target group ${n.tg}`);
      if (!lb) {
        out.observed.push({ address: ourListener });
        add(
          `load balancer ${n.lb}`,
          { kind: 'load-balancer', name: n.lb },
          [`application, ${c.acapy.loadBalancerScheme}`],
          lbSpec(lbDesired(c, kind, lbSg ?? NEW_VALUE.lbSg)),
        );
        const forwardTo = tg?.TargetGroupArn && !replaced ? tg.TargetGroupArn : NEW_VALUE.targetGroup(n.tg);
        add(
          `listener ${n.lb}:${n.port}`,
          ourListener,
          [describeListener(listenerSpec(c, kind), n.tg)],
          listenerSpecFields(listenerDesired(c, kind, n.lb, forwardTo)),
        );
        continue;
      }
      const what = `load balancer ${n.lb}`;
      // The DNS name is what later kinds need (the master's and the templates' .env).
      out.facts[kind] = { dns: required(lb.DNSName, 'DNSName', 'DescribeLoadBalancers', what) };
      // Subnets, security groups and tags as the file wants them; a scheme change is refused here.
      const d = lbDesired(c, kind, lbSg ?? NEW_VALUE.lbSg);
      const lbChanges = diff(loadBalancers, d, lb);
      refuseReplaces(loadBalancers, lbChanges);
      for (const ch of lbChanges) out.changes.push(planned(loadBalancers, ch, what));
      if (lbChanges.length === 0) out.unchanged.push(what);
      const have = await readListeners(ctx, {
        arn: required(lb.LoadBalancerArn, 'LoadBalancerArn', 'DescribeLoadBalancers', what),
        name: n.lb,
      });
      const l = have.find((x) => x.Port === n.port);
      // A listener on another port is one the file no longer names (acapy.listeners moved): it goes.
      for (const other of have) {
        if (other.Port === n.port) continue;
        const address = listenerAddress(n.lb, other.Port ?? 0, other.ListenerArn);
        out.observed.push({ address, fields: { arn: other.ListenerArn } });
        out.changes.push({
          ...planned(listeners, { op: 'delete', address }, `listener ${n.lb}:${other.Port}`),
          details: [`acapy.listeners.${kind} is ${n.port}: delete the listener on ${other.Port}`],
        });
      }
      out.observed.push({
        address: ourListener,
        fields: l && { arn: l.ListenerArn, ...listenerObserved(l) },
      });
      // A target group to make (replaced, or gone: a replace stopped half way) is named by its placeholder.
      const forwardTo = replaced || !tg ? NEW_VALUE.targetGroup(n.tg) : tg.TargetGroupArn;
      const desired = listenerDesired(c, kind, n.lb, forwardTo);
      if (!l)
        add(
          `listener ${n.lb}:${n.port}`,
          desired.address,
          [describeListener(desired.spec, n.tg)],
          listenerSpecFields(desired),
        );
      const changes = l ? diff(listeners, desired, l) : [];
      for (const ch of changes) {
        const p = planned(listeners, ch, `listener ${n.lb}:${n.port}`);
        // A replaced target group: the listener answers 503 until the new one is there (shown, so approved).
        if (replaced && p.fields)
          out.changes.push({
            ...p,
            details: [`answers 503 while ${n.tg} is replaced`, ...p.details],
            fields: [
              { field: 'DefaultActions', before: l && listenerObserved(l).DefaultActions, after: [MOVING] },
              ...p.fields,
            ],
          });
        else out.changes.push(p);
      }
      if (l && changes.length === 0) out.unchanged.push(`listener ${n.lb}:${n.port}`);
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
        await write(
          elbv2,
          new DeleteListenerCommand({ ListenerArn: x.ListenerArn }),
          listenerAddress(l.name, x.Port ?? 0),
        );
      await write(elbv2, new DeleteLoadBalancerCommand({ LoadBalancerArn: l.arn }), {
        kind: 'load-balancer',
        name: l.name,
      });
    }
    await Promise.all(
      found.targetGroups.map((t) =>
        whileInUse(
          ctx,
          `target group ${t.name}`,
          () =>
            write(elbv2, new DeleteTargetGroupCommand({ TargetGroupArn: t.arn }), {
              kind: 'target-group',
              name: t.name,
            }),
          timeoutMs,
        ),
      ),
    );
  },
};
