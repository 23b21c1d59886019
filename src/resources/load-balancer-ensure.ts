// Ensuring one of the two ACA-Py load balancers: its target group (health settings kept), the
// load balancer, and its listener, each created once even when AWS's answer is lost, then the
// load balancer awaited until active (one describe when it already is).
import {
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  DescribeLoadBalancersCommand,
  DescribeTagsCommand,
  DescribeTargetGroupsCommand,
  type LoadBalancer,
  ModifyTargetGroupCommand,
  type TargetGroup,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Address } from '../aws/address.js';
import { untilVisible } from '../aws/consistency.js';
import type { AwsContext, EnsureAction } from '../aws/context.js';
import { findLoadBalancing, selector, type TaggedLoadBalancing } from '../aws/discover.js';
import { AwsOperationError, aws } from '../aws/errors.js';
import { LATENCY } from '../aws/latency.js';
import { required } from '../aws/required.js';
import { waitFor } from '../aws/wait.js';
import { answerOf, write } from '../aws/writes.js';
import { listenerSpec } from '../cluster/listeners.js';
import { resourceNames } from '../cluster/resources.js';
import { expiry, TAG } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import { ensureListener } from './listener-ensure.js';
import { listenerAddress } from './listener-provider.js';
import { type LbObserved, lbCreateRequest, lbDesired, loadBalancers } from './load-balancer-provider.js';
import { healthDrift, type LoadBalancerKind, ofKind, targetGroupHealth } from './load-balancing.js';
import { diff, refuseReplaces } from './provider.js';
import { type TgObserved, targetGroups, tgCreateRequest, tgDesired } from './target-group-provider.js';
import { clearTargetGroup } from './target-group-replace.js';

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
  address: Address,
  arn: string | undefined,
): Promise<void> {
  const tags = arn
    ? await aws('DescribeTags', address, () =>
        ctx.clients.elbv2.send(new DescribeTagsCommand({ ResourceArns: [arn] })),
      )
    : undefined;
  const owner = tags?.TagDescriptions?.[0]?.Tags?.find((t) => t.Key === TAG.cluster)?.Value;
  if (owner !== c.name)
    throw new AwsOperationError(
      operation,
      address,
      'Duplicate',
      'one of that name exists and is not managed by akrida-ops for this cluster',
      'rename or delete it; the toolkit never adopts untagged resources',
    );
}

/** Both kinds (or one), ensured in parallel from one listing of what exists. */
export async function ensureLoadBalancers(
  ctx: AwsContext,
  c: Cluster,
  kinds: LoadBalancerKind[],
  lbSg: string,
): Promise<LoadBalancerState[]> {
  const found = await findLoadBalancing(ctx.clients, selector(c.name));
  return Promise.all(kinds.map((k) => ensureLoadBalancer(ctx, c, k, lbSg, found)));
}

