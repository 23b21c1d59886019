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
import { diff, planned, refuseReplaces } from './provider.js';
import {
  describeAwsRule,
  describeRuleSpec,
  ensureIngressRules,
  listIngressRules,
  type RuleSpec,
} from './security-group.js';
import {
  createSecurityGroup,
  type SgDesired,
  type SgObserved,
  securityGroupProvider,
} from './security-group-provider.js';
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

/** A security group of the cluster as plans and writes name it: its name in its VPC (and id, once made). */
const groupAddress = (c: Cluster, role: SecurityGroupRole, id?: string): Address & { in: string } => ({
  kind: 'security-group',
  name: groupName(c, role),
  in: c.network.vpcId,
  cluster: c.name,
  ...(id ? { id } : {}),
});

const DESCRIPTIONS: Record<SecurityGroupRole, string> = {
  'lb-sg': 'ACA-Py load balancers',
  'perf-sg': 'ACA-Py, Locust master and workers',
};

/** What the file wants of one group; `ids` names the groups that exist (a rule's source among them). */
export function sgDesired(
  c: Cluster,
  role: SecurityGroupRole,
  ids: Partial<Record<SecurityGroupRole, string>>,
  now: Date,
): SgDesired {
  return {
    address: groupAddress(c, role, ids[role]),
    description: `akrida-ops ${c.name}: ${DESCRIPTIONS[role]}`,
    tags: resourceTags(c, role, now),
    rules: wantedRules(c, role, ids),
  };
}

/** Both groups as AWS has them (one describe, by the cluster's tags), each with its ingress rules. */
async function readGroups(
  ctx: AwsContext,
  c: Cluster,
): Promise<Partial<Record<SecurityGroupRole, SgObserved>>> {
  const found = await findSecurityGroups(ctx.clients, selector(c.name));
  const out: Partial<Record<SecurityGroupRole, SgObserved>> = {};
  await Promise.all(
    SECURITY_GROUP_ROLES.map(async (role) => {
      const group = found.find((x) => tagMap(x.Tags)[TAG.role] === role && x.VpcId === c.network.vpcId);
      if (group?.GroupId) out[role] = { group, rules: await listIngressRules(ctx, group.GroupId) };
    }),
  );
  return out;
}

const groupId = (o: SgObserved | undefined) => o?.group.GroupId;

export interface ClusterSecurityGroups {
  lbSg: string;
  perfSg: string;
  action: EnsureAction;
}

/**
 * The groups first, made when absent (each one's rules name the other), then each group's rules
 * and tags: a made group gets its rules, an existing one exactly the changes its diff lists.
 */
export async function ensureClusterSecurityGroups(
  ctx: AwsContext,
  c: Cluster,
): Promise<ClusterSecurityGroups> {
  const now = new Date(ctx.clock.now());
  const have = await readGroups(ctx, c);
  const made = await Promise.all(
    SECURITY_GROUP_ROLES.map(
      async (role) =>
        [role, groupId(have[role]) ?? (await createSecurityGroup(ctx, sgDesired(c, role, {}, now)))] as const,
    ),
  );
  const ids = Object.fromEntries(made) as Record<SecurityGroupRole, string>;
  const actions = await Promise.all(
    SECURITY_GROUP_ROLES.map(async (role): Promise<EnsureAction> => {
      const d = sgDesired(c, role, ids, now);
      const o = have[role];
      if (!o) {
        await ensureIngressRules(ctx, ids[role], d.rules, d.address);
        return 'created';
      }
      const changes = diff(securityGroupProvider, d, o);
      refuseReplaces(securityGroupProvider, changes);
      for (const ch of changes) await securityGroupProvider.apply(ctx, ch);
      return changes.length ? 'updated' : 'unchanged';
    }),
  );
  return {
    lbSg: ids['lb-sg'],
    perfSg: ids['perf-sg'],
    action:
      actions[0] === 'created' ? 'created' : actions.some((a) => a !== 'unchanged') ? 'updated' : 'unchanged',
  };
}

export type SecurityGroupFacts = Partial<Record<SecurityGroupRole, string>>;
type FoundGroups = { id: string; name: string }[];

export const securityGroups: ResourceKind<void, SecurityGroupFacts, FoundGroups> = {
  kind: 'security group',

  async plan(ctx, c): Promise<KindPlan<SecurityGroupFacts>> {
    const out: KindPlan<SecurityGroupFacts> = { changes: [], unchanged: [], facts: {}, observed: [] };
    const have = await readGroups(ctx, c);
    for (const role of SECURITY_GROUP_ROLES) {
      const id = groupId(have[role]);
      if (id) out.facts[role] = id;
    }
    const now = new Date(ctx.clock.now());
    for (const role of SECURITY_GROUP_ROLES) {
      const d = sgDesired(c, role, out.facts, now);
      const o = have[role];
      const name = d.address.name;
      out.observed.push({
        address: d.address,
        ...(o && {
          fields: {
            Tags: comparedTags(tagMap(o.group.Tags)),
            IpPermissions: o.rules.map(describeAwsRule).sort(),
          },
        }),
      });
      const changes = diff(securityGroupProvider, d, o);
      refuseReplaces(securityGroupProvider, changes);
      if (changes.length === 0) out.unchanged.push(`security group ${name}`);
      for (const ch of changes)
        out.changes.push(
          planned(
            securityGroupProvider,
            ch,
            o ? `security group ${name} (${d.address.id})` : `security group ${name}`,
            d.rules.map((r) => `+ ${describeRuleSpec(r)}`),
          ),
        );
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
