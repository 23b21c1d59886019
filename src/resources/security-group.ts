// Ensure a tagged security group and exactly its managed ingress rules: create what is missing,
// revoke managed rules that drifted, leave everything else alone; a re-run makes no mutation.
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  DescribeSecurityGroupsCommand,
  type IpPermission,
  paginateDescribeSecurityGroupRules,
  RevokeSecurityGroupIngressCommand,
  type SecurityGroup,
  type SecurityGroupRule,
} from '@aws-sdk/client-ec2';
import type { Address } from '../aws/address.js';
import { untilVisible } from '../aws/consistency.js';
import type { AwsContext, EnsureAction } from '../aws/context.js';
import { findSecurityGroups, tagMap } from '../aws/discover.js';
import { AwsOperationError, aws } from '../aws/errors.js';
import { required } from '../aws/required.js';
import { waitFor } from '../aws/wait.js';
import { answerOf, write } from '../aws/writes.js';
import { RULE_PREFIX } from '../cluster/security-rules.js';
import { TAG, type Tags } from '../cluster/tags.js';
import { comparedTags, writeEc2Tags } from './extra-tags.js';
import { ownerTags } from './owner-tags.js';
import { tagChanges } from './provider.js';

export { RULE_PREFIX };

export interface SecurityGroupSpec {
  name: string;
  description: string;
  vpcId: string;
  tags: Tags;
}

export interface RuleSpec {
  fromPort: number;
  toPort: number;
  source: { cidr: string } | { groupId: string };
  description: string;
}

/** The create request: each field but the name is one the provider compares (security-group-provider.ts). */
export function sgCreateRequest(spec: SecurityGroupSpec) {
  return {
    GroupName: spec.name,
    Description: spec.description,
    VpcId: spec.vpcId,
    TagSpecifications: [
      {
        ResourceType: 'security-group' as const,
        Tags: Object.entries(spec.tags).map(([Key, Value]) => ({ Key, Value })),
      },
    ],
  };
}

/** The group of that name in the VPC, once visible, when it carries this cluster's tag. */
async function adoptGroupByName(
  ctx: AwsContext,
  spec: SecurityGroupSpec,
  address: Address,
): Promise<SecurityGroup> {
  const g = await waitFor(
    async () => {
      const byName = await aws('DescribeSecurityGroups', `security group ${spec.name}`, () =>
        ctx.clients.ec2.send(
          new DescribeSecurityGroupsCommand({
            Filters: [
              { Name: 'group-name', Values: [spec.name] },
              { Name: 'vpc-id', Values: [spec.vpcId] },
            ],
          }),
        ),
      );
      const found = byName.SecurityGroups?.[0];
      return found ? { done: true, value: found } : { done: false, status: 'not visible yet' };
    },
    {
      what: `security group ${spec.name} to become visible`,
      timeoutMs: 120_000,
      clock: ctx.clock,
      minDelayMs: 500,
    },
  );
  if (tagMap(g.Tags)[TAG.cluster] !== spec.tags[TAG.cluster]) {
    throw new AwsOperationError(
      'CreateSecurityGroup',
      address,
      'InvalidGroup.Duplicate',
      'a group of that name exists and is not managed by akrida-ops for this cluster',
      'rename or delete it; the toolkit never adopts untagged resources',
    );
  }
  return g;
}

