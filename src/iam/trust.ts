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

/**
 * The repository's OIDC subject template (`PUT /repos/{owner}/{repo}/actions/oidc/customization/sub`):
 * IAM evaluates no custom claim of GitHub's token (GitHub's AWS guide: "Support for custom claims
 * for OIDC is unavailable in AWS"), so the workflow is pinned through `sub`, which this template
 * makes `repo:OWNER/NAME:<context>:job_workflow_ref:<path>@<ref>` (GitHub's OIDC reference,
 * "Customizing the subject claims"). `akrida bootstrap` checks the template is set.
 */
export const SUB_CLAIM_KEYS = ['repo', 'context', 'job_workflow_ref'] as const;

/** One kind of token a role accepts: the job's context, its workflow file (the reusable one when called) and ref. */
export interface TrustedToken {
  context: string;
  workflow: string;
  ref: string;
}

const MAIN = `refs/heads/${DEFAULT_BRANCH}`;
const envToken = (role: 'deploy' | 'teardown', workflow: string): TrustedToken => ({
  context: `environment:${ROLE_ENVIRONMENTS[role]}`,
  workflow,
  ref: MAIN,
});

/**
 * The jobs that take each role, as the generated workflows have them (test/iam/trust.test.ts holds
 * this table equal to .github/workflows): cluster-apply's jobs are cluster-up's (a called workflow's
 * jobs carry its own path in job_workflow_ref); the plan job of a saved-plan cluster-up runs on
 * main without an environment; a pull request's workflow runs from its merge ref.
 */
export const ROLE_TOKENS: Record<WorkflowRole, readonly TrustedToken[]> = {
  deploy: [
    envToken('deploy', 'cluster-up.yml'),
    envToken('deploy', 'load-test.yml'),
    envToken('deploy', 'regression-run.yml'),
  ],
  teardown: [envToken('teardown', 'cluster-down.yml'), envToken('teardown', 'cluster-sweep.yml')],
  plan: [
    { context: 'pull_request', workflow: 'cluster-plan.yml', ref: 'refs/pull/*/merge' },
    { context: `ref:${MAIN}`, workflow: 'cluster-plan.yml', ref: MAIN },
    { context: `ref:${MAIN}`, workflow: 'cluster-up.yml', ref: MAIN },
  ],
};

/** The `sub` of a token of this repository under SUB_CLAIM_KEYS. */
export const subjectOf = (repo: Repo, t: TrustedToken) =>
  `repo:${repoName(repo)}:${t.context}:job_workflow_ref:${repoName(repo)}/.github/workflows/${t.workflow}@${t.ref}`;

/** The `sub` claims each role accepts (a `*` only in a pull request's number). */
export function trustedSubjects(role: WorkflowRole, repo: Repo): string[] {
  return ROLE_TOKENS[role].map((t) => subjectOf(repo, t));
}

type Block = Record<string, string | string[]>;

export interface TrustDocument {
  Version: '2012-10-17';
  Statement: {
    Effect: 'Allow';
    Principal: { Federated: string } | { Service: string };
    Action: string;
    Condition?: { StringEquals: Block; StringLike?: Block };
  }[];
}

/**
 * Trust of a workflow role: GitHub's OIDC tokens of this repository's jobs that take it, audience
 * sts. Exact subjects compare with StringEquals; the plan role's, which holds a pattern for the
 * pull request's number, with StringLike (conditions of one statement must all hold).
 */
export function workflowTrust(role: WorkflowRole, repo: Repo, providerArn: string): TrustDocument {
  const subjects = trustedSubjects(role, repo);
  const sub = { [`${OIDC_HOST}:sub`]: subjects };
  const like = subjects.some((s) => s.includes('*'));
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: providerArn },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: { [`${OIDC_HOST}:aud`]: OIDC_AUDIENCE, ...(like ? {} : sub) },
          ...(like ? { StringLike: sub } : {}),
        },
      },
    ],
  };
}

/** The `sub` patterns of a trust document, for what bootstrap shows. */
export function subjectsIn(trust: TrustDocument): string[] {
  const c = trust.Statement[0]?.Condition;
  const sub = c?.StringLike?.[`${OIDC_HOST}:sub`] ?? c?.StringEquals[`${OIDC_HOST}:sub`];
  return sub === undefined ? [] : [sub].flat();
}

export function instanceTrust(): TrustDocument {
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  };
}

export const providerArnIn = (account: string) => `arn:aws:iam::${account}:oidc-provider/${OIDC_HOST}`;