export async function ensureLoadBalancer(
  ctx: AwsContext,
  c: Cluster,
  kind: LoadBalancerKind,
  lbSg: string,
  /** What a listing made just before found; listed here when not given. */
  listed?: TaggedLoadBalancing,
): Promise<LoadBalancerState> {
  const { elbv2 } = ctx.clients;
  const names = resourceNames(c);
  const now = new Date(ctx.clock.now());
  const lbName = kind === 'admin' ? names.adminLb : names.transportLb;
  const tgName = kind === 'admin' ? names.adminTg : names.transportTg;
  const tgAddress: Address = { kind: 'target-group', name: tgName };
  const lbAddress: Address = { kind: 'load-balancer', name: lbName };
  const health = targetGroupHealth(c, kind);
  let action: EnsureAction = 'unchanged';

  const found = listed ?? (await findLoadBalancing(ctx.clients, selector(c.name)));
  const mine = ofKind(found, kind);
  let tg: TargetGroup | undefined = mine.tg;
  if (tg) {
    // Health settings and tags to what the file says; a port edit replaces it, as planned (a VPC
    // edit is refused).
    const changes = diff(targetGroups, { ...tgDesired(c, kind), arn: tg.TargetGroupArn }, tg as TgObserved);
    refuseReplaces(targetGroups, changes);
    if (changes.some((ch) => ch.op === 'replace')) {
      const arn = required(tg.TargetGroupArn, 'TargetGroupArn', 'DescribeTargetGroups', tgAddress);
      const lb = mine.lb?.LoadBalancerArn ? { arn: mine.lb.LoadBalancerArn, name: lbName } : undefined;
      await clearTargetGroup(ctx, c, { arn, name: tgName }, lb);
      tg = undefined;
    } else {
      for (const change of changes) await targetGroups.apply(ctx, change);
      if (changes.length) action = 'updated';
    }
  }
  if (!tg) {
    const r = await write(
      elbv2,
      new CreateTargetGroupCommand(
        tgCreateRequest(tgDesired(c, kind), { [TAG.expiresAt]: expiry(c, now).toISOString() }),
      ),
      tgAddress,
      {
        adopt: async () => {
          const d = await aws('DescribeTargetGroups', `target group ${tgName}`, () =>
            elbv2.send(new DescribeTargetGroupsCommand({ Names: [tgName] })),
          );
          const found = d.TargetGroups?.[0];
          await assertOurs(ctx, c, 'CreateTargetGroup', tgAddress, found?.TargetGroupArn);
          return { TargetGroups: found ? [found] : [], $metadata: {} };
        },
      },
    );
    tg = answerOf(r)?.TargetGroups?.[0];
    action = 'created';
    if (tg && 'adopted' in r && healthDrift(tg, health).length > 0)
      await write(
        elbv2,
        new ModifyTargetGroupCommand({ TargetGroupArn: tg?.TargetGroupArn, ...health }),
        tgAddress,
      );
  }
  const tgArn = required(tg?.TargetGroupArn, 'TargetGroupArn', 'CreateTargetGroup', tgAddress);

  let lb: LoadBalancer | undefined = mine.lb;
  if (!lb) {
    const r = await write(
      elbv2,
      new CreateLoadBalancerCommand(
        lbCreateRequest(lbDesired(c, kind, lbSg), { [TAG.expiresAt]: expiry(c, now).toISOString() }),
      ),
      lbAddress,
      {
        adopt: async () => {
          const d = await aws('DescribeLoadBalancers', `load balancer ${lbName}`, () =>
            elbv2.send(new DescribeLoadBalancersCommand({ Names: [lbName] })),
          );
          const found: LoadBalancer | undefined = d.LoadBalancers?.[0];
          await assertOurs(ctx, c, 'CreateLoadBalancer', lbAddress, found?.LoadBalancerArn);
          return { LoadBalancers: found ? [found] : [], $metadata: {} };
        },
      },
    );
    lb = answerOf(r)?.LoadBalancers?.[0];
    action = 'created';
  } else {
    // Subnets, security groups and tags to what the file says: the changes the plan listed.
    const changes = diff(
      loadBalancers,
      { ...lbDesired(c, kind, lbSg), arn: lb.LoadBalancerArn },
      mine.lb as LbObserved,
    );
    for (const change of changes) await loadBalancers.apply(ctx, change);
    if (changes.length && action === 'unchanged') action = 'updated';
  }
  const lbArn = required(lb?.LoadBalancerArn, 'LoadBalancerArn', 'CreateLoadBalancer', lbAddress);
  const ensured = await ensureListener(ctx, c, { kind, lbArn, lbName, tgArn });
  if (ensured.changed && action === 'unchanged') action = 'updated';
  const listener = ensured.listener;
  const ours = listenerAddress(lbName, listenerSpec(c, kind).port);

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
  const listenerArn = required(listener?.ListenerArn, 'ListenerArn', 'CreateListener', ours);
  return { kind, lbArn, dns, tgArn, listenerArn, action };
}
