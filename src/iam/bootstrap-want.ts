// What `akrida bootstrap` wants in the account: the GitHub OIDC provider, the deploy and plan
// roles (trusted for this repository only) with the generated policies, and the instance role and
// profile. The same builders make the documents it writes and the CloudFormation template.
import type { Cluster } from '../config/schema.js';
import { instancePolicy } from './instance-policy.js';
import { type PolicyDocument, rolePolicy } from './policies.js';
import {
  type BootstrapRole,
  bootstrapTags,
  DEFAULT_INSTANCE_PROFILE,
  instanceTrust,
  OIDC_AUDIENCE,
  OIDC_URL,
  type Repo,
  ROLE_NAMES,
  repoName,
  type TrustDocument,
  workflowTrust,
} from './trust.js';

/**
 * The intermediate CA thumbprint GitHub's issuer was registered with. IAM no longer needs it for
 * token.actions.githubusercontent.com (it checks the JWKS endpoint against its library of trusted
 * CAs, and ThumbprintList is optional), but a provider without one is refused by older tooling.
 */
export const GITHUB_THUMBPRINT = '6938fd4d98bab03faadb97b34396831e3780aea1';

export interface WantedRole {
  kind: BootstrapRole;
  name: string;
  description: string;
  trust: TrustDocument;
  policy: PolicyDocument;
  managed: string[];
  tags: Record<string, string>;
}

export interface WantedIam {
  provider: { url: string; audience: string; thumbprints: string[]; tags: Record<string, string> };
  roles: WantedRole[];
  profile: { name: string; role: string; tags: Record<string, string> };
}

export interface BootstrapOptions {
  repo: Repo;
  clusters: readonly Cluster[];
  /** The instance profile (and its role's name); the cluster files must name it. */
  instanceProfile?: string;
}

export function wantedIam(opts: BootstrapOptions, providerArn: string): WantedIam {
  const profile = opts.instanceProfile ?? DEFAULT_INSTANCE_PROFILE;
  const repo = repoName(opts.repo);
  return {
    provider: {
      url: OIDC_URL,
      audience: OIDC_AUDIENCE,
      thumbprints: [GITHUB_THUMBPRINT],
      tags: bootstrapTags('oidc-provider'),
    },
    roles: [
      {
        kind: 'deploy',
        name: ROLE_NAMES.deploy,
        description: `akrida-ops deploy role: cluster-up, cluster-apply and load-test of ${repo}`,
        trust: workflowTrust('deploy', opts.repo, providerArn),
        policy: rolePolicy('deploy', opts.clusters),
        managed: [],
        tags: bootstrapTags('deploy'),
      },
      {
        kind: 'plan',
        name: ROLE_NAMES.plan,
        description: `akrida-ops plan role: read-only cluster-plan of ${repo}`,
        trust: workflowTrust('plan', opts.repo, providerArn),
        policy: rolePolicy('plan', opts.clusters),
        managed: [],
        tags: bootstrapTags('plan'),
      },
      {
        kind: 'teardown',
        name: ROLE_NAMES.teardown,
        description: `akrida-ops teardown role: cluster-down and cluster-sweep of ${repo}; deletes only what carries our tags, creates nothing`,
        trust: workflowTrust('teardown', opts.repo, providerArn),
        policy: rolePolicy('teardown', opts.clusters),
        managed: [],
        tags: bootstrapTags('teardown'),
      },
      {
        kind: 'instance',
        name: profile,
        description:
          "akrida-ops instance role: the cluster instances read their clusters' parameters; SSM agent",
        trust: instanceTrust(),
        policy: instancePolicy(opts.clusters),
        // No AWS managed policy: AmazonSSMManagedInstanceCore reads every parameter (instance-policy.ts).
        managed: [],
        tags: bootstrapTags('instance'),
      },
    ],
    profile: { name: profile, role: profile, tags: bootstrapTags('instance') },
  };
}

/** Cluster files that name another profile would fail at launch: say so before anything is made. */
export function profileMismatch(opts: BootstrapOptions): string[] {
  const profile = opts.instanceProfile ?? DEFAULT_INSTANCE_PROFILE;
  return opts.clusters
    .filter((c) => c.instanceProfile !== profile)
    .map((c) => `cluster ${c.name} names instance profile ${c.instanceProfile}, not ${profile}`);
}
