// `akrida bootstrap` checks GitHub before it makes roles that trust the repository: the
// environments the workflows name exist with their reviewers, self-review prevented and main
// only, and the OIDC subject template the trust expects is set; each finding is the command that
// sets it. Against a fake that answers as GitHub's REST API does.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runBootstrap } from '../../src/cli/bootstrap.js';
import { checkGitHub, ENVIRONMENT_RULES } from '../../src/iam/github-check.js';
import { parseRepo } from '../../src/iam/trust.js';
import { repoRoot } from '../../src/runner/runner.js';
import { type FakeEnvironment, FakeGitHub, PINNED_TEMPLATE, READY } from '../fixtures/fake-github.js';

const repo = parseRepo('octo-org/akrida-ops');
const github = (envs: Record<string, FakeEnvironment>, template = PINNED_TEMPLATE) =>
  new FakeGitHub('octo-org', 'akrida-ops', envs, template);
const lines = async (envs: Record<string, FakeEnvironment>, template = PINNED_TEMPLATE) =>
  (await checkGitHub(github(envs, template), repo)).map(
    (f) => `${f.subject.split(' (')[0]} ${f.problem} => ${f.fix}`,
  );

test('the environments checked are those the workflows name', () => {
  const dir = join(repoRoot(), '.github/workflows');
  const named = new Set<string>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.yml')))
    for (const job of Object.values(
      (parse(readFileSync(join(dir, f), 'utf8')) as { jobs: Record<string, { environment?: string }> }).jobs,
    ))
      if (job.environment) named.add(job.environment);
  expect(ENVIRONMENT_RULES.map((r) => r.name).sort()).toEqual([...named].sort());
  expect(Object.keys(READY).sort()).toEqual([...named].sort());
});

test('a repository set up as the README says: nothing to set', async () => {
  expect(await lines(READY)).toEqual([]);
  // Protected branches only is as good as main only.
  expect(await lines({ ...READY, 'akrida-apply': { branches: 'protected' } })).toEqual([]);
});

test('a new repository: every environment and the template, each with the command that sets it', async () => {
  const out = await lines({}, { use_default: true } as typeof PINNED_TEMPLATE);
  expect(out).toHaveLength(6);
  expect(out[0]).toBe(
    `environment akrida-approval does not exist => echo '{"reviewers":[{"type":"User","id":'"$(gh api user --jq .id)"'}],"prevent_self_review":true,"deployment_branch_policy":{"protected_branches":false,"custom_branch_policies":true}}' | gh api --method PUT repos/octo-org/akrida-ops/environments/akrida-approval --input - && gh api --method POST repos/octo-org/akrida-ops/environments/akrida-approval/deployment-branch-policies -f name=main -f type=branch`,
  );
  expect(out[1]).toBe(
    `environment akrida-apply does not exist => echo '{"deployment_branch_policy":{"protected_branches":false,"custom_branch_policies":true}}' | gh api --method PUT repos/octo-org/akrida-ops/environments/akrida-apply --input - && gh api --method POST repos/octo-org/akrida-ops/environments/akrida-apply/deployment-branch-policies -f name=main -f type=branch`,
  );
  expect(out[5]).toBe(
    `OIDC subject template is GitHub's default; the roles trust only tokens whose sub has repo, context, job_workflow_ref => echo '{"use_default":false,"include_claim_keys":["repo","context","job_workflow_ref"]}' | gh api --method PUT repos/octo-org/akrida-ops/actions/oidc/customization/sub --input -`,
  );
});

