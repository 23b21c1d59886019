// One ACA-Py listener to what the file says: created with its protocol (HTTPS with the ACM
// certificate and a TLS 1.3/1.2 policy for a TLS admin listener), modified in place when its
// protocol, certificate, policy or target group drifted, and listeners on other ports removed
// once it is in place.
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
import { elbTags } from '../aws/discover.js';
import { aws } from '../aws/errors.js';
import { answerOf, write } from '../aws/writes.js';
import { type ListenerKind, type ListenerSpec, listenerSpec } from '../cluster/listeners.js';
import { resourceTags, type Tags, toAwsTags } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import { writeElbTagDiff } from './elb-tags.js';
import { comparedTags, type TagDiff, tagDiff } from './extra-tags.js';

/** The request fields that make a listener of this spec (ELBv2 refuses certificates on HTTP). */
export function listenerProtocolFields(s: ListenerSpec) {
  return s.protocol === 'HTTPS'
    ? { Protocol: s.protocol, Certificates: [{ CertificateArn: s.certificateArn }], SslPolicy: s.sslPolicy }
    : { Protocol: s.protocol };
}

/** What differs between a listener and the spec: the plan's details and the reason to modify. */
export function listenerDrift(
  l: Listener,
  s: ListenerSpec,
  tg: { arn: string; name: string } | undefined,
): string[] {
  const out: string[] = [];
  if (l.Protocol !== s.protocol) out.push(`protocol ${l.Protocol} -> ${s.protocol}`);
  const cert = l.Certificates?.[0]?.CertificateArn;
  if (s.protocol === 'HTTPS' && cert !== s.certificateArn)
    out.push(`certificate ${cert ?? 'none'} -> ${s.certificateArn}`);
  if (s.protocol === 'HTTPS' && l.SslPolicy !== s.sslPolicy)
    out.push(`security policy ${l.SslPolicy ?? 'none'} -> ${s.sslPolicy}`);
  if (tg && l.DefaultActions?.[0]?.TargetGroupArn !== tg.arn) out.push(`forward to ${tg.name}`);
  return out;
}

/** The tags a listener has against the file's (the toolkit's akrida:* bookkeeping aside). */
export async function listenerTagDiff(
  ctx: AwsContext,
  c: Cluster,
  kind: ListenerKind,
  arn: string,
): Promise<TagDiff & { have: Tags }> {
  const have = (await elbTags(ctx.clients, [arn])).get(arn) ?? {};
  return { ...tagDiff(have, resourceTags(c, `acapy-${kind}-listener`)), have: comparedTags(have) };
}

export interface ListenerTarget {
  kind: ListenerKind;
  lbArn: string;
  lbName: string;
  tgArn: string;
}

/** The listener of this kind in place; whether anything was written. */
export async function ensureListener(
  ctx: AwsContext,
  c: Cluster,
  t: ListenerTarget,
): Promise<{ listener: Listener | undefined; changed: boolean }> {
  const { elbv2 } = ctx.clients;
  const spec = listenerSpec(c, t.kind);
  const address: Address = { kind: 'listener', name: String(spec.port), in: t.lbName };
  const describe = () =>
    aws('DescribeListeners', `load balancer ${t.lbName}`, () =>
      elbv2.send(new DescribeListenersCommand({ LoadBalancerArn: t.lbArn })),
    );
  const listeners = await untilVisible(`load balancer ${t.lbName}`, ctx.clock, describe);
  let listener = listeners.Listeners?.find((l) => l.Port === spec.port);
  const forward = [{ Type: 'forward' as const, TargetGroupArn: t.tgArn }];
  let changed = false;
  let created = false;
  if (!listener) {
    const r = await untilVisible(`target group of ${t.lbName}`, ctx.clock, () =>
      write(
        elbv2,
        new CreateListenerCommand({
          LoadBalancerArn: t.lbArn,
          Port: spec.port,
          ...listenerProtocolFields(spec),
          DefaultActions: forward,
          Tags: toAwsTags(resourceTags(c, `acapy-${t.kind}-listener`, new Date(ctx.clock.now()))),
        }),
        address,
        // The port is taken: ours when it forwards to our target group (an earlier attempt made it).
        {
          adopt: async (err) => {
            const l = (await describe()).Listeners?.find((x) => x.Port === spec.port);
            if (l?.DefaultActions?.[0]?.TargetGroupArn !== t.tgArn) throw err;
            return { Listeners: [l], $metadata: {} };
          },
        },
      ),
    );
    listener = answerOf(r)?.Listeners?.[0];
    changed = true;
    created = true;
  } else if (listenerDrift(listener, spec, { arn: t.tgArn, name: 'ours' }).length > 0) {
    const r = await write(
      elbv2,
      new ModifyListenerCommand({
        ListenerArn: listener.ListenerArn,
        ...listenerProtocolFields(spec),
        DefaultActions: forward,
      }),
      address,
    );
    listener = answerOf(r)?.Listeners?.[0] ?? listener;
    changed = true;
  }
  // The file's tags on a listener that was there (a new one was made with them).
  if (listener?.ListenerArn && !created) {
    const diff = await listenerTagDiff(ctx, c, t.kind, listener.ListenerArn);
    if (diff.lines.length) {
      await writeElbTagDiff(ctx, listener.ListenerArn, address, diff);
      changed = true;
    }
  }
  // Listeners on other ports are ones the file no longer names: removed once ours is in place.
  for (const other of listeners.Listeners ?? []) {
    if (other.Port === spec.port || !other.ListenerArn) continue;
    await write(elbv2, new DeleteListenerCommand({ ListenerArn: other.ListenerArn }), {
      kind: 'listener',
      name: String(other.Port),
      in: t.lbName,
    });
    changed = true;
  }
  return { listener, changed };
}
