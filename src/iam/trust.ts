// Who may assume each role, and what bootstrap names and tags. The repository reaches trust
// policies, so it is checked against GitHub's own charset first: a value such as `*`, `a/b:ref:*`
// or one with a quote never becomes part of a `sub` condition.
import { MANAGED_BY, TAG } from '../cluster/tags.js';

/** GitHub Actions' OIDC issuer, and the audience configure-aws-credentials asks for. */
export const OIDC_HOST = 'token.actions.githubusercontent.com';
export const OIDC_URL = `https://${OIDC_HOST}`;
export const OIDC_AUDIENCE = 'sts.amazonaws.com';

/**
 * The environment whose jobs assume each workflow role (workflows-src/fragments.ts, ENV): the write
 * jobs of cluster-up/load-test run in akrida-apply after the one approval job in akrida-approval
 * (which mints no token); cluster-down and the sweeper run in akrida-teardown with the teardown
 * role, which can create nothing, so that environment never holds the deploy role.
 */
export const ROLE_ENVIRONMENTS = { deploy: 'akrida-apply', teardown: 'akrida-teardown' } as const;
/** The default branch, for a manual cluster-plan (a dispatch names no environment). */
export const DEFAULT_BRANCH = 'main';

export const ROLE_NAMES = {
  deploy: 'akrida-ops-deploy',
  plan: 'akrida-ops-plan',
  teardown: 'akrida-ops-teardown',
} as const;
/** The workflow roles: each assumed through GitHub's OIDC tokens. */
export type WorkflowRole = keyof typeof ROLE_NAMES;
export const DEFAULT_INSTANCE_PROFILE = 'akrida-ops-instance';
/** The name of each role's inline policy. */
export const POLICY_NAME = 'akrida-ops';

export type BootstrapRole = WorkflowRole | 'instance';

/** Tags of everything bootstrap makes; it adopts or removes only what carries them. */
export function bootstrapTags(role: BootstrapRole | 'oidc-provider'): Record<string, string> {
  return { [TAG.managedBy]: MANAGED_BY, [TAG.role]: `iam-${role}` };
}

export const isOurs = (tags: Record<string, string> | undefined) => tags?.[TAG.managedBy] === MANAGED_BY;

export class BootstrapInputError extends Error {
  override name = 'BootstrapInputError';
}

export interface Repo {
  owner: string;
  name: string;
}

/**
 * OWNER/NAME as GitHub allows them: an owner of 1 to 39 letters, digits and single inner hyphens;
 * a name of 1 to 100 letters, digits, `.`, `_` and `-`, not `.` or `..`. Nothing else.
 */
export function parseRepo(value: string): Repo {
  const m = /^([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})\/([A-Za-z0-9._-]{1,100})$/.exec(value);
  if (!m || m[2] === '.' || m[2] === '..')
    throw new BootstrapInputError(
      `--repo ${JSON.stringify(value.slice(0, 200))} is not a GitHub repository: give OWNER/NAME (owner: letters, digits and single hyphens, at most 39; name: letters, digits, ".", "_" and "-", at most 100)`,
    );
  return { owner: m[1] as string, name: m[2] as string };
}

export const repoName = (r: Repo) => `${r.owner}/${r.name}`;

/** The `sub` claims each role accepts: exact values, compared with StringEquals. */
export function trustedSubjects(role: WorkflowRole, repo: Repo): string[] {
  const base = `repo:${repoName(repo)}`;
  return role === 'plan'
    ? [`${base}:pull_request`, `${base}:ref:refs/heads/${DEFAULT_BRANCH}`]
    : [`${base}:environment:${ROLE_ENVIRONMENTS[role]}`];
}

export interface TrustDocument {
  Version: '2012-10-17';
  Statement: {
    Effect: 'Allow';
    Principal: { Federated: string } | { Service: string };
    Action: string;
    Condition?: { StringEquals: Record<string, string | string[]> };
  }[];
}

/** Trust of a workflow role: GitHub's OIDC tokens for this repository's subjects, audience sts. */
export function workflowTrust(role: WorkflowRole, repo: Repo, providerArn: string): TrustDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: providerArn },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: {
            [`${OIDC_HOST}:aud`]: OIDC_AUDIENCE,
            [`${OIDC_HOST}:sub`]: trustedSubjects(role, repo),
          },
        },
      },
    ],
  };
}

export function instanceTrust(): TrustDocument {
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  };
}

export const providerArnIn = (account: string) => `arn:aws:iam::${account}:oidc-provider/${OIDC_HOST}`;
