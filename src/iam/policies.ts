// The IAM policy of each role, generated from the operation table (src/iam/actions.ts) and the
// operations each role's workflows make. The lists below are what the end-to-end scenarios on the
// simulated AWS call (test/iam/policies.test.ts reads the ledger and holds them equal), so a new
// call fails that test until it is listed here and granted in the table.
//
// Clusters are named by the clusters/*.yml files, not by a placeholder: the documents in iam/ can
// be attached as they are, and adding a cluster file regenerates them (the drift test says so). An
// operator with clusters elsewhere generates their own with `policyDocuments(theirClusters)`.

import { profilesOf } from '../cluster/profiles.js';
import type { Cluster } from '../config/schema.js';
import {
  type Grant,
  OPERATIONS,
  PLAN_OVERRIDES,
  type Sid,
  STATEMENTS,
  type StatementSpec,
} from './actions.js';
import { seedDeny } from './instance-policy.js';
import { TEARDOWN_OPERATIONS, TEARDOWN_OVERRIDES } from './teardown.js';

export type Role = 'deploy' | 'plan' | 'teardown';

const PLAN_OPERATIONS = [
  'AutoScaling:DescribeAutoScalingGroups',
  'IAM:GetInstanceProfile',
  'IAM:SimulatePrincipalPolicy',
  'STS:GetCallerIdentity',
  'EC2:DescribeImages',
  'EC2:DescribeInstances',
  'EC2:DescribeLaunchTemplateVersions',
  'EC2:DescribeVolumes',
  'EC2:DescribeLaunchTemplates',
  'EC2:DescribeSecurityGroupRules',
  'EC2:DescribeSecurityGroups',
  'ElasticLoadBalancingV2:DescribeListeners',
  'ElasticLoadBalancingV2:DescribeLoadBalancers',
  'ElasticLoadBalancingV2:DescribeTags',
  'ElasticLoadBalancingV2:DescribeTargetGroups',
  'SSM:DescribeParameters',
  'SSM:GetParameter',
  // The cluster's parameters' tags (never a value), compared with the file's.
  'SSM:ListTagsForResource',
];

/**
 * cluster-up (first run and re-run), cluster-apply (its removals too: a rule, a listener, a
 * secret's copy, images beyond `keep`) and the regression (its CloudWatch figures); the load-test
 * workflow makes a subset of these and LOAD_TEST_OPERATIONS (test/iam/load-test.test.ts, with a
 * real Locust). Teardown has its own role.
 */
const DEPLOY_OPERATIONS = [
  ...PLAN_OPERATIONS,
  'CloudWatch:GetMetricData',
  'AutoScaling:AttachLoadBalancerTargetGroups',
  'AutoScaling:CreateAutoScalingGroup',
  'AutoScaling:CreateOrUpdateTags',
  'AutoScaling:DeleteTags',
  'AutoScaling:DetachLoadBalancerTargetGroups',
  'AutoScaling:DescribeInstanceRefreshes',
  'AutoScaling:DescribeScheduledActions',
  'AutoScaling:EnableMetricsCollection',
  'AutoScaling:PutScheduledUpdateGroupAction',
  'AutoScaling:StartInstanceRefresh',
  'AutoScaling:UpdateAutoScalingGroup',
  'EC2:AuthorizeSecurityGroupIngress',
  'EC2:CreateImage',
  'EC2:CreateLaunchTemplate',
  'EC2:CreateLaunchTemplateVersion',
  'EC2:CreateSecurityGroup',
  'EC2:CreateTags',
  'EC2:DeleteSnapshot',
  'EC2:DeleteTags',
  'EC2:DeregisterImage',
  'EC2:ModifyInstanceAttribute',
  'EC2:DescribeSpotPriceHistory',
  'EC2:RunInstances',
  'EC2:StartInstances',
  'SSM:DescribeInstanceInformation',
  'EC2:ModifyLaunchTemplate',
  'EC2:RevokeSecurityGroupIngress',
  'ElasticLoadBalancingV2:AddTags',
  'ElasticLoadBalancingV2:CreateListener',
  'ElasticLoadBalancingV2:CreateLoadBalancer',
  'ElasticLoadBalancingV2:CreateTargetGroup',
  'ElasticLoadBalancingV2:DeleteListener',
  'ElasticLoadBalancingV2:DescribeTargetHealth',
  // The admin listener made HTTPS (or its forward restored) in place.
  'ElasticLoadBalancingV2:ModifyListener',
  'ElasticLoadBalancingV2:RemoveTags',
  'ElasticLoadBalancingV2:SetSecurityGroups',
  'ElasticLoadBalancingV2:SetSubnets',
  'SSM:DeleteParameter',
  'SSM:GetCommandInvocation',
  'SSM:PutParameter',
  // The file's tags on the cluster's parameters (the IAM day's tags edit makes both).
  'SSM:AddTagsToResource',
  'SSM:RemoveTagsFromResource',
  'SSM:SendCommand',
].sort();

/** Operations only the load-test workflow makes (test/iam/load-test.test.ts holds them, with a real Locust). */
export const LOAD_TEST_OPERATIONS = ['AutoScaling:DescribeScalingActivities'];

/**
 * Operations only actions a caller's own workflow uses make: run-on-instances by tags lists the
 * instances its command reached (test/actions/cluster-actions.test.ts holds it under the policy).
 */
export const ACTION_OPERATIONS = ['SSM:ListCommandInvocations'];

/**
 * Operations only edits of a built machine make: its instance profile is not its file's (one
 * launched before per-cluster profiles, or an edited `instanceProfile`), or its instance type was
 * edited (a resize in place: stopped, its type set, started), or its diskGiB grew (its root volume
 * grown in place). test/resources/machine-edits.test.ts
 * holds them under the policy.
 */
