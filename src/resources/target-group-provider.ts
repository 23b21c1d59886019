// An ACA-Py target group as a provider: every field its CreateTargetGroup request sends is compared.
// Health settings change in place (ModifyTargetGroup), tags through AddTags/RemoveTags. Protocol,
// port, VPC and target type cannot change on a target group: a port edit replaces it
// (target-group-replace.ts), a VPC edit is refused by the plan (and the apply) with what to do
// (everything of the cluster would move), and the other two are the toolkit's own.
import { ModifyTargetGroupCommand, type TargetGroup } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Address } from '../aws/address.js';
import type { AwsContext } from '../aws/context.js';
import { findLoadBalancing } from '../aws/discover.js';
import { AwsOperationError } from '../aws/errors.js';
import { write } from '../aws/writes.js';
import { resourceNames } from '../cluster/resources.js';
import { MANAGED_BY, resourceTags, TAG, type Tags, toAwsTags } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import { comparedTags, requestTags, writeElbTags } from './elb-tags.js';
import { type LoadBalancerKind, targetGroupHealth } from './load-balancing.js';
import {
  type Change,
  describeTags,
  type FieldChange,
  type Provider,
  refuseReplaces,
  type Spec,
} from './provider.js';

export interface TgDesired {
  address: Address;
  arn?: string;
  port: number;
  vpcId: string;
  health: ReturnType<typeof targetGroupHealth>;
  tags: Tags;
}

export type TgObserved = TargetGroup & { tags: Tags };

const IMMUTABLE = ['Protocol', 'Port', 'VpcId', 'TargetType'] as const;
/** Where the file sets each field that cannot change in place, for the refusal. */
const SET_BY: Record<string, string> = {
  Port: 'acapy.ports',
  VpcId: 'network.vpcId',
  Protocol: 'the toolkit (HTTP)',
  TargetType: 'the toolkit (instance)',
};

export function tgDesired(c: Cluster, kind: LoadBalancerKind): TgDesired {
  const n = resourceNames(c);
  return {
    address: { kind: 'target-group', name: kind === 'admin' ? n.adminTg : n.transportTg },
    port: kind === 'admin' ? c.acapy.ports.admin : c.acapy.ports.transport,
    vpcId: c.network.vpcId,
    health: targetGroupHealth(c, kind),
    tags: resourceTags(c, `acapy-${kind}-tg`),
  };
}

/** The CreateTargetGroup request: the one place its fields are set (the expiry tag beside them). */
export function tgCreateRequest(d: TgDesired, expiryTags: Tags = {}) {
  return {
    Name: d.address.name,
    Protocol: 'HTTP' as const,
    Port: d.port,
    VpcId: d.vpcId,
    TargetType: 'instance' as const,
    ...d.health,
    Tags: toAwsTags({ ...d.tags, ...expiryTags }),
  };
}

export function tgSpec(d: TgDesired): Spec {
  const { Name: _name, Tags: _tags, ...fields } = tgCreateRequest(d);
  return { ...fields, Tags: comparedTags(d.tags) };
}

export function tgObserved(tg: TgObserved): Spec {
  return {
    Protocol: tg.Protocol,
    Port: tg.Port,
    VpcId: tg.VpcId,
    TargetType: tg.TargetType,
    HealthCheckProtocol: tg.HealthCheckProtocol,
    HealthCheckPath: tg.HealthCheckPath,
    HealthCheckIntervalSeconds: tg.HealthCheckIntervalSeconds,
    HealthCheckTimeoutSeconds: tg.HealthCheckTimeoutSeconds,
    HealthyThresholdCount: tg.HealthyThresholdCount,
    UnhealthyThresholdCount: tg.UnhealthyThresholdCount,
    Matcher: { HttpCode: tg.Matcher?.HttpCode },
    Tags: comparedTags(tg.tags),
  };
}

/** A field a target group keeps for its life, changed in the file: refused with what to do. */
function tgRefusal(d: TgDesired, f: FieldChange): AwsOperationError {
  return new AwsOperationError(
    'CreateTargetGroup',
    d.address,
    'TargetGroupFieldCannotChange',
    `${f.field} is ${String(f.after)} in the file (${SET_BY[f.field] ?? f.field}); the target group has ${String(f.before)}, and AWS cannot change a target group's ${f.field}`,
    `put ${SET_BY[f.field] ?? f.field} back, or destroy the cluster (cluster-down, mode destroy) and build it again`,
  );
}

export const targetGroups: Provider<TgDesired, TgObserved> = {
  kind: 'target-group',
  read: async (ctx, address) =>
    (await findLoadBalancing(ctx.clients, { [TAG.managedBy]: MANAGED_BY })).targetGroups.find(
      (tg) => tg.TargetGroupName === address.name,
    ),
  spec: tgSpec,
  observed: tgObserved,
  immutable: IMMUTABLE,
  replaceable: ['Port'],
  refuse: tgRefusal,
  describe: (f) =>
    f.field === 'Tags'
      ? describeTags(f)
      : [`${LABELS[f.field] ?? f.field}: ${show(f.before)} -> ${show(f.after)}`],
  apply: (ctx, change) => applyTgChange(ctx, change),
  creates: {
    operation: 'CreateTargetGroup',
    name: (r) => r.Name,
    fields: ({ Name: _name, Tags, ...sent }) => ({ ...sent, Tags: requestTags(Tags) }),
  },
};

const LABELS: Record<string, string> = {
  HealthCheckPath: 'health path',
  HealthCheckIntervalSeconds: 'interval',
  HealthCheckTimeoutSeconds: 'timeout',
  HealthyThresholdCount: 'healthy threshold',
  UnhealthyThresholdCount: 'unhealthy threshold',
  Matcher: 'success codes',
};
/** A success-code matcher reads as its codes, as the file writes them. */
const show = (v: unknown) =>
  v && typeof v === 'object' ? String((v as { HttpCode?: string }).HttpCode ?? JSON.stringify(v)) : String(v);

async function applyTgChange(ctx: AwsContext, change: Change<TgDesired>): Promise<void> {
  if (change.op === 'create' || change.op === 'delete')
    throw new Error(
      `target groups are made and removed by ensure-load-balancer and teardown, not ${change.op}`,
    );
  const d = change.desired;
  refuseReplaces(targetGroups, [change]);
  if (change.op === 'replace')
    throw new Error(
      `${d.address.name}: a replace is carried out by ensure-load-balancer (target-group-replace.ts)`,
    );
  if (!d.arn) throw new Error(`${d.address.name}: an update needs the target group's ARN`);
  const { elbv2 } = ctx.clients;
  // Only the health settings that changed.
  const health = change.fields.filter((f) => f.field !== 'Tags').map((f) => [f.field, f.after]);
  if (health.length)
    await write(
      elbv2,
      new ModifyTargetGroupCommand({ TargetGroupArn: d.arn, ...Object.fromEntries(health) }),
      d.address,
    );
  const tags = change.fields.find((f) => f.field === 'Tags');
  if (tags) await writeElbTags(ctx, d.arn, d.address, tags);
}
