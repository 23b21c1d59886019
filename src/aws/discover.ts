// Finding our resources again: always by tags, always through the SDK's paginators.
import { paginateDescribeAutoScalingGroups } from '@aws-sdk/client-auto-scaling';
import {
  type Filter,
  paginateDescribeImages,
  paginateDescribeInstances,
  paginateDescribeLaunchTemplates,
  paginateDescribeSecurityGroups,
} from '@aws-sdk/client-ec2';
import {
  DescribeTagsCommand,
  type LoadBalancer,
  paginateDescribeLoadBalancers,
  paginateDescribeTargetGroups,
  type TargetGroup,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import {
  ListTagsForResourceCommand,
  type ParameterMetadata,
  paginateDescribeParameters,
} from '@aws-sdk/client-ssm';
import { MANAGED_BY, TAG, type Tags } from '../cluster/tags.js';
import type { AwsClients } from './clients.js';
import { aws } from './errors.js';

/** Newest first, by CreationDate (AWS always sends it; one without sorts last, as the oldest). */
export function newestFirst(a: { CreationDate?: string }, b: { CreationDate?: string }): number {
  const created = (i: { CreationDate?: string }) => i.CreationDate ?? '';
  return created(b).localeCompare(created(a));
}

/** The newest available image among these, if any. */
export function newestAvailable<T extends { State?: string; CreationDate?: string }>(
  images: T[],
): T | undefined {
  return images.filter((i) => i.State === 'available').sort(newestFirst)[0];
}

/** Tags that select our resources: the cluster, optionally one role. */
export function selector(cluster: string, role?: string): Tags {
  return { [TAG.cluster]: cluster, [TAG.managedBy]: MANAGED_BY, ...(role ? { [TAG.role]: role } : {}) };
}

export function ec2TagFilters(tags: Tags): Filter[] {
  return Object.entries(tags).map(([k, v]) => ({ Name: `tag:${k}`, Values: [v] }));
}

/** A tag's value is optional in every API; none is an empty value, as AWS stores it. */
export const tagValue = (t: { Value?: string }): string => t.Value ?? '';

export function tagMap(list: { Key?: string; Value?: string }[] | undefined): Tags {
  return Object.fromEntries((list ?? []).filter((t) => t.Key).map((t) => [t.Key as string, tagValue(t)]));
}

export function hasTags(have: Tags, want: Tags): boolean {
  return Object.entries(want).every(([k, v]) => have[k] === v);
}

async function collect<P, T>(pages: AsyncIterable<P>, pick: (p: P) => T[] | undefined): Promise<T[]> {
  const out: T[] = [];
  for await (const p of pages) out.push(...(pick(p) ?? []));
  return out;
}

const label = (tags: Tags) =>
  Object.entries(tags)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');

export function findInstances(
  c: AwsClients,
  tags: Tags,
  states = ['pending', 'running', 'stopping', 'stopped'],
) {
  const Filters = [...ec2TagFilters(tags), { Name: 'instance-state-name', Values: states }];
  return aws('DescribeInstances', `instances tagged ${label(tags)}`, () =>
    collect(paginateDescribeInstances({ client: c.ec2 }, { Filters }), (p) =>
      p.Reservations?.flatMap((r) => r.Instances ?? []),
    ),
  );
}

export function findSecurityGroups(c: AwsClients, tags: Tags) {
  return aws('DescribeSecurityGroups', `security groups tagged ${label(tags)}`, () =>
    collect(
      paginateDescribeSecurityGroups({ client: c.ec2 }, { Filters: ec2TagFilters(tags) }),
      (p) => p.SecurityGroups,
    ),
  );
}

export function findLaunchTemplates(c: AwsClients, tags: Tags) {
  return aws('DescribeLaunchTemplates', `launch templates tagged ${label(tags)}`, () =>
    collect(
      paginateDescribeLaunchTemplates({ client: c.ec2 }, { Filters: ec2TagFilters(tags) }),
      (p) => p.LaunchTemplates,
    ),
  );
}

export function findImages(c: AwsClients, tags: Tags) {
  return aws('DescribeImages', `images tagged ${label(tags)}`, () =>
    collect(
      paginateDescribeImages({ client: c.ec2 }, { Owners: ['self'], Filters: ec2TagFilters(tags) }),
      (p) => p.Images,
    ),
  );
}

export function findAutoScalingGroups(c: AwsClients, tags: Tags) {
  const Filters = Object.entries(tags).map(([k, v]) => ({ Name: `tag:${k}`, Values: [v] }));
  return aws('DescribeAutoScalingGroups', `groups tagged ${label(tags)}`, () =>
    collect(
      paginateDescribeAutoScalingGroups({ client: c.autoScaling }, { Filters }),
      (p) => p.AutoScalingGroups,
    ),
  );
}

export function findParameters(c: AwsClients, tags: Tags) {
  const ParameterFilters = Object.entries(tags).map(([k, v]) => ({ Key: `tag:${k}`, Values: [v] }));
  return aws('DescribeParameters', `parameters tagged ${label(tags)}`, () =>
    collect(paginateDescribeParameters({ client: c.ssm }, { ParameterFilters }), (p) => p.Parameters),
  );
}

/** A parameter's tags (DescribeParameters answers none): ListTagsForResource, tags only, never a value. */
export async function parameterTags(c: AwsClients, name: string): Promise<Tags> {
  const r = await aws('ListTagsForResource', `parameter ${name}`, () =>
    c.ssm.send(new ListTagsForResourceCommand({ ResourceType: 'Parameter', ResourceId: name })),
  );
  return tagMap(r.TagList);
}

/**
 * These parameters' metadata (name and type) where they exist, by DescribeParameters: never a
 * value, so a role without ssm:GetParameter (the plan's read-only role) can read it.
 */
export async function parametersByName(
  c: AwsClients,
  names: string[],
): Promise<Map<string, ParameterMetadata>> {
  const out = new Map<string, ParameterMetadata>();
  const unique = [...new Set(names)];
  // The Name filter takes at most 50 values.
  for (let i = 0; i < unique.length; i += 50) {
    const Values = unique.slice(i, i + 50);
    const found = await aws('DescribeParameters', `parameters ${Values.join(', ')}`, () =>
      collect(
        paginateDescribeParameters(
          { client: c.ssm },
          { ParameterFilters: [{ Key: 'Name', Option: 'Equals', Values }] },
        ),
        (p) => p.Parameters,
      ),
    );
    for (const p of found) if (p.Name) out.set(p.Name, p);
  }
  return out;
}

/** Which of these parameters exist (metadata only, as parametersByName). */
export async function parametersPresent(c: AwsClients, names: string[]): Promise<Set<string>> {
  return new Set((await parametersByName(c, names)).keys());
}

/** ELBv2 cannot filter by tag: read the tags of these ARNs, 20 at a time (the API's limit). */
export async function elbTags(c: AwsClients, arns: string[]): Promise<Map<string, Tags>> {
  const out = new Map<string, Tags>();
  for (let i = 0; i < arns.length; i += 20) {
    const chunk = arns.slice(i, i + 20);
    const r = await aws('DescribeTags', `${chunk.length} load-balancing resources`, () =>
      c.elbv2.send(new DescribeTagsCommand({ ResourceArns: chunk })),
    );
    for (const d of r.TagDescriptions ?? []) if (d.ResourceArn) out.set(d.ResourceArn, tagMap(d.Tags));
  }
  return out;
}

export interface TaggedLoadBalancing {
  loadBalancers: (LoadBalancer & { tags: Tags })[];
  targetGroups: (TargetGroup & { tags: Tags })[];
}

async function listLoadBalancing(c: AwsClients, tags: Tags): Promise<TaggedLoadBalancing> {
  const [lbs, tgs] = await Promise.all([
    aws('DescribeLoadBalancers', 'load balancers', () =>
      collect(paginateDescribeLoadBalancers({ client: c.elbv2 }, {}), (p) => p.LoadBalancers),
    ),
    aws('DescribeTargetGroups', 'target groups', () =>
      collect(paginateDescribeTargetGroups({ client: c.elbv2 }, {}), (p) => p.TargetGroups),
    ),
  ]);
  const arns = [...lbs.map((x) => x.LoadBalancerArn), ...tgs.map((x) => x.TargetGroupArn)].filter(
    (a): a is string => !!a,
  );
  const byArn = await elbTags(c, arns);
  const tagged = <T>(items: T[], arnOf: (t: T) => string | undefined) =>
    items
      .map((x) => {
        const arn = arnOf(x);
        return { ...x, tags: (arn && byArn.get(arn)) || {} };
      })
      .filter((x) => hasTags(x.tags, tags));
  return {
    loadBalancers: tagged(lbs, (x) => x.LoadBalancerArn),
    targetGroups: tagged(tgs, (x) => x.TargetGroupArn),
  };
}

/**
 * Load balancers and target groups carrying these tags: one listing of each and one DescribeTags
 * per 20 ARNs, whichever roles the caller then picks. A step that needs both kinds (admin and
 * transport) lists once and picks both from the answer.
 */
export async function findLoadBalancing(c: AwsClients, tags: Tags): Promise<TaggedLoadBalancing> {
  const { [TAG.role]: _role, ...broad } = tags;
  const all = await listLoadBalancing(c, broad);
  return {
    loadBalancers: all.loadBalancers.filter((x) => hasTags(x.tags, tags)),
    targetGroups: all.targetGroups.filter((x) => hasTags(x.tags, tags)),
  };
}

export async function findLoadBalancers(c: AwsClients, tags: Tags): Promise<LoadBalancer[]> {
  return (await findLoadBalancing(c, tags)).loadBalancers;
}

export async function findTargetGroups(c: AwsClients, tags: Tags): Promise<TargetGroup[]> {
  return (await findLoadBalancing(c, tags)).targetGroups;
}
