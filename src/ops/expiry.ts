// A cluster in use is not swept: every apply moves its expiry tag to now + time-to-live. Only
// when less than half the time-to-live is left, so a re-run soon after a build writes nothing
// (re-runs stay zero-mutation no-ops) while a cluster applied within the last ttl/2 never expires.
import { CreateOrUpdateTagsCommand } from '@aws-sdk/client-auto-scaling';
import { CreateTagsCommand } from '@aws-sdk/client-ec2';
import { AddTagsCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { AddTagsToResourceCommand, ListTagsForResourceCommand } from '@aws-sdk/client-ssm';
import type { AwsContext } from '../aws/context.js';
import {
  findAutoScalingGroups,
  findImages,
  findLaunchTemplates,
  findLoadBalancing,
  findParameters,
  findSecurityGroups,
  selector,
  tagMap,
} from '../aws/discover.js';
import { aws } from '../aws/errors.js';
import { required } from '../aws/required.js';
import { write } from '../aws/writes.js';
import { expiry, parseExpiry, TAG } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';

export interface ExpiryRenewal {
  /** The new expiry, when anything was due. */
  expiresAt: string;
  /** Resources whose tag moved (kind and id). */
  renewed: string[];
}

type Tagged = { id: string; tags: Record<string, string> };

/** What can carry a tag: every describe answer has ids, and one without could not be tagged. */
const withIds = <T extends { id?: string }>(xs: T[]) => xs.filter((x): x is T & { id: string } => !!x.id);

/** Move the expiry tag of every resource of the cluster that is due (under half the TTL left, or unreadable). */
export async function renewExpiry(ctx: AwsContext, c: Cluster): Promise<ExpiryRenewal> {
  const now = ctx.clock.now();
  const expiresAt = expiry(c, new Date(now)).toISOString();
  const half = (c.teardown.ttlHours * 3_600_000) / 2;
  const due = (t: Tagged) => {
    const at = t.tags[TAG.expiresAt];
    const ms = at === undefined ? undefined : parseExpiry(at);
    return ms === undefined || ms - now < half;
  };
  const tags = selector(c.name);
  const { clients } = ctx;
  const [sgs, lts, images, groups, balancing, params] = await Promise.all([
    findSecurityGroups(clients, tags),
    findLaunchTemplates(clients, tags),
    findImages(clients, tags),
    findAutoScalingGroups(clients, tags),
    findLoadBalancing(clients, tags),
    findParameters(clients, tags),
  ]);
  const renewed: string[] = [];
  const tag = { Key: TAG.expiresAt, Value: expiresAt };

  const ec2 = withIds([
    ...sgs.map((r) => ({ kind: 'security group', id: r.GroupId, tags: tagMap(r.Tags) })),
    ...lts.map((r) => ({ kind: 'launch template', id: r.LaunchTemplateId, tags: tagMap(r.Tags) })),
    ...images.map((r) => ({ kind: 'image', id: r.ImageId, tags: tagMap(r.Tags) })),
  ]).filter(due);
  if (ec2.length) {
    await write('CreateTags', `expiry of ${ec2.length} resources of ${c.name}`, () =>
      clients.ec2.send(new CreateTagsCommand({ Resources: ec2.map((r) => r.id), Tags: [tag] })),
    );
    renewed.push(...ec2.map((r) => `${r.kind} ${r.id}`));
  }

  const dueGroups = withIds(groups.map((g) => ({ id: g.AutoScalingGroupName, tags: tagMap(g.Tags) }))).filter(
    due,
  );
  if (dueGroups.length) {
    await write('CreateOrUpdateTags', `expiry of ${c.name}'s groups`, () =>
      clients.autoScaling.send(
        new CreateOrUpdateTagsCommand({
          Tags: dueGroups.map((g) => ({
            ResourceId: g.id,
            ResourceType: 'auto-scaling-group',
            ...tag,
            PropagateAtLaunch: true,
          })),
        }),
      ),
    );
    renewed.push(...dueGroups.map((g) => `auto scaling group ${g.id}`));
  }

  // The listing already read their tags.
  const dueArns = [
    ...balancing.loadBalancers.map((l) => ({ id: l.LoadBalancerArn, tags: l.tags })),
    ...balancing.targetGroups.map((t) => ({ id: t.TargetGroupArn, tags: t.tags })),
  ]
    .filter((x): x is Tagged => !!x.id)
    .filter(due)
    .map((x) => x.id);
  for (let i = 0; i < dueArns.length; i += 20) {
    const chunk = dueArns.slice(i, i + 20);
    await write('AddTags', `expiry of ${chunk.length} load-balancing resources`, () =>
      clients.elbv2.send(new AddTagsCommand({ ResourceArns: chunk, Tags: [tag] })),
    );
    renewed.push(...chunk.map((a) => `load balancing ${a}`));
  }

  for (const p of params) {
    const name = required(p.Name, 'Name', 'DescribeParameters', `parameters of ${c.name}`);
    const r = await aws('ListTagsForResource', `parameter ${name}`, () =>
      clients.ssm.send(new ListTagsForResourceCommand({ ResourceType: 'Parameter', ResourceId: name })),
    );
    if (!due({ id: name, tags: tagMap(r.TagList) })) continue;
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
