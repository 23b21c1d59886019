// The instance role's policy, in place of AWS's managed AmazonSSMManagedInstanceCore: that policy
// also allows ssm:GetParameter and ssm:GetParameters on "*", and SecureStrings under the default
// key aws/ssm decrypt for every principal of the account, so every instance could read every
// secret. Ours is what the SSM agent needs, copied from it, and only the clusters' own parameters.

import { seedPaths, wantedProfiles } from '../cluster/profiles.js';
import { clusterPrefixes, parameterName, secretRefs } from '../cluster/secrets.js';
import type { Cluster } from '../config/schema.js';
import type { PolicyDocument, PolicyStatement } from './policies.js';

/** AWS's managed policy earlier bootstraps attached; bootstrap now detaches it. */
export const SSM_CORE = 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore';

/**
 * AmazonSSMManagedInstanceCore v2 (2019-05-23) as AWS publishes it, AWS managed policy reference:
 * https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AmazonSSMManagedInstanceCore.html
 * (its three statements, all on "*"), without its ssm:GetParameter and ssm:GetParameters.
 */
export const SSM_AGENT_ACTIONS = [
  'ssm:DescribeAssociation',
  'ssm:GetDeployablePatchSnapshotForInstance',
  'ssm:GetDocument',
  'ssm:DescribeDocument',
  'ssm:GetManifest',
  'ssm:ListAssociations',
  'ssm:ListInstanceAssociations',
  'ssm:PutInventory',
  'ssm:PutComplianceItems',
  'ssm:PutConfigurePackageResult',
  'ssm:UpdateAssociationStatus',
  'ssm:UpdateInstanceAssociationStatus',
  'ssm:UpdateInstanceInformation',
  'ssmmessages:CreateControlChannel',
  'ssmmessages:CreateDataChannel',
  'ssmmessages:OpenControlChannel',
  'ssmmessages:OpenDataChannel',
  'ec2messages:AcknowledgeMessage',
  'ec2messages:DeleteMessage',
  'ec2messages:FailMessage',
  'ec2messages:GetEndpoint',
  'ec2messages:GetMessages',
  'ec2messages:SendReply',
] as const;

const PARAMETER_READS = [
  'ssm:GetParameter',
  'ssm:GetParameters',
  'ssm:GetParametersByPath',
  'ssm:GetParameterHistory',
];

const parameterArn = (c: Cluster, name: string) => `arn:aws:ssm:${c.region}:*:parameter${name}`;

const sorted = (xs: string[]) => [...new Set(xs)].sort();

/**
 * An explicit Deny of every read of the clusters' issuer DID seeds (the parameter and the paths a
 * by-path read would return it from), or undefined when none makes an issuer. Every policy but
 * the issuer machine's own profile carries it: the workflow roles and the other instances.
 */
export function seedDeny(clusters: readonly Cluster[]): PolicyStatement | undefined {
  const seeds = clusters.filter((c) => c.machines?.issuer);
  if (!seeds.length) return undefined;
  return {
    Sid: 'DenyIssuerSeed',
    Effect: 'Deny',
    Action: [...PARAMETER_READS],
    Resource: sorted(seeds.flatMap((c) => seedPaths(c).map((p) => parameterArn(c, p)))),
  };
}

/**
 * The policy of an instance profile, for the clusters that name it: the SSM agent, then
 * `ssm:GetParameter` (user data and the SSM scripts) on each cluster's copied secrets and the
 * operator's parameters its file names, by exact name; an explicit Deny of every parameter read
 * outside the clusters' own prefixes, should another policy (such as AWS's managed one) be
 * attached beside it; and, but for the issuer machine's own profile (`issuer`), an explicit Deny
 * of the issuer's DID seed. Not enforced on the instances' own reads: the simulator runs no AWS
 * call from an instance; test/iam/denials.test.ts evaluates it.
 */
export function instancePolicy(
  clusters: readonly Cluster[],
  opts: { issuer?: boolean } = {},
): PolicyDocument {
  const reads = clusters.flatMap((c) => [
    parameterArn(c, `/akrida-ops/${c.name}/*`),
    ...secretRefs(c)
      .filter(({ ref }) => 'parameter' in ref)
      .map(({ ref }) => parameterArn(c, parameterName(c, ref))),
  ]);
  const own = clusters.flatMap((c) => clusterPrefixes(c).map((p) => parameterArn(c, `${p}*`)));
  const seed = opts.issuer ? undefined : seedDeny(clusters);
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'SsmAgent', Effect: 'Allow', Action: [...SSM_AGENT_ACTIONS], Resource: '*' },
      {
        Sid: 'ReadClusterParameters',
        Effect: 'Allow',
        Action: ['ssm:GetParameter'],
        Resource: sorted(reads),
      },
      {
        Sid: 'DenyOtherParameters',
        Effect: 'Deny',
        Action: [...PARAMETER_READS],
        NotResource: sorted(own),
      },
      ...(seed ? [seed] : []),
    ],
  };
}

/** Each profile's policy, as bootstrap puts it and iam/ keeps it. */
export const profilePolicies = (clusters: readonly Cluster[]) =>
  wantedProfiles(clusters).map((p) => ({ ...p, policy: instancePolicy(p.clusters, { issuer: p.issuer }) }));