export const MACHINE_EDIT_OPERATIONS = [
  'EC2:AssociateIamInstanceProfile',
  'EC2:DescribeIamInstanceProfileAssociations',
  'EC2:ReplaceIamInstanceProfileAssociation',
  'EC2:StopInstances',
  'EC2:ModifyVolume',
  'EC2:DescribeVolumesModifications',
];

/**
 * Operations only a machine of a role the file no longer lists needs (terminated, as the plan
 * says): test/resources/machine-provider.test.ts holds it under the policy.
 */
export const MACHINE_REMOVE_OPERATIONS = ['EC2:TerminateInstances'];

/**
 * Operations only a replaced target group needs (an acapy.ports edit: the old one deleted, the
 * new one made under its name): test/resources/target-group-replace.test.ts holds them under the policy.
 */
export const REPLACE_OPERATIONS = ['ElasticLoadBalancingV2:DeleteTargetGroup'];

export const ROLE_OPERATIONS: Record<Role, readonly string[]> = {
  plan: [...PLAN_OPERATIONS].sort(),
  teardown: [...TEARDOWN_OPERATIONS].sort(),
  deploy: [
    ...new Set([
      ...DEPLOY_OPERATIONS,
      ...LOAD_TEST_OPERATIONS,
      ...ACTION_OPERATIONS,
      ...MACHINE_EDIT_OPERATIONS,
      ...MACHINE_REMOVE_OPERATIONS,
      ...REPLACE_OPERATIONS,
    ]),
  ].sort(),
};

/** Condition operator (StringEquals, ArnLike, ...) -> key -> value(s). */
export type ConditionBlock = Record<string, Record<string, string | string[]>>;

export interface PolicyStatement {
  Sid: string;
  Effect: 'Allow' | 'Deny';
  Action: string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: ConditionBlock;
}

export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: PolicyStatement[];
}

const OVERRIDES: Record<Role, Record<string, readonly Grant[]>> = {
  deploy: {},
  plan: PLAN_OVERRIDES,
  teardown: TEARDOWN_OVERRIDES,
};

/** The grants of one operation for a role (the plan and teardown roles have narrower ones). */
export function grantsOf(role: Role, operation: string): readonly Grant[] {
  const grants = OVERRIDES[role][operation] ?? OPERATIONS[operation];
  if (!grants) throw new Error(`src/iam/actions.ts has no IAM action for ${operation}`);
  return grants;
}

const uniq = (xs: string[]) => [...new Set(xs)];

function expand(pattern: string, clusters: readonly Cluster[]): string[] {
  return uniq(
    clusters.flatMap((c) =>
      // {profile}: each profile of the cluster (its instances', and its issuer machine's).
      (pattern.includes('{profile}') ? profilesOf(c) : ['']).map((profile) =>
        pattern
          .replaceAll('{region}', c.region)
          .replaceAll('{cluster}', c.name)
          .replaceAll('{profile}', profile)
          .replaceAll('{vpc}', c.network.vpcId),
      ),
    ),
  ).sort();
}

function condition(sid: Sid, clusters: readonly Cluster[]): PolicyStatement['Condition'] {
  const spec: StatementSpec = STATEMENTS[sid];
  const blocks = {
    StringEquals: spec.conditions,
    ArnLike: spec.arnLike,
    NumericEquals: spec.numeric,
    NumericEqualsIfExists: spec.numericIfExists,
  };
  const out: ConditionBlock = {};
  for (const [operator, keys] of Object.entries(blocks)) {
    if (!keys) continue;
    const block: Record<string, string | string[]> = {};
    for (const [key, value] of Object.entries(keys)) {
      const values = value.includes(',') ? value.split(',') : expand(value, clusters);
      block[key] = values.length === 1 ? (values[0] as string) : values;
    }
    out[operator] = block;
  }
  return Object.keys(out).length ? out : undefined;
}

export function statementOf(sid: Sid, actions: string[], clusters: readonly Cluster[]): PolicyStatement {
  const resources = STATEMENTS[sid].resources.flatMap((r) => expand(r, clusters));
  const cond = condition(sid, clusters);
  return {
    Sid: sid,
    Effect: 'Allow',
    Action: uniq(actions).sort(),
    Resource: resources.length === 1 ? (resources[0] as string) : resources,
    ...(cond ? { Condition: cond } : {}),
  };
}

/**
 * The policy of a role for these clusters: one statement per table statement it uses, then the
 * explicit Deny of the issuers' DID seeds (no role of a workflow reads one; only the issuer
 * machine's own profile does).
 */
export function rolePolicy(role: Role, clusters: readonly Cluster[], without?: Sid): PolicyDocument {
  const bySid = new Map<Sid, string[]>();
  for (const op of ROLE_OPERATIONS[role])
    for (const [action, sid] of grantsOf(role, op)) bySid.set(sid, [...(bySid.get(sid) ?? []), action]);
  const sids = (Object.keys(STATEMENTS) as Sid[]).filter((s) => bySid.has(s) && s !== without);
  const seed = seedDeny(clusters);
  return {
    Version: '2012-10-17',
    Statement: [
      ...sids.map((sid) => statementOf(sid, bySid.get(sid) ?? [], clusters)),
      ...(seed ? [seed] : []),
    ],
  };
}

/** The table's statements (the grants) of a role's policy, for the "remove one statement" test. */
export function roleSids(role: Role, clusters: readonly Cluster[]): Sid[] {
  return rolePolicy(role, clusters)
    .Statement.filter((s) => s.Effect === 'Allow')
    .map((s) => s.Sid as Sid);
}
