import type { AwsContext } from '../aws/context.js';
import {
  findAutoScalingGroups,
  findImages,
  findInstances,
  findLaunchTemplates,
  findLoadBalancing,
  findParameters,
  findSecurityGroups,
  parameterTags,
  tagMap,
} from '../aws/discover.js';
import { TAG, type Tags } from '../cluster/tags.js';

/** The service a kind is tagged through, one tagging call per service. */
export type TaggedKind =
  | 'security group'
  | 'launch template'
  | 'image'
  | 'auto scaling group'
  | 'load balancer'
  | 'target group'
  | 'parameter'
  | 'machine';

export interface TaggedResource {
  kind: TaggedKind;
  id: string;
  tags: Tags;
}

export async function taggedResources(ctx: AwsContext, tags: Tags): Promise<TaggedResource[]> {
  const { clients } = ctx;
  const [sgs, lts, images, groups, balancing, params, instances] = await Promise.all([
    findSecurityGroups(clients, tags),
    findLaunchTemplates(clients, tags),
    findImages(clients, tags),
    findAutoScalingGroups(clients, tags),
    findLoadBalancing(clients, tags),
    findParameters(clients, tags),
    findInstances(clients, tags),
  ]);
  const out: { kind: TaggedKind; id: string | undefined; tags: Tags }[] = [
    ...sgs.map((r) => ({ kind: 'security group' as const, id: r.GroupId, tags: tagMap(r.Tags) })),
    ...lts.map((r) => ({ kind: 'launch template' as const, id: r.LaunchTemplateId, tags: tagMap(r.Tags) })),
    ...images.map((r) => ({ kind: 'image' as const, id: r.ImageId, tags: tagMap(r.Tags) })),
    ...groups.map((r) => ({
      kind: 'auto scaling group' as const,
      id: r.AutoScalingGroupName,
      tags: tagMap(r.Tags),
    })),
    // The listing read their tags already.
    ...balancing.loadBalancers.map((r) => ({
      kind: 'load balancer' as const,
      id: r.LoadBalancerArn,
      tags: r.tags,
    })),
    ...balancing.targetGroups.map((r) => ({
      kind: 'target group' as const,
      id: r.TargetGroupArn,
      tags: r.tags,
    })),
    // Stand-alone machines only: group instances follow their group's tags.
    ...instances
      .map((r) => ({ kind: 'machine' as const, id: r.InstanceId, tags: tagMap(r.Tags) }))
      .filter((r) => r.tags[TAG.role]?.startsWith('machine-')),
  ];
  for (const p of params) {
    if (!p.Name) continue;
    const name = p.Name;
    out.push({ kind: 'parameter', id: name, tags: await parameterTags(clients, name) });
  }
  // Every describe answer has ids; one without could be neither tagged nor named.
  return out.filter((x): x is TaggedResource => !!x.id);
}
