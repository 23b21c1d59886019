// The cluster's two security groups (load balancers; ACA-Py, master and workers) and their
// managed ingress rules, as one kind: planned, ensured in parallel, destroyed rules first.
import { DeleteSecurityGroupCommand, RevokeSecurityGroupIngressCommand } from '@aws-sdk/client-ec2';
import type { Address } from '../aws/address.js';
import type { AwsContext, EnsureAction } from '../aws/context.js';
import { findSecurityGroups, selector, tagMap } from '../aws/discover.js';
import { required } from '../aws/required.js';
import { write } from '../aws/writes.js';
import { resourceNames } from '../cluster/resources.js';
import { ingressRules, type SecurityGroupRole } from '../cluster/security-rules.js';
import { resourceTags, TAG } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import { comparedTags } from './extra-tags.js';
import type { KindPlan, ResourceKind } from './kind.js';
import { describeTags, type FieldChange } from './provider.js';
import {
  describeAwsRule,
  describeRuleSpec,
  ensureIngressRules,
  ensureSecurityGroup,
  listIngressRules,
  type RuleSpec,
  ruleDiff,
  securityGroupTagChanges,
} from './security-group.js';
import { whileInUse } from './while-in-use.js';

export const SECURITY_GROUP_ROLES: readonly SecurityGroupRole[] = ['lb-sg', 'perf-sg'];

const groupName = (c: Cluster, role: SecurityGroupRole) =>
  role === 'lb-sg' ? resourceNames(c).lbSg : resourceNames(c).perfSg;

/** The rules a group should hold; a group not made yet is named by its role. */
export function wantedRules(
  c: Cluster,
  role: SecurityGroupRole,
  ids: Partial<Record<SecurityGroupRole, string>>,
): RuleSpec[] {
  return ingressRules(c)
    .filter((r) => r.group === role)
    .map((r) => ({
      fromPort: r.fromPort,
      toPort: r.toPort,
      source:
        'cidr' in r.source ? { cidr: r.source.cidr } : { groupId: ids[r.source.group] ?? r.source.group },
      description: r.description,
    }));
}

/** A security group of the cluster as plans and writes name it: its name in its VPC. */
const groupAddress = (c: Cluster, role: SecurityGroupRole): Address => ({
  kind: 'security-group',
  name: groupName(c, role),
  in: c.network.vpcId,
});

export interface ClusterSecurityGroups {
  lbSg: string;
  perfSg: string;
  action: EnsureAction;
}

export async function ensureClusterSecurityGroups(
  ctx: AwsContext,
  c: Cluster,
): Promise<ClusterSecurityGroups> {
  const now = new Date(ctx.clock.now());
  const [lb, perf] = await Promise.all([
    ensureSecurityGroup(ctx, {
      name: groupName(c, 'lb-sg'),
      description: `akrida-ops ${c.name}: ACA-Py load balancers`,
      vpcId: c.network.vpcId,
      tags: resourceTags(c, 'lb-sg', now),
    }),
    ensureSecurityGroup(ctx, {
      name: groupName(c, 'perf-sg'),
      description: `akrida-ops ${c.name}: ACA-Py, Locust master and workers`,
      vpcId: c.network.vpcId,
      tags: resourceTags(c, 'perf-sg', now),
    }),
  ]);
  const ids: Record<SecurityGroupRole, string> = { 'lb-sg': lb.id, 'perf-sg': perf.id };
  const rules = await Promise.all([
    ensureIngressRules(ctx, lb.id, wantedRules(c, 'lb-sg', ids), groupAddress(c, 'lb-sg')),
    ensureIngressRules(ctx, perf.id, wantedRules(c, 'perf-sg', ids), groupAddress(c, 'perf-sg')),
  ]);
  const changed = [lb.action, perf.action, ...rules.map((r) => r.action)].some((a) => a !== 'unchanged');
  return {
    lbSg: lb.id,
    perfSg: perf.id,
    action: lb.action === 'created' ? 'created' : changed ? 'updated' : 'unchanged',
  };
}

