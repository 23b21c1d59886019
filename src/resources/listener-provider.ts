// An ACA-Py listener as a provider: every field its CreateListener request sends is compared
// (protocol, the certificate and TLS policy of an HTTPS listener, the forward to the target group,
// tags). A drift is modified in place (ModifyListener with the changed fields only), tags through
// AddTags/RemoveTags; its port is its address, so a port edit is a new listener and the delete of
// the one on the old port.
import {
  CreateListenerCommand,
  DeleteListenerCommand,
  DescribeListenersCommand,
  type Listener,
  ModifyListenerCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Address } from '../aws/address.js';
import { untilVisible } from '../aws/consistency.js';
import type { AwsContext } from '../aws/context.js';
import { elbTags, findLoadBalancing } from '../aws/discover.js';
import { aws } from '../aws/errors.js';
import { answerOf, write } from '../aws/writes.js';
import { type ListenerKind, type ListenerSpec, listenerSpec } from '../cluster/listeners.js';
import { MANAGED_BY, resourceTags, TAG, type Tags, toAwsTags } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import { comparedTags, requestTags, writeElbTags } from './elb-tags.js';
import { comparedTagsFor } from './extra-tags.js';
import { type Change, describeTags, type FieldChange, type Provider, type Spec } from './provider.js';
import { placeholderTargetGroup } from './value-placeholders.js';

export interface ListenerDesired {
  address: Address;
  spec: ListenerSpec;
  /** The target group it forwards to; undefined while that is not known (not compared then). */
  forwardTo?: string;
  tags: Tags;
  /** For a create: the load balancer it belongs to. */
  lbArn?: string;
  /** For a create: the expiry tag it is made with. */
  expiryTags?: Tags;
  /** For an update: the listener's ARN. */
  arn?: string;
}

export type ListenerObserved = Listener & { tags: Tags };

export const listenerAddress = (lbName: string, port: number, arn?: string): Address => ({
  kind: 'listener',
  name: String(port),
  in: lbName,
  ...(arn ? { id: arn } : {}),
});

export function listenerDesired(c: Cluster, kind: ListenerKind, lbName: string, forwardTo?: string) {
  const spec = listenerSpec(c, kind);
  return {
    address: listenerAddress(lbName, spec.port),
    spec,
    ...(forwardTo ? { forwardTo } : {}),
    tags: resourceTags(c, `acapy-${kind}-listener`),
  } satisfies ListenerDesired;
}

/** The CreateListener request: the one place its fields are set (ELBv2 refuses certificates on HTTP). */
export function listenerCreateRequest(d: ListenerDesired, expiryTags: Tags = {}) {
  const s = d.spec;
  return {
    LoadBalancerArn: d.lbArn,
    Port: s.port,
    Protocol: s.protocol,
    ...(s.protocol === 'HTTPS'
      ? { Certificates: [{ CertificateArn: s.certificateArn }], SslPolicy: s.sslPolicy }
      : {}),
    DefaultActions: d.forwardTo ? [{ Type: 'forward' as const, TargetGroupArn: d.forwardTo }] : undefined,
    Tags: toAwsTags({ ...d.tags, ...expiryTags }),
  };
}

export function listenerSpecFields(d: ListenerDesired): Spec {
  const { LoadBalancerArn: _lb, Port: _port, Tags: _tags, ...fields } = listenerCreateRequest(d);
  return { ...fields, Tags: comparedTags(d.tags) };
}

export function listenerObserved(l: ListenerObserved, d?: ListenerDesired): Spec {
  return {
    Protocol: l.Protocol,
    Certificates: l.Certificates?.map((x) => ({ CertificateArn: x.CertificateArn })),
    SslPolicy: l.SslPolicy,
    DefaultActions: l.DefaultActions?.map((a) => ({ Type: a.Type, TargetGroupArn: a.TargetGroupArn })),
    Tags: d ? comparedTagsFor(l.tags, d.tags) : comparedTags(l.tags),
  };
}

/** A target group's name in its ARN (or in the plan's placeholder for one to make), for the plan. */
function targetGroupName(v: unknown): string {
  const arn = String((v as { TargetGroupArn?: string }[] | undefined)?.[0]?.TargetGroupArn ?? 'nothing');
  return placeholderTargetGroup(arn) ?? /:targetgroup\/([^/]+)\//.exec(arn)?.[1] ?? arn;
}

function describeField(f: FieldChange): string[] {
  switch (f.field) {
    case 'Tags':
      return describeTags(f);
    case 'Protocol':
      return [
        `protocol ${String(f.before)} -> ${String(f.after)}${f.before === 'HTTPS' && f.after === 'HTTP' ? ' (AWS drops its certificate and TLS policy)' : ''}`,
      ];
    case 'Certificates': {
      const arn = (v: unknown) =>
        (v as { CertificateArn?: string }[] | undefined)?.[0]?.CertificateArn ?? 'none';
      return [`certificate ${arn(f.before)} -> ${arn(f.after)}`];
    }
    case 'SslPolicy':
      return [`security policy ${String(f.before ?? 'none')} -> ${String(f.after)}`];
    case 'DefaultActions':
      return [`forward to ${targetGroupName(f.after)}`];
    default:
      return [`${f.field}: ${String(f.before)} -> ${String(f.after)}`];
  }
}

