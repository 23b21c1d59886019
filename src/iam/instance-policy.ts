// The instance role's policy, in place of AWS's managed AmazonSSMManagedInstanceCore: that policy
// also allows ssm:GetParameter and ssm:GetParameters on "*", and SecureStrings under the default
// key aws/ssm decrypt for every principal of the account, so every instance could read every
// secret. Ours is what the SSM agent needs, copied from it, and only the clusters' own parameters.
import { clusterPrefixes, parameterName, secretRefs } from '../cluster/secrets.js';
import type { Cluster } from '../config/schema.js';
import type { PolicyDocument } from './policies.js';

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

/**
 * The instance role's policy for the clusters that name its profile: the SSM agent, then
 * `ssm:GetParameter` (user data and the SSM scripts) on each cluster's copied secrets and the
 * operator's parameters its file names, by exact name; and an explicit Deny of every parameter
 * read outside the clusters' own prefixes, should another policy (such as AWS's managed one) be
 * attached beside it. Not enforced on the instances' own reads: the simulator runs no AWS call
 * from an instance; test/iam/denials.test.ts evaluates it.
 */
export function instancePolicy(clusters: readonly Cluster[]): PolicyDocument {
  const arn = (c: Cluster, name: string) => `arn:aws:ssm:${c.region}:*:parameter${name}`;
  const reads = clusters.flatMap((c) => [
    arn(c, `/akrida-ops/${c.name}/*`),
    ...secretRefs(c)
      .filter(({ ref }) => 'parameter' in ref)
      .map(({ ref }) => arn(c, parameterName(c, ref))),
  ]);
  const own = clusters.flatMap((c) => clusterPrefixes(c).map((p) => arn(c, `${p}*`)));
  const sorted = (xs: string[]) => [...new Set(xs)].sort();
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
        Action: [
          'ssm:GetParameter',
          'ssm:GetParameters',
          'ssm:GetParametersByPath',
          'ssm:GetParameterHistory',
        ],
        NotResource: sorted(own),
      },
    ],
  };
}
