// Simulated IAM's state: roles (trust policy, inline policies, attached managed policies, tags),
// instance profiles, OpenID Connect providers and the AWS managed policies a role may attach.
// IAM is global: one state per account, whatever the region of the client that calls it.
import type { PolicyDocument } from '../../iam/policies.js';
import type { Tags, World } from '../world.js';

export interface SimRole {
  name: string;
  id: string;
  path: string;
  createdAt: number;
  trust: string;
  description?: string;
  inline: Map<string, string>;
  attached: Set<string>;
  tags: Tags;
}

export interface SimInstanceProfile {
  name: string;
  id: string;
  path: string;
  createdAt: number;
  roles: string[];
  tags: Tags;
}

export interface SimOidcProvider {
  arn: string;
  url: string;
  createdAt: number;
  clientIds: string[];
  thumbprints: string[];
  tags: Tags;
}

/**
 * The AWS managed policies the simulated account knows (AttachRolePolicy refuses any other), as AWS
 * publishes them: AmazonSSMManagedInstanceCore v2, AWS managed policy reference
 * (https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AmazonSSMManagedInstanceCore.html).
 * Its ssm:GetParameter(s) on "*" is why the toolkit no longer attaches it (src/iam/instance-policy.ts).
 */
export const AWS_MANAGED_POLICIES: Record<string, PolicyDocument> = {
  'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore': {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: '',
        Effect: 'Allow',
        Action: [
          'ssm:DescribeAssociation',
          'ssm:GetDeployablePatchSnapshotForInstance',
          'ssm:GetDocument',
          'ssm:DescribeDocument',
          'ssm:GetManifest',
          'ssm:GetParameter',
          'ssm:GetParameters',
          'ssm:ListAssociations',
          'ssm:ListInstanceAssociations',
          'ssm:PutInventory',
          'ssm:PutComplianceItems',
          'ssm:PutConfigurePackageResult',
          'ssm:UpdateAssociationStatus',
          'ssm:UpdateInstanceAssociationStatus',
          'ssm:UpdateInstanceInformation',
        ],
        Resource: '*',
      },
      {
        Sid: '',
        Effect: 'Allow',
        Action: [
          'ssmmessages:CreateControlChannel',
          'ssmmessages:CreateDataChannel',
          'ssmmessages:OpenControlChannel',
          'ssmmessages:OpenDataChannel',
        ],
        Resource: '*',
      },
      {
        Sid: '',
        Effect: 'Allow',
        Action: [
          'ec2messages:AcknowledgeMessage',
          'ec2messages:DeleteMessage',
          'ec2messages:FailMessage',
          'ec2messages:GetEndpoint',
          'ec2messages:GetMessages',
          'ec2messages:SendReply',
        ],
        Resource: '*',
      },
    ],
  },
};

export class IamState {
  readonly roles = new Map<string, SimRole>();
  readonly profiles = new Map<string, SimInstanceProfile>();
  readonly providers = new Map<string, SimOidcProvider>();
  /**
   * What SimulatePrincipalPolicy evaluates for the caller's role when an IamEnforcer is installed
   * (the enforcer's policy is the caller's; the role itself need not exist in this state).
   */
  callerPolicy: { roleName: string; policy: PolicyDocument } | undefined;

  constructor(private readonly world: World) {}

  roleArn(r: Pick<SimRole, 'name' | 'path'>): string {
    return `arn:aws:iam::${this.world.accountId}:role${r.path}${r.name}`;
  }

  profileArn(p: Pick<SimInstanceProfile, 'name' | 'path'>): string {
    return `arn:aws:iam::${this.world.accountId}:instance-profile${p.path}${p.name}`;
  }

  /**
   * An instance profile that exists before the toolkit runs, its role holding `policy` inline as
   * `akrida-ops` (as `akrida bootstrap` makes it) and no managed policy.
   */
  seedInstanceProfile(name: string, policy?: PolicyDocument): void {
    if (this.profiles.has(name)) return;
    const at = Number.NEGATIVE_INFINITY;
    this.roles.set(name, {
      name,
      id: seededId('AROA', name),
      path: '/',
      createdAt: at,
      trust: JSON.stringify(ec2Trust()),
      inline: new Map(policy ? [['akrida-ops', JSON.stringify(policy)]] : []),
      attached: new Set(),
      tags: {},
    });
    this.profiles.set(name, {
      name,
      id: seededId('AIPA', name),
      path: '/',
      createdAt: at,
      roles: [name],
      tags: {},
    });
  }
}

function ec2Trust() {
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  };
}

/** IAM's unique id of something seeded: its kind's prefix and its name, as IAM's ids look. */
function seededId(prefix: string, name: string): string {
  return `${prefix}${name
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .padEnd(16, 'X')
    .slice(0, 17)}`;
}