/** The listeners of a load balancer, each with its tags (one call for all of them). */
export async function readListeners(
  ctx: AwsContext,
  lb: { arn: string; name: string },
): Promise<ListenerObserved[]> {
  const what = `load balancer ${lb.name}`;
  const r = await untilVisible(what, ctx.clock, () =>
    aws('DescribeListeners', what, () =>
      ctx.clients.elbv2.send(new DescribeListenersCommand({ LoadBalancerArn: lb.arn })),
    ),
  );
  const listeners = r.Listeners ?? [];
  const arns = listeners.flatMap((l) => (l.ListenerArn ? [l.ListenerArn] : []));
  const tags = arns.length ? await elbTags(ctx.clients, arns) : new Map<string, Tags>();
  // A listener without an ARN has no tags to read.
  return listeners.map((l) => ({ ...l, tags: (l.ListenerArn && tags.get(l.ListenerArn)) || {} }));
}

export const listeners: Provider<ListenerDesired, ListenerObserved> = {
  kind: 'listener',
  async read(ctx, address) {
    const found = await findLoadBalancing(ctx.clients, { [TAG.managedBy]: MANAGED_BY });
    const lb = found.loadBalancers.find((x) => x.LoadBalancerName === address.in);
    if (!lb?.LoadBalancerArn || !lb.LoadBalancerName) return undefined;
    const have = await readListeners(ctx, { arn: lb.LoadBalancerArn, name: lb.LoadBalancerName });
    return have.find((l) => String(l.Port) === address.name);
  },
  spec: listenerSpecFields,
  observed: listenerObserved,
  describe: describeField,
  apply: (ctx, change) => applyListenerChange(ctx, change),
  creates: {
    operation: 'CreateListener',
    name: (r) => r.Port,
    // Its load balancer by name, from the ARN it is made on.
    container: (r) => /:loadbalancer\/app\/([^/]+)\//.exec(String(r.LoadBalancerArn))?.[1],
    fields: ({ LoadBalancerArn: _lb, Port: _port, Tags, ...sent }) => ({ ...sent, Tags: requestTags(Tags) }),
  },
};

async function applyListenerChange(ctx: AwsContext, change: Change<ListenerDesired>): Promise<void> {
  const { elbv2 } = ctx.clients;
  if (change.op === 'delete') {
    if (!change.address.id) throw new Error(`listener ${change.address.name}: a delete needs its ARN`);
    await write(elbv2, new DeleteListenerCommand({ ListenerArn: change.address.id }), change.address);
    return;
  }
  if (change.op === 'create') {
    await createListener(ctx, change.desired);
    return;
  }
  if (change.op === 'replace')
    throw new Error(`listener ${change.address.name}: nothing of a listener is replaced`);
  const d = change.desired;
  if (!d.arn) throw new Error(`listener ${d.address.name}: an update needs the listener's ARN`);
  // Only the fields that changed (a protocol change brings its certificate and policy with it).
  const fields = change.fields.filter((f) => f.field !== 'Tags').map((f) => [f.field, f.after]);
  if (fields.length)
    await write(
      elbv2,
      new ModifyListenerCommand({ ListenerArn: d.arn, ...Object.fromEntries(fields) }),
      d.address,
    );
  const tags = change.fields.find((f) => f.field === 'Tags');
  if (tags) await writeElbTags(ctx, d.arn, d.address, tags);
}

/** A new listener, made once: a port already taken by one forwarding to our target group is ours. */
export async function createListener(ctx: AwsContext, d: ListenerDesired): Promise<Listener | undefined> {
  const lbName = d.address.in;
  if (!d.lbArn || !lbName || !d.forwardTo)
    throw new Error(`listener ${d.address.name}: a create needs its load balancer and target group`);
  const lb = { arn: d.lbArn, name: lbName };
  const r = await untilVisible(`target group of ${lb.name}`, ctx.clock, () =>
    write(ctx.clients.elbv2, new CreateListenerCommand(listenerCreateRequest(d, d.expiryTags)), d.address, {
      adopt: async (err) => {
        const l = (await readListeners(ctx, lb)).find((x) => x.Port === d.spec.port);
        if (!l || l.DefaultActions?.[0]?.TargetGroupArn !== d.forwardTo) throw err;
        return { Listeners: [l], $metadata: {} };
      },
    }),
  );
  return answerOf(r)?.Listeners?.[0];
}