test('reviewers missing, self-review allowed, every branch admitted, extra patterns: each said', async () => {
  const out = await lines(
    {
      ...READY,
      'akrida-approval': { branches: [{ name: 'main' }] },
      'akrida-bootstrap': { reviewers: [1], preventSelfReview: false, branches: [{ name: 'main' }] },
      'akrida-apply': {},
      'akrida-teardown': { branches: [{ name: 'main' }, { name: 'feature/*' }, { name: 'v*', type: 'tag' }] },
    },
    { use_default: false, include_claim_keys: ['repo', 'context'] },
  );
  expect(out.map((l) => l.split(' => ')[0])).toEqual([
    'environment akrida-approval has no required reviewers',
    'environment akrida-apply admits every branch (no deployment branch policy)',
    'environment akrida-teardown also admits the branch pattern "feature/*" (only main may deploy)',
    'environment akrida-teardown also admits the tag pattern "v*" (only main may deploy)',
    'environment akrida-bootstrap lets the person who started a run approve it (prevent self-review is off)',
    'OIDC subject template is ["repo","context"]; the roles trust only tokens whose sub has repo, context, job_workflow_ref',
  ]);
  expect(out[2]).toMatch(
    / => gh api --method DELETE repos\/octo-org\/akrida-ops\/environments\/akrida-teardown\/deployment-branch-policies\/361472$/,
  );
});

test('an environment that admits only other branches is told to admit main', async () => {
  expect(await lines({ ...READY, 'akrida-apply': { branches: [{ name: 'release' }] } })).toEqual([
    'environment akrida-apply does not admit main => gh api --method POST repos/octo-org/akrida-ops/environments/akrida-apply/deployment-branch-policies -f name=main -f type=branch',
    'environment akrida-apply also admits the branch pattern "release" (only main may deploy) => gh api --method DELETE repos/octo-org/akrida-ops/environments/akrida-apply/deployment-branch-policies/361471',
  ]);
});

test('the release environment admits its version tags, not protected branches', async () => {
  expect(
    await lines({ ...READY, release: { reviewers: [1], preventSelfReview: true, branches: 'protected' } }),
  ).toEqual([
    'environment release does not admit the tag pattern v*.*.* => gh api --method POST repos/octo-org/akrida-ops/environments/release/deployment-branch-policies -f name=v*.*.* -f type=tag',
  ]);
});

test("GitHub's refusal other than 404 is not taken for a missing environment", async () => {
  const gh = new FakeGitHub('octo-org', 'akrida-ops', READY, PINNED_TEMPLATE, 403);
  await expect(checkGitHub(gh, repo)).rejects.toMatchObject({
    status: 403,
    message: expect.stringMatching(
      /^GitHub refused GET \/repos\/.* \(403\): the token needs read access .*actions: read/,
    ),
  });
});

describe('akrida bootstrap with the check', () => {
  const args = (gh: FakeGitHub, apply: boolean) => ({
    repo: 'octo-org/akrida-ops',
    apply,
    destroy: false,
    region: 'us-east-1',
    out: mkdtempSync(join(tmpdir(), 'akrida-gh-')),
    simulate: true,
    root: repoRoot(),
    github: gh,
  });

  test('--apply makes nothing while GitHub is not set up, and says what to set', async () => {
    const log: string[] = [];
    await expect(
      runBootstrap(args(github({ ...READY, 'akrida-apply': {} }), true), (l) => log.push(l)),
    ).rejects.toThrow(/GitHub is not set up as the roles' trust needs \(1 findings above\)/);
    expect(log.join('\n')).toContain('! environment akrida-apply');
    expect(log.join('\n')).not.toMatch(/created role/);
  });

  test('with GitHub set up, it applies', async () => {
    const log: string[] = [];
    const r = await runBootstrap(args(github(READY), true), (l) => log.push(l));
    expect(log.join('\n')).toContain('environments and OIDC subject template as the trust needs');
    expect(r.changes.length).toBeGreaterThan(0);
  });

  test('without --apply the findings are listed and the plan goes on', async () => {
    const log: string[] = [];
    const r = await runBootstrap(args(github({}), false), (l) => log.push(l));
    expect(log.filter((l) => l.startsWith('  ! '))).toHaveLength(5);
    expect(r.mode).toBe('plan');
  });
});