export type SecurityGroupFacts = Partial<Record<SecurityGroupRole, string>>;
type FoundGroups = { id: string; name: string }[];

export const securityGroups: ResourceKind<void, SecurityGroupFacts, FoundGroups> = {
  kind: 'security group',

  async plan(ctx, c): Promise<KindPlan<SecurityGroupFacts>> {
    const out: KindPlan<SecurityGroupFacts> = { changes: [], unchanged: [], facts: {}, observed: [] };
    // One describe for both groups.
    const found = await findSecurityGroups(ctx.clients, selector(c.name));
    for (const role of SECURITY_GROUP_ROLES) {
      const g = found.find((x) => tagMap(x.Tags)[TAG.role] === role && x.VpcId === c.network.vpcId);
      if (g?.GroupId) out.facts[role] = g.GroupId;
    }
    for (const role of SECURITY_GROUP_ROLES) {
      const name = groupName(c, role);
      const specs = wantedRules(c, role, out.facts);
      const id = out.facts[role];
      const address = groupAddress(c, role);
      if (!id) {
        out.observed.push({ address });
        out.changes.push({
          action: 'add',
          resource: `security group ${name}`,
          details: specs.map((r) => `+ ${describeRuleSpec(r)}`),
          address,
        });
        continue;
      }
      const have = tagMap(found.find((g) => g.GroupId === id)?.Tags);
      const want = resourceTags(c, role);
      const tags = securityGroupTagChanges(have, want);
      const rules = await listIngressRules(ctx, id);
      out.observed.push({
        address: { ...address, id },
        fields: { Tags: comparedTags(have), IpPermissions: rules.map(describeAwsRule).sort() },
      });
      const { toAdd, toRemove } = ruleDiff(rules, specs);
      const fields: FieldChange[] = [];
      if (tags.set.length + tags.remove.length)
        fields.push({ field: 'Tags', before: comparedTags(have), after: comparedTags(want) });
      if (toAdd.length + toRemove.length)
        fields.push({
          field: 'IpPermissions',
          before: toRemove.map(describeAwsRule),
          after: toAdd.map(describeRuleSpec),
        });
      if (fields.length === 0) out.unchanged.push(`security group ${name}`);
      else
        out.changes.push({
          action: 'change',
          resource: `security group ${name} (${id})`,
          details: [
            ...toAdd.map((r) => `+ ${describeRuleSpec(r)}`),
            ...toRemove.map((r) => `- ${describeAwsRule(r)}`),
            ...fields.filter((f) => f.field === 'Tags').flatMap(describeTags),
          ],
          address: { ...address, id },
          fields,
        });
    }
    return out;
  },

  async find(ctx, cluster) {
    return (await findSecurityGroups(ctx.clients, selector(cluster))).map((g) => ({
      id: required(g.GroupId, 'GroupId', 'DescribeSecurityGroups', `security groups of ${cluster}`),
      name: g.GroupName ?? g.GroupId ?? '?',
    }));
  },

  items: (found) => found.map((g) => ({ kind: 'security group', id: g.id, name: g.name, action: 'delete' })),

  // The rules that reference each other go first, then the groups (ENIs of deleted load
  // balancers hold them for a while: DependencyViolation until released).
  async destroy(ctx, found, { timeoutMs }) {
    const { ec2 } = ctx.clients;
    for (const g of found) {
      const refs = (await listIngressRules(ctx, g.id))
        .map((r) => (r.ReferencedGroupInfo?.GroupId ? r.SecurityGroupRuleId : undefined))
        .filter((id): id is string => !!id);
      if (refs.length)
        await write(
          ec2,
          new RevokeSecurityGroupIngressCommand({ GroupId: g.id, SecurityGroupRuleIds: refs }),
          { kind: 'security-group', name: g.name },
        );
    }
    await Promise.all(
      found.map((g) =>
        whileInUse(
          ctx,
          `security group ${g.name}`,
          () =>
            write(ec2, new DeleteSecurityGroupCommand({ GroupId: g.id }), {
              kind: 'security-group',
              name: g.name,
            }),
          timeoutMs,
        ),
      ),
    );
  },
};
