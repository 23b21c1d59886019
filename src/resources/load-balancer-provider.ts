// An ACA-Py load balancer as a provider: the fields its CreateLoadBalancer request sends (scheme,
// subnets, security groups, tags) are the fields the plan compares and an update sets, through
// SetSubnets, SetSecurityGroups and AddTags/RemoveTags. The scheme cannot change in place: the plan
// refuses that edit with what to do, and so does the apply.
import {
  type LoadBalancer,
  SetSecurityGroupsCommand,
  SetSubnetsCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Address } from '../aws/address.js';
import type { AwsContext } from '../aws/context.js';
import { findLoadBalancing } from '../aws/discover.js';
import { AwsOperationError } from '../aws/errors.js';
import { write } from '../aws/writes.js';
import { resourceNames } from '../cluster/resources.js';
import { MANAGED_BY, resourceTags, TAG, type Tags, toAwsTags } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import { comparedTags, requestTags, writeElbTags } from './elb-tags.js';
import type { LoadBalancerKind } from './load-balancing.js';
import {
  type Change,
  describeTags,
  type FieldChange,
  type Provider,
  refuseReplaces,
  type Spec,
} from './provider.js';

export interface LbDesired {
  address: Address;
  arn?: string;
  scheme: 'internal' | 'internet-facing';
  subnets: readonly string[];
  securityGroups: readonly string[];
  tags: Tags;
}

export type LbObserved = LoadBalancer & { tags: Tags };

export function lbDesired(c: Cluster, kind: LoadBalancerKind, lbSg: string): LbDesired {
  const n = resourceNames(c);
  return {
    address: { kind: 'load-balancer', name: kind === 'admin' ? n.adminLb : n.transportLb },
    scheme: c.acapy.loadBalancerScheme,
    subnets: c.network.subnetIds,
    securityGroups: [lbSg],
    tags: resourceTags(c, `acapy-${kind}-lb`),
  };
}

/** The CreateLoadBalancer request: the one place its fields are set (the expiry tag beside them). */
export function lbCreateRequest(d: LbDesired, expiryTags: Tags = {}) {
  return {
    Name: d.address.name,
    Type: 'application' as const,
    Scheme: d.scheme,
    Subnets: [...d.subnets],
    SecurityGroups: [...d.securityGroups],
    Tags: toAwsTags({ ...d.tags, ...expiryTags }),
  };
}

/** The CreateLoadBalancer fields (beside its name and type), as compared. */
export function lbSpec(d: LbDesired): Spec {
  return {
    Scheme: d.scheme,
    Subnets: [...d.subnets].sort(),
    SecurityGroups: [...d.securityGroups].sort(),
    Tags: comparedTags(d.tags),
  };
}

export function lbObserved(lb: LbObserved): Spec {
  return {
    Scheme: lb.Scheme,
    Subnets: (lb.AvailabilityZones ?? []).flatMap((z) => (z.SubnetId ? [z.SubnetId] : [])).sort(),
    SecurityGroups: [...(lb.SecurityGroups ?? [])].sort(),
    Tags: comparedTags(lb.tags),
  };
}

/** A scheme change: AWS keeps a load balancer's scheme for its life, so the edit is refused. */
function schemeRefusal(d: LbDesired, f: FieldChange): AwsOperationError {
  return new AwsOperationError(
    'CreateLoadBalancer',
    d.address,
    'SchemeCannotChange',
    `acapy.loadBalancerScheme is ${d.scheme}; the load balancer is ${String(f.before)}, and AWS cannot change a load balancer's scheme`,
    'put acapy.loadBalancerScheme back, or destroy the cluster (cluster-down, mode destroy) and build it again',
  );
}

export const loadBalancers: Provider<LbDesired, LbObserved> = {
  kind: 'load-balancer',
  // Ours by the managed-by tag; the name is unique per account and region.
  read: async (ctx, address) =>
    (await findLoadBalancing(ctx.clients, { [TAG.managedBy]: MANAGED_BY })).loadBalancers.find(
      (lb) => lb.LoadBalancerName === address.name,
    ),
  spec: lbSpec,
  observed: lbObserved,
  immutable: ['Scheme'],
  refuse: schemeRefusal,
  describe: (f: FieldChange) =>
    f.field === 'Tags'
      ? describeTags(f)
      : [
          `${f.field.toLowerCase().replace('securitygroups', 'security groups')}: ${String(f.before)} -> ${String(f.after)}`,
        ],
  apply: (ctx, change) => applyLbChange(ctx, change),
  // Its type is always application (lbCreateRequest).
  creates: {
    operation: 'CreateLoadBalancer',
    name: (r) => r.Name,
    fields: ({ Name: _name, Type, Tags, ...sent }) => ({
      ...sent,
      ...(Type === 'application' ? {} : { Type }),
      ...lbObserved({
        Scheme: sent.Scheme as LbObserved['Scheme'],
        AvailabilityZones: ((sent.Subnets ?? []) as string[]).map((SubnetId) => ({ SubnetId })),
        SecurityGroups: sent.SecurityGroups as string[],
        tags: requestTags(Tags),
      }),
    }),
  },
};

/** One update of a load balancer that exists: only the fields the change lists. */
async function applyLbChange(ctx: AwsContext, change: Change<LbDesired>): Promise<void> {
  if (change.op === 'create' || change.op === 'delete')
    throw new Error(
      `load balancers are made and removed by ensure-load-balancer and teardown, not ${change.op}`,
    );
  const d = change.desired;
  const arn = d.arn;
  if (!arn) throw new Error(`${change.address.name}: an update needs the load balancer's ARN`);
  refuseReplaces(loadBalancers, [change]);
  const { elbv2 } = ctx.clients;
  for (const f of change.fields) {
    if (f.field === 'Subnets')
      await write(elbv2, new SetSubnetsCommand({ LoadBalancerArn: arn, Subnets: [...d.subnets] }), d.address);
    if (f.field === 'SecurityGroups')
      await write(
        elbv2,
        new SetSecurityGroupsCommand({ LoadBalancerArn: arn, SecurityGroups: [...d.securityGroups] }),
        d.address,
      );
    if (f.field === 'Tags') await writeElbTags(ctx, arn, d.address, f);
  }
}