export async function ensureSecurityGroup(
  ctx: AwsContext,
  spec: SecurityGroupSpec,
): Promise<{ id: string; action: EnsureAction }> {
  const { ec2 } = ctx.clients;
  const found = (
    await findSecurityGroups(ctx.clients, ownerTags(spec.tags, `security group ${spec.name}`))
  ).filter((g) => g.VpcId === spec.vpcId);
  if (found.length > 1) {
    throw new AwsOperationError(
      'DescribeSecurityGroups',
      spec.name,
      'Ambiguous',
      `${found.length} groups carry the same cluster and role tags (${found.map((g) => g.GroupId).join(', ')})`,
      'delete the extra ones',
    );
  }
  let existing: SecurityGroup | undefined = found[0];
  if (!existing) {
    const address: Address = { kind: 'security-group', name: spec.name, in: spec.vpcId };
    const created = await write(
      ec2,
      new CreateSecurityGroupCommand(sgCreateRequest(spec)),
      address,
      // Made by this request before its answer was lost, by an interrupted run, or by someone else.
      { adopt: () => adoptGroupByName(ctx, spec, address) },
    );
    if ('answer' in created) {
      ctx.log?.(`created security group ${spec.name} (${created.answer.GroupId})`);
      return {
        id: required(created.answer.GroupId, 'GroupId', 'CreateSecurityGroup', address),
        action: 'created',
      };
    }
    if (!('adopted' in created)) throw new Error('CreateSecurityGroup has no "done" rule');
    existing = created.adopted;
  }
  if (!existing) throw new Error(`security group ${spec.name}: neither found nor created`);
  const id = required(existing.GroupId, 'GroupId', 'DescribeSecurityGroups', `security group ${spec.name}`);
  const { set, remove } = securityGroupTagChanges(tagMap(existing.Tags), spec.tags);
  if (set.length + remove.length === 0) return { id, action: 'unchanged' };
  await writeEc2Tags(
    ctx,
    [id],
    { kind: 'security-group', name: spec.name, id, field: 'tags' },
    { set, remove },
  );
  return { id, action: 'updated' };
}

/** The tags to set and to remove so a group carries exactly the wanted ones: what plan lists and ensure writes. */
export function securityGroupTagChanges(have: Tags, want: Tags) {
  return tagChanges(comparedTags(have), comparedTags(want));
}

// A rule's identity in its group: protocol, ports and source (a managed udp rule on the same ports
// is another rule, stale, not the wanted tcp one).
const ruleKey = (protocol: string, from: number, to: number, source: string) =>
  `${protocol}:${from}-${to}:${source}`;
export const specKey = (r: RuleSpec) =>
  ruleKey('tcp', r.fromPort, r.toPort, 'cidr' in r.source ? r.source.cidr : r.source.groupId);
/** Where a rule AWS reports lets traffic in from: a range, a prefix list or a group. */
const ruleSource = (r: SecurityGroupRule) =>
  r.CidrIpv4 ?? r.CidrIpv6 ?? r.PrefixListId ?? r.ReferencedGroupInfo?.GroupId;
export const awsKey = (r: SecurityGroupRule) =>
  ruleKey(r.IpProtocol ?? '?', r.FromPort ?? -1, r.ToPort ?? -1, ruleSource(r) ?? 'other source');

function permission(r: RuleSpec): IpPermission {
  const Description = `${RULE_PREFIX}${r.description}`;
  return {
    IpProtocol: 'tcp',
    FromPort: r.fromPort,
    ToPort: r.toPort,
    ...('cidr' in r.source
      ? { IpRanges: [{ CidrIp: r.source.cidr, Description }] }
      : { UserIdGroupPairs: [{ GroupId: r.source.groupId, Description }] }),
  };
}

/**
 * A rule as a revoke names it: protocol, ports and source, which are unique to a rule in a group
 * (AWS refuses a duplicate); its description too, which AWS does not match on.
 */
function revoked(r: SecurityGroupRule): IpPermission {
  const Description = r.Description;
  return {
    IpProtocol: r.IpProtocol,
    FromPort: r.FromPort,
    ToPort: r.ToPort,
    ...(r.CidrIpv4 ? { IpRanges: [{ CidrIp: r.CidrIpv4, Description }] } : {}),
    ...(r.CidrIpv6 ? { Ipv6Ranges: [{ CidrIpv6: r.CidrIpv6, Description }] } : {}),
    ...(r.PrefixListId ? { PrefixListIds: [{ PrefixListId: r.PrefixListId, Description }] } : {}),
    ...(r.ReferencedGroupInfo?.GroupId
      ? { UserIdGroupPairs: [{ GroupId: r.ReferencedGroupInfo.GroupId, Description }] }
      : {}),
  };
}

