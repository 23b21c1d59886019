// A cluster in use is not swept: every apply moves its expiry tag to now + time-to-live. Only
// when less than half the time-to-live is left, so a re-run soon after a build writes nothing
// (re-runs stay zero-mutation no-ops) while a cluster applied within the last ttl/2 never expires.
import { CreateOrUpdateTagsCommand } from '@aws-sdk/client-auto-scaling';
import { CreateTagsCommand } from '@aws-sdk/client-ec2';
import { AddTagsCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { AddTagsToResourceCommand } from '@aws-sdk/client-ssm';
import type { AwsContext } from '../aws/context.js';
import { selector } from '../aws/discover.js';
import { write } from '../aws/writes.js';
import { expiry, parseExpiry, TAG } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import { type TaggedKind, type TaggedResource, taggedResources } from './tagged-resources.js';

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

  const ec2 = of('security group', 'launch template', 'image', 'machine');
  if (ec2.length) {
    await write('CreateTags', `expiry of ${ec2.length} resources of ${c.name}`, () =>
      clients.ec2.send(new CreateTagsCommand({ Resources: ec2.map((r) => r.id), Tags: [tag] })),
    );
    renewed.push(...ec2.map((r) => `${r.kind} ${r.id}`));
  }

  const groups = of('auto scaling group');
  if (groups.length) {
    await write('CreateOrUpdateTags', `expiry of ${c.name}'s groups`, () =>
      clients.autoScaling.send(
        new CreateOrUpdateTagsCommand({
          Tags: groups.map((g) => ({
            ResourceId: g.id,
            ResourceType: 'auto-scaling-group',
            ...tag,
            PropagateAtLaunch: true,
          })),
        }),
      ),
    );
    renewed.push(...groups.map((g) => `auto scaling group ${g.id}`));
  }

  const arns = of('load balancer', 'target group').map((x) => x.id);
  for (let i = 0; i < arns.length; i += 20) {
    const chunk = arns.slice(i, i + 20);
    await write('AddTags', `expiry of ${chunk.length} load-balancing resources`, () =>
      clients.elbv2.send(new AddTagsCommand({ ResourceArns: chunk, Tags: [tag] })),
    );
    renewed.push(...chunk.map((a) => `load balancing ${a}`));
  }

  for (const { id: name } of of('parameter')) {
    await write('AddTagsToResource', `expiry of parameter ${name}`, () =>
      clients.ssm.send(
        new AddTagsToResourceCommand({ ResourceType: 'Parameter', ResourceId: name, Tags: [tag] }),
      ),
    );
    renewed.push(`parameter ${name}`);
  }
  if (renewed.length) ctx.log?.(`expiry of ${c.name} moved to ${expiresAt} on ${renewed.length} resources`);
  return { expiresAt, renewed };
}
