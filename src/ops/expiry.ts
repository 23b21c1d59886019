// A cluster in use is not swept: every apply moves its expiry tag to now + time-to-live. Only
// when less than half the time-to-live is left, so a re-run soon after a build writes nothing
// (re-runs stay zero-mutation no-ops) while a cluster applied within the last ttl/2 never expires.
import { CreateOrUpdateTagsCommand } from '@aws-sdk/client-auto-scaling';
import { CreateTagsCommand } from '@aws-sdk/client-ec2';
import { AddTagsCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { AddTagsToResourceCommand } from '@aws-sdk/client-ssm';
import type { Address, AddressKind } from '../aws/address.js';
import type { AwsContext } from '../aws/context.js';
import { selector } from '../aws/discover.js';
import { write } from '../aws/writes.js';
import { expiry, parseExpiry, TAG } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import { type TaggedKind, type TaggedResource, taggedResources } from './tagged-resources.js';

const KIND: Record<TaggedKind, AddressKind> = {
  'security group': 'security-group',
  'launch template': 'launch-template',
  image: 'image',
  machine: 'machine',
  'auto scaling group': 'auto-scaling-group',
  'load balancer': 'load-balancer',
  'target group': 'target-group',
  parameter: 'parameter',
};

export interface ExpiryRenewal {
  /** The new expiry, when anything was due. */
  expiresAt: string;
  /** Resources whose tag moved (kind and id). */
  renewed: string[];
}

/** Move the expiry tag of every resource of the cluster that is due (under half the TTL left, or unreadable). */
export async function renewExpiry(ctx: AwsContext, c: Cluster): Promise<ExpiryRenewal> {
  const now = ctx.clock.now();
  const expiresAt = expiry(c, new Date(now)).toISOString();
  const half = (c.teardown.ttlHours * 3_600_000) / 2;
  const due = (t: TaggedResource) => {
    const at = t.tags[TAG.expiresAt];
    const ms = at === undefined ? undefined : parseExpiry(at);
    return ms === undefined || ms - now < half;
  };
  const { clients } = ctx;
  const all = (await taggedResources(ctx, selector(c.name))).filter(due);
  const of = (...kinds: TaggedKind[]) => all.filter((r) => kinds.includes(r.kind));
  const renewed: string[] = [];
  const tag = { Key: TAG.expiresAt, Value: expiresAt };
  /** The expiry tag of a resource of the cluster (a parameter's name says its cluster). */
  const expiryOf = (r: TaggedResource): Address => ({
    kind: KIND[r.kind],
    name: r.id,
    ...(r.kind === 'parameter' ? {} : { cluster: c.name }),
    field: 'expiry',
  });

  const ec2 = of('security group', 'launch template', 'image', 'machine');
  if (ec2.length) {
    await write(
      clients.ec2,
      new CreateTagsCommand({ Resources: ec2.map((r) => r.id), Tags: [tag] }),
      ec2.map(expiryOf),
    );
    renewed.push(...ec2.map((r) => `${r.kind} ${r.id}`));
  }

  const groups = of('auto scaling group');
  if (groups.length) {
    await write(
      clients.autoScaling,
      new CreateOrUpdateTagsCommand({
        Tags: groups.map((g) => ({
          ResourceId: g.id,
          ResourceType: 'auto-scaling-group',
          ...tag,
          PropagateAtLaunch: true,
        })),
      }),
      groups.map(expiryOf),
    );
    renewed.push(...groups.map((g) => `auto scaling group ${g.id}`));
  }

  const balancing = of('load balancer', 'target group');
  for (let i = 0; i < balancing.length; i += 20) {
    const chunk = balancing.slice(i, i + 20);
    await write(
      clients.elbv2,
      new AddTagsCommand({ ResourceArns: chunk.map((x) => x.id), Tags: [tag] }),
      chunk.map(expiryOf),
    );
    renewed.push(...chunk.map((x) => `load balancing ${x.id}`));
  }

  for (const p of of('parameter')) {
    await write(
      clients.ssm,
      new AddTagsToResourceCommand({ ResourceType: 'Parameter', ResourceId: p.id, Tags: [tag] }),
      expiryOf(p),
    );
    renewed.push(`parameter ${p.id}`);
  }
  if (renewed.length) ctx.log?.(`expiry of ${c.name} moved to ${expiresAt} on ${renewed.length} resources`);
  return { expiresAt, renewed };
}
