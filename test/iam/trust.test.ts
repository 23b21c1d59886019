// The roles' trust pinned to the workflow: under the repository's OIDC subject template
// (repo, context, job_workflow_ref) each role accepts exactly the tokens of the jobs that take it
// in the generated workflows, and refuses a token of another workflow file, another branch,
// another environment, another repository, or one with GitHub's default subject.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { wantedIam } from '../../src/iam/bootstrap-want.js';
import { repoClusters } from '../../src/iam/files.js';
import type { PolicyDocument, PolicyStatement } from '../../src/iam/policies.js';
import {
  OIDC_HOST,
  parseRepo,
  ROLE_TOKENS,
  type TrustDocument,
  trustedSubjects,
  type WorkflowRole,
} from '../../src/iam/trust.js';
import { repoRoot } from '../../src/runner/runner.js';
import { decide } from '../../src/sim/iam/evaluate.js';

const repo = parseRepo('octo-org/akrida-ops');
const provider = `arn:aws:iam::123456789012:oidc-provider/${OIDC_HOST}`;
const want = wantedIam({ repo, clusters: repoClusters() }, provider);
const trustOf = (role: WorkflowRole) => want.roles.find((r) => r.kind === role)?.trust as TrustDocument;
const ROLES: WorkflowRole[] = ['deploy', 'plan', 'teardown'];
const SECRET_ROLE: Record<string, WorkflowRole> = {
  AKRIDA_AWS_ROLE_ARN: 'deploy',
  AKRIDA_AWS_READONLY_ROLE_ARN: 'plan',
  AKRIDA_AWS_TEARDOWN_ROLE_ARN: 'teardown',
};

interface Job {
  environment?: string;
  steps?: { uses?: string; with?: Record<string, string> }[];
}

/** Each job that takes one of our roles, with the `sub` GitHub gives its token under the template. */
function tokensOfWorkflows(prNumber: string): { role: WorkflowRole; sub: string }[] {
  const dir = join(repoRoot(), '.github/workflows');
  const out: { role: WorkflowRole; sub: string }[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yml'))) {
    const wf = parse(readFileSync(join(dir, file), 'utf8')) as {
      on: Record<string, unknown>;
      jobs: Record<string, Job>;
    };
    for (const job of Object.values(wf.jobs)) {
      const creds = job.steps?.find((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@'));
      const secret = /secrets\.(\w+)/.exec(creds?.with?.['role-to-assume'] ?? '')?.[1];
      const role = secret === undefined ? undefined : SECRET_ROLE[secret];
      if (!role) continue;
      const refs = Object.keys(wf.on).map((event) =>
        event === 'pull_request'
          ? { context: 'pull_request', ref: `refs/pull/${prNumber}/merge` }
          : { context: 'ref:refs/heads/main', ref: 'refs/heads/main' },
      );
      for (const r of refs) {
        const context = job.environment ? `environment:${job.environment}` : r.context;
        out.push({
          role,
          sub: `repo:octo-org/akrida-ops:${context}:job_workflow_ref:octo-org/akrida-ops/.github/workflows/${file}@${r.ref}`,
        });
      }
    }
  }
  return out;
}

/** Would IAM let a token with these claims assume the role? (The trust statement, judged as IAM does.) */
function assumes(role: WorkflowRole, sub: string, aud = 'sts.amazonaws.com'): boolean {
  const st = trustOf(role).Statement[0];
  const asPolicy: PolicyDocument = {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Trust',
        Effect: 'Allow',
        Action: [st?.Action as string],
        Resource: '*',
        Condition: st?.Condition,
      } as PolicyStatement,
    ],
  };
  const ctx = { [`${OIDC_HOST}:sub`]: sub, [`${OIDC_HOST}:aud`]: aud };
  return decide([asPolicy], 'sts:AssumeRoleWithWebIdentity', '*', ctx, 'simulation') === 'allowed';
}

test("each role's trusted subjects are exactly the tokens of the jobs that take it in .github/workflows", () => {
  const jobs = tokensOfWorkflows('*');
  for (const role of ROLES)
    expect([...new Set(jobs.filter((j) => j.role === role).map((j) => j.sub))].sort()).toEqual(
      [...trustedSubjects(role, repo)].sort(),
    );
});

test('every job takes its own role and no other', () => {
  for (const { role, sub } of tokensOfWorkflows('42'))
    expect(ROLES.filter((r) => assumes(r, sub))).toEqual([role]);
});

test('the deploy role is trusted only from akrida-apply, the teardown role only from akrida-teardown', () => {
  expect(ROLE_TOKENS.deploy.every((t) => t.context === 'environment:akrida-apply')).toBe(true);
  expect(ROLE_TOKENS.teardown.every((t) => t.context === 'environment:akrida-teardown')).toBe(true);
  expect(ROLE_TOKENS.plan.some((t) => t.context.startsWith('environment:'))).toBe(false);
});

describe('tokens the roles refuse', () => {
  const base = 'repo:octo-org/akrida-ops';
  const wf = (file: string, ref = 'refs/heads/main') =>
    `job_workflow_ref:octo-org/akrida-ops/.github/workflows/${file}@${ref}`;
  const cases: [string, WorkflowRole, string][] = [
    ['another workflow file in akrida-apply', 'deploy', `${base}:environment:akrida-apply:${wf('evil.yml')}`],
    [
      'cluster-up from another branch',
      'deploy',
      `${base}:environment:akrida-apply:${wf('cluster-up.yml', 'refs/heads/feature')}`,
    ],
    [
      'cluster-up in akrida-teardown',
      'deploy',
      `${base}:environment:akrida-teardown:${wf('cluster-up.yml')}`,
    ],
    [
      'cluster-down (the teardown environment)',
      'deploy',
      `${base}:environment:akrida-teardown:${wf('cluster-down.yml')}`,
    ],
    ["GitHub's default subject (no template)", 'deploy', `${base}:environment:akrida-apply`],
    ['cluster-up in akrida-apply', 'teardown', `${base}:environment:akrida-apply:${wf('cluster-up.yml')}`],
    [
      'cluster-down from a tag',
      'teardown',
      `${base}:environment:akrida-teardown:${wf('cluster-down.yml', 'refs/tags/v1')}`,
    ],
    [
      'a pull request of another workflow file',
      'plan',
      `${base}:pull_request:${wf('evil.yml', 'refs/pull/7/merge')}`,
    ],
    [
      'cluster-plan from another branch',
      'plan',
      `${base}:ref:refs/heads/dev:${wf('cluster-plan.yml', 'refs/heads/dev')}`,
    ],
    [
      'another repository calling our workflow',
      'deploy',
      `repo:octo-org/other:environment:akrida-apply:${wf('cluster-up.yml')}`,
    ],
    [
      "our repository calling another repository's workflow of the same name",
      'deploy',
      `${base}:environment:akrida-apply:job_workflow_ref:octo-org/other/.github/workflows/cluster-up.yml@refs/heads/main`,
    ],
  ];
  test.each(cases)('%s (%s role)', (_what, role, sub) => {
    expect(assumes(role, sub)).toBe(false);
  });

  test('a token for another audience', () => {
    const sub = trustedSubjects('deploy', repo)[0] as string;
    expect(assumes('deploy', sub)).toBe(true);
    expect(assumes('deploy', sub, 'https://github.com/octo-org')).toBe(false);
  });
});
