// Simulated EC2 security groups and their ingress rules.
import type * as ec2 from '@aws-sdk/client-ec2';
import { awsError } from '../errors.js';
import { ec2Param } from '../params.js';
import { type Filter, matchesFilters, page, tagList, type World } from '../world.js';
import type { SimRule, SimSecurityGroup } from './model.js';
import { tagSpec } from './request.js';
import type { Ec2State } from './state.js';

const ruleText = (r: Omit<SimRule, 'id'>) =>
  `peer: ${r.cidr ?? r.sourceGroupId}, ${r.protocol.toUpperCase()}, from port: ${r.fromPort}, to port: ${r.toPort}, ALLOW`;

const sameRule = (a: Omit<SimRule, 'id' | 'description'>, b: Omit<SimRule, 'id' | 'description'>) =>
  a.groupId === b.groupId &&
  a.protocol === b.protocol &&
  a.fromPort === b.fromPort &&
  a.toPort === b.toPort &&
  a.cidr === b.cidr &&
  a.sourceGroupId === b.sourceGroupId;

export function securityGroupHandlers(world: World, s: Ec2State) {
  const groupOut = (g: SimSecurityGroup): ec2.SecurityGroup => ({
    GroupId: g.id,
    GroupName: g.name,
    Description: g.description,
    VpcId: g.vpcId,
    OwnerId: world.accountId,
    Tags: tagList(g.tags),
    IpPermissions: [...s.rules.values()]
      .filter((r) => r.groupId === g.id)
      .map((r) => ({
        IpProtocol: r.protocol,
        FromPort: r.fromPort,
        ToPort: r.toPort,
        IpRanges: r.cidr ? [{ CidrIp: r.cidr, Description: r.description }] : [],
        UserIdGroupPairs: r.sourceGroupId ? [{ GroupId: r.sourceGroupId, Description: r.description }] : [],
      })),
  });

  const ruleOut = (r: SimRule): ec2.SecurityGroupRule => ({
    SecurityGroupRuleId: r.id,
    GroupId: r.groupId,
    GroupOwnerId: world.accountId,
    IsEgress: false,
    IpProtocol: r.protocol,
    FromPort: r.fromPort,
    ToPort: r.toPort,
    ...(r.cidr ? { CidrIpv4: r.cidr } : {}),
    ...(r.sourceGroupId
      ? { ReferencedGroupInfo: { GroupId: r.sourceGroupId, UserId: world.accountId } }
      : {}),
    ...(r.description ? { Description: r.description } : {}),
  });

  /** IpPermissions -> one rule per range or group pair, checked before anything is stored. */
  const expandPermissions = (
    groupId: string,
    perms: ec2.IpPermission[] | undefined,
  ): Omit<SimRule, 'id'>[] => {
    const out: Omit<SimRule, 'id'>[] = [];
    for (const p of perms ?? []) {
      const protocol = ec2Param(p.IpProtocol, 'IpProtocol');
      if (!['tcp', 'udp', 'icmp', '-1', '6', '17'].includes(protocol)) {
        throw awsError('InvalidPermission.Malformed', `Invalid IP protocol '${protocol}'.`);
      }
      const fromPort = p.FromPort ?? -1;
      const toPort = p.ToPort ?? -1;
      if (protocol !== '-1' && (fromPort < 0 || toPort > 65535 || fromPort > toPort)) {
        throw awsError('InvalidParameterValue', `Invalid port range ${fromPort}-${toPort}.`);
      }
      for (const range of p.IpRanges ?? []) {
        const cidr = ec2Param(range.CidrIp, 'CidrIp');
        if (!/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(cidr))
          throw awsError('InvalidParameterValue', `CIDR block ${cidr} is malformed`);
        out.push({
          groupId,
          protocol,
          fromPort,
          toPort,
          cidr,
          ...(range.Description ? { description: range.Description } : {}),
        });
      }
      for (const pair of p.UserIdGroupPairs ?? []) {
        const src = ec2Param(pair.GroupId, 'GroupId');
        s.findGroup(src);
        out.push({
          groupId,
          protocol,
          fromPort,
          toPort,
          sourceGroupId: src,
          ...(pair.Description ? { description: pair.Description } : {}),
        });
      }
    }
    return out;
  };

  return {
    CreateSecurityGroup: (i: ec2.CreateSecurityGroupCommandInput): ec2.CreateSecurityGroupCommandOutput => {
      const vpcId = i.VpcId;
      if (!vpcId) throw awsError('VPCIdNotSpecified', 'No default VPC for this user.');
      if (!s.vpcs.has(vpcId)) throw awsError('InvalidVpcID.NotFound', `The vpc ID '${vpcId}' does not exist`);
      const name = ec2Param(i.GroupName, 'GroupName');
      if (name.toLowerCase().startsWith('sg-') || name.length > 255) {
        throw awsError('InvalidParameterValue', `Invalid value '${name}' for groupName.`);
      }
      if (!i.Description)
        throw awsError('MissingParameter', 'The request must contain the parameter GroupDescription');
      if ([...s.groups.values()].some((g) => g.name === name && g.vpcId === vpcId)) {
        throw awsError(
          'InvalidGroup.Duplicate',
          `The security group '${name}' already exists for VPC '${vpcId}'`,
        );
      }
      const id = world.id('sg');
      s.groups.set(id, {
        id,
        name,
        description: i.Description,
        vpcId,
        tags: tagSpec(i.TagSpecifications, 'security-group'),
        createdAt: world.now(),
      });
      return { $metadata: {}, GroupId: id };
    },
    DescribeSecurityGroups: (
      i: ec2.DescribeSecurityGroupsCommandInput,
    ): ec2.DescribeSecurityGroupsCommandOutput => {
      for (const id of i.GroupIds ?? []) s.findGroup(id);
      const list = [...s.groups.values()]
        .filter((g) => world.visible(g.createdAt))
        .filter((g) => !i.GroupIds || i.GroupIds.includes(g.id))
        .filter((g) =>
          matchesFilters(i.Filters as Filter[], g.tags, {
            'group-name': g.name,
            'group-id': g.id,
            'vpc-id': g.vpcId,
          }),
        );
      const p = page(list, i.MaxResults, i.NextToken);
      return {
        $metadata: {},
        SecurityGroups: p.items.map(groupOut),
        ...(p.next ? { NextToken: p.next } : {}),
      };
    },
    DeleteSecurityGroup: (i: ec2.DeleteSecurityGroupCommandInput): ec2.DeleteSecurityGroupCommandOutput => {
      const g = s.findGroup(ec2Param(i.GroupId, 'GroupId'));
      const why = s.groupInUse(g.id);
      if (why) throw awsError('DependencyViolation', why);
      for (const r of [...s.rules.values()]) if (r.groupId === g.id) s.rules.delete(r.id);
      s.groups.delete(g.id);
      return { $metadata: {}, Return: true, GroupId: g.id };
    },
    AuthorizeSecurityGroupIngress: (
      i: ec2.AuthorizeSecurityGroupIngressCommandInput,
    ): ec2.AuthorizeSecurityGroupIngressCommandOutput => {
      const g = s.findGroup(ec2Param(i.GroupId, 'GroupId'));
      const wanted = expandPermissions(g.id, i.IpPermissions);
      for (const w of wanted) {
        const dup = [...s.rules.values()].find((r) => sameRule(r, w));
        if (dup)
          throw awsError('InvalidPermission.Duplicate', `the specified rule "${ruleText(w)}" already exists`);
      }
      const added = wanted.map((w) => {
        const rule = { ...w, id: world.id('sgr') };
        s.rules.set(rule.id, rule);
        return rule;
      });
      return { $metadata: {}, Return: true, SecurityGroupRules: added.map(ruleOut) };
    },
    RevokeSecurityGroupIngress: (
      i: ec2.RevokeSecurityGroupIngressCommandInput,
    ): ec2.RevokeSecurityGroupIngressCommandOutput => {
      const g = s.findGroup(ec2Param(i.GroupId, 'GroupId'));
      for (const id of i.SecurityGroupRuleIds ?? []) {
        const r = s.rules.get(id);
        if (!r || r.groupId !== g.id)
          throw awsError(
            'InvalidSecurityGroupRuleId.NotFound',
            `The security group rule ID '${id}' does not exist`,
          );
        s.rules.delete(id);
      }
      // As in a VPC that is not the account's default (a cluster's): a rule named that does not
      // exist fails the whole request, and none is revoked.
      const named = expandPermissions(g.id, i.IpPermissions).map((w) => ({
        w,
        r: [...s.rules.values()].find((x) => sameRule(x, w)),
      }));
      const missing = named.find((n) => !n.r);
      if (missing)
        throw awsError(
          'InvalidPermission.NotFound',
          `The specified rule does not exist in this security group (${ruleText(missing.w)})`,
        );
      for (const { r } of named) if (r) s.rules.delete(r.id);
      return { $metadata: {}, Return: true };
    },
    DescribeSecurityGroupRules: (
      i: ec2.DescribeSecurityGroupRulesCommandInput,
    ): ec2.DescribeSecurityGroupRulesCommandOutput => {
      const list = [...s.rules.values()]
        .filter((r) => !i.SecurityGroupRuleIds || i.SecurityGroupRuleIds.includes(r.id))
        .filter((r) =>
          matchesFilters(
            i.Filters as Filter[],
            {},
            { 'group-id': r.groupId, 'security-group-rule-id': r.id },
          ),
        );
      const p = page(list, i.MaxResults, i.NextToken);
      return {
        $metadata: {},
        SecurityGroupRules: p.items.map(ruleOut),
        ...(p.next ? { NextToken: p.next } : {}),
      };
    },
  };
}