/** Rules to add (wanted, absent) and to revoke (ours, no longer wanted); others' rules stay. */
export function ruleDiff(
  have: SecurityGroupRule[],
  want: RuleSpec[],
): { toAdd: RuleSpec[]; toRemove: SecurityGroupRule[] } {
  const haveKeys = new Set(have.map(awsKey));
  const wantKeys = new Set(want.map(specKey));
  return {
    toAdd: want.filter((r) => !haveKeys.has(specKey(r))),
    toRemove: have.filter((r) => r.Description?.startsWith(RULE_PREFIX) && !wantKeys.has(awsKey(r))),
  };
}

export function describeRuleSpec(r: RuleSpec): string {
  const ports = r.fromPort === r.toPort ? `${r.fromPort}` : `${r.fromPort}-${r.toPort}`;
  return `tcp ${ports} from ${'cidr' in r.source ? r.source.cidr : r.source.groupId} (${r.description})`;
}

export function describeAwsRule(r: SecurityGroupRule): string {
  const ports = r.FromPort === r.ToPort ? `${r.FromPort}` : `${r.FromPort}-${r.ToPort}`;
  return `${r.IpProtocol === '-1' ? 'all' : r.IpProtocol} ${ports} from ${ruleSource(r) ?? '?'} (${r.Description?.replace(RULE_PREFIX, '') ?? 'no description'})`;
}

export async function listIngressRules(ctx: AwsContext, groupId: string): Promise<SecurityGroupRule[]> {
  const out: SecurityGroupRule[] = [];
  for await (const p of paginateDescribeSecurityGroupRules(
    { client: ctx.clients.ec2 },
    { Filters: [{ Name: 'group-id', Values: [groupId] }] },
  )) {
    out.push(...(p.SecurityGroupRules ?? []).filter((r) => !r.IsEgress));
  }
  return out;
}

export async function ensureIngressRules(
  ctx: AwsContext,
  groupId: string,
  rules: RuleSpec[],
  /** The group as the plan names it (its name and VPC), which each write names too. */
  group: Address,
): Promise<{ added: number; removed: number; action: EnsureAction }> {
  const { ec2 } = ctx.clients;
  const current = () => listIngressRules(ctx, groupId);
  const have = await aws('DescribeSecurityGroupRules', `security group ${groupId}`, current);
  const { toAdd, toRemove } = ruleDiff(have, rules);

  if (toAdd.length > 0) {
    const r = await untilVisible(`security group ${groupId}`, ctx.clock, () =>
      write(
        ec2,
        new AuthorizeSecurityGroupIngressCommand({
          GroupId: groupId,
          IpPermissions: toAdd.map(permission),
        }),
        { ...group, id: groupId },
      ),
    );
    if ('done' in r) {
      // The batch is atomic: a duplicate means an earlier attempt added it all, or another run
      // added some. Add whatever is still missing one by one.
      const now = new Set((await current()).map(awsKey));
      for (const rule of toAdd.filter((x) => !now.has(specKey(x)))) {
        await write(
          ec2,
          new AuthorizeSecurityGroupIngressCommand({ GroupId: groupId, IpPermissions: [permission(rule)] }),
          { ...group, id: groupId },
        );
      }
    }
  }
  if (toRemove.length > 0) {
    // By value, not by rule id: what the plan shows removed is what the approval holds this to.
    const revoke = (some: SecurityGroupRule[]) =>
      write(
        ec2,
        new RevokeSecurityGroupIngressCommand({ GroupId: groupId, IpPermissions: some.map(revoked) }),
        { ...group, id: groupId },
      );
    const r = await revoke(toRemove);
    // AWS revokes none of a batch naming a rule already gone (an earlier attempt, another run), or
    // answers the unknown ones beside those it revoked: what is still there goes one by one.
    if ('done' in r || answerOf(r)?.UnknownIpPermissions?.length)
      for (const rule of ruleDiff(await current(), rules).toRemove) await revoke([rule]);
  }
  const changed = toAdd.length + toRemove.length > 0;
  return { added: toAdd.length, removed: toRemove.length, action: changed ? 'updated' : 'unchanged' };
}
