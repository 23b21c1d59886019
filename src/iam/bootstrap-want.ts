// What `akrida bootstrap` wants in the account: the GitHub OIDC provider, the deploy and plan
// roles (trusted for this repository only) with the generated policies, and each cluster's
// instance profiles with their roles (its instances', and its issuer machine's). The same builders
// make the documents it writes and the CloudFormation template.
import type { Cluster } from '../config/schema.js';
import { profilePolicies } from './instance-policy.js';
import { type PolicyDocument, rolePolicy } from './policies.js';
import {
  type BootstrapRole,
  bootstrapTags,
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

/** Where a role's policy is kept: the workflow roles' by kind, each instance profile's by its name. */
export const policyPath = (r: Pick<WantedRole, 'kind' | 'name'>): string =>
  r.kind === 'instance' ? `iam/profiles/${r.name}.json` : `iam/${r.kind}-policy.json`;

export interface WantedIam {
  provider: { url: string; audience: string; thumbprints: string[]; tags: Record<string, string> };
  roles: WantedRole[];
  /** Each instance profile, holding the role of the same name. */
  profiles: { name: string; role: string; tags: Record<string, string> }[];
}

export interface BootstrapOptions {
  repo: Repo;
  clusters: readonly Cluster[];
}

export function wantedIam(opts: BootstrapOptions, providerArn: string): WantedIam {
  const profiles = profilePolicies(opts.clusters);
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
      ...profiles.map(
        (p): WantedRole => ({
          kind: 'instance',
          name: p.name,
          description: p.issuer
            ? `akrida-ops issuer machine role of cluster ${p.clusters.map((c) => c.name).join(', ')}: its parameters and the DID seed; SSM agent`
            : `akrida-ops instance role of cluster ${p.clusters.map((c) => c.name).join(', ')}: its parameters (never the DID seed); SSM agent`,
          trust: instanceTrust(),
          policy: p.policy,
          // No AWS managed policy: AmazonSSMManagedInstanceCore reads every parameter (instance-policy.ts).
          managed: [],
          tags: bootstrapTags('instance'),
        }),
      ),
    ],
    profiles: profiles.map((p) => ({ name: p.name, role: p.name, tags: bootstrapTags('instance') })),
  };
}
