// A security group of the cluster as a provider: its description and VPC (fixed at its create), its
// tags, and its managed ingress rules, compared as one request builder (`sgSpec`) against what AWS
// reports. The rules are the kind's own, marked by their description prefix: a rule someone else
// added is left alone, and one of theirs with the same ports and source stands for ours.
import {
  DescribeSecurityGroupsCommand,
  type SecurityGroup,
  type SecurityGroupRule,
} from '@aws-sdk/client-ec2';
import type { Address } from '../aws/address.js';
import type { AwsContext } from '../aws/context.js';
import { tagMap } from '../aws/discover.js';
import { aws } from '../aws/errors.js';
import { TAG, type Tags } from '../cluster/tags.js';
import { comparedTags, requestTags, specificationTags, writeEc2Tags } from './extra-tags.js';
import { type Change, describeTags, type FieldChange, type Provider, type Spec } from './provider.js';
import {
  awsKey,
  describeAwsRule,
  describeRuleSpec,
  ensureIngressRules,
  ensureSecurityGroup,
  listIngressRules,
  RULE_PREFIX,
  type RuleSpec,
  securityGroupTagChanges,
  specKey,
} from './security-group.js';

export interface SgDesired {
  /** `{kind: 'security-group', name, in: vpcId}` */
  address: Address & { in: string };
  description: string;
  /** The tags it is made with (the expiry too, which is not compared: renew-expiry moves it). */
  tags: Tags;
  /** Its managed rules; a group not made yet is named by its role in a rule's source. */
  rules: RuleSpec[];
}

export interface SgObserved {
  group: SecurityGroup;
  rules: SecurityGroupRule[];
}

/** The one builder: what CreateSecurityGroup and the rule writes send, as compared fields. */
export function sgSpec(d: SgDesired) {
  return {
    Description: d.description,
    VpcId: d.address.in,
    Tags: comparedTags(d.tags),
    IpPermissions: d.rules.map(describeRuleSpec).sort(),
  };
}

/**
 * The same fields as AWS has them. A rule present that the group should hold reads as the wanted
 * rule (its description aside, as the rule writes compare ports and source); a managed rule it
 * should not hold reads as itself; others' rules are not the kind's.
 */
export function sgObserved(o: SgObserved, d: SgDesired): Spec {
  const have = new Set(o.rules.map(awsKey));
  const want = new Set(d.rules.map(specKey));
  const kept = d.rules.filter((r) => have.has(specKey(r)));
  const stale = o.rules.filter((r) => r.Description?.startsWith(RULE_PREFIX) && !want.has(awsKey(r)));
  return {
    Description: o.group.Description,
    VpcId: o.group.VpcId,
    Tags: comparedTags(tagMap(o.group.Tags)),
    IpPermissions: [...kept.map(describeRuleSpec), ...stale.map(describeAwsRule)].sort(),
  };
}

async function update(ctx: AwsContext, d: SgDesired, id: string, fields: FieldChange[]): Promise<void> {
  const changed = new Set(fields.map((f) => f.field));
  if (changed.has('Tags')) {
    const have = (fields.find((f) => f.field === 'Tags')?.before ?? {}) as Tags;
    await writeEc2Tags(ctx, [id], { ...d.address, id, field: 'tags' }, securityGroupTagChanges(have, d.tags));
  }
  if (changed.has('IpPermissions')) await ensureIngressRules(ctx, id, d.rules, d.address);
}

/** Creates the group with its tags (adopting one this very request made); its rules come after both groups exist. */
export async function createSecurityGroup(ctx: AwsContext, d: SgDesired): Promise<string> {
  const made = await ensureSecurityGroup(ctx, {
    name: d.address.name,
    description: d.description,
    vpcId: d.address.in,
    tags: d.tags,
  });
  return made.id;
}

export const securityGroupProvider: Provider<SgDesired, SgObserved> = {
  kind: 'security-group',
  // The cluster's kind reads both groups with one describe (security-groups.ts); a single read
  // is by name in the VPC, as AWS names a group uniquely.
  async read(ctx, address) {
    // By name in its VPC (a name is unique there), and only when it carries the cluster's tag.
    const filters = [
      { Name: 'group-name', Values: [address.name] },
      ...(address.in ? [{ Name: 'vpc-id', Values: [address.in] }] : []),
      ...(address.cluster ? [{ Name: `tag:${TAG.cluster}`, Values: [address.cluster] }] : []),
    ];
    const r = await aws('DescribeSecurityGroups', address, () =>
      ctx.clients.ec2.send(new DescribeSecurityGroupsCommand({ Filters: filters })),
    );
    const group = r.SecurityGroups?.[0];
    if (!group?.GroupId) return undefined;
    return { group, rules: await listIngressRules(ctx, group.GroupId) };
  },
  spec: sgSpec,
  observed: sgObserved,
  // A group keeps its description and VPC for life; the cluster's names fix both.
  immutable: ['Description', 'VpcId'],
  refuse: (d, f) =>
    new Error(
      `security group ${d.address.name}: ${f.field} cannot change in place (${String(f.before)} -> ${String(f.after)}); destroy the cluster's security groups (cluster-down) and apply again`,
    ),
  // Its rules are authorized after it (held rule by rule).
  creates: {
    operation: 'CreateSecurityGroup',
    name: (r) => r.GroupName,
    later: ['IpPermissions'],
    fields: ({ GroupName: _name, TagSpecifications, ...sent }) => ({
      ...sent,
      Tags: requestTags(specificationTags(TagSpecifications, 'security-group')),
    }),
  },
  async apply(ctx, change: Change<SgDesired>) {
    if (change.op === 'create') {
      const id = await createSecurityGroup(ctx, change.desired);
      await ensureIngressRules(ctx, id, change.desired.rules, change.desired.address);
      return;
    }
    if (change.op === 'update') {
      const id = change.desired.address.id;
      if (!id) throw new Error(`security group ${change.address.name}: an update needs the group's id`);
      await update(ctx, change.desired, id, change.fields);
      return;
    }
    throw new Error(`security group ${change.address.name}: ${change.op} is not carried out by the toolkit`);
  },
  describe(f) {
    if (f.field === 'Tags') return describeTags(f);
    if (f.field !== 'IpPermissions') return [`${f.field}: ${String(f.before)} -> ${String(f.after)}`];
    const before = (f.before ?? []) as string[];
    const after = (f.after ?? []) as string[];
    return [
      ...after.filter((r) => !before.includes(r)).map((r) => `+ ${r}`),
      ...before.filter((r) => !after.includes(r)).map((r) => `- ${r}`),
    ];
  },
};
