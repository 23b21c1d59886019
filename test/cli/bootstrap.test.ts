// `akrida bootstrap` as an administrator meets it: help with examples, a hostile --repo refused
// with exit 2 before anything, the plan and the documents without --apply, --json, on the
// simulated AWS (in-process).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { akrida } from '../fixtures/cli.js';

const out = () => mkdtempSync(join(tmpdir(), 'akrida-bootstrap-'));

test('help: what it makes, --repo, --apply, --destroy and examples', async () => {
  const r = await akrida(['bootstrap', '--help']);
  expect(r.code).toBe(0);
  expect(r.out).toContain('Usage: akrida bootstrap');
  for (const o of ['--repo <owner/name>', '--apply', '--destroy', '--json', '--simulate'])
    expect(r.out).toContain(o);
  expect(r.out).toContain('Examples:\n  akrida bootstrap --repo my-org/akrida-ops');
  expect((await akrida(['--help'])).out).toMatch(/^ {2}bootstrap /m);
});

test.each(['*', 'octo/*', 'octo/akrida-ops:ref:refs/heads/x', 'octo/a"b', 'octo'])(
  'a hostile --repo %p: exit 2, nothing planned or written',
  async (repo) => {
    const dir = out();
    const r = await akrida(['bootstrap', '--repo', repo, '--simulate', '--apply', '--out', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('not a GitHub repository');
    expect(r.out).toBe('');
    expect(existsSync(join(dir, 'deploy-trust.json'))).toBe(false);
  },
);

test('--repo is required', async () => {
  const r = await akrida(['bootstrap', '--simulate']);
  expect(r.code).toBe(2);
  expect(r.err).toContain("required option '--repo <owner/name>' not specified");
});

test('without --apply: the plan and the documents for this repository, nothing changed', async () => {
  const dir = out();
  const r = await akrida(['bootstrap', '--repo', 'octo-org/akrida-ops', '--simulate', '--out', dir]);
  expect(r.code).toBe(0);
  expect(r.out).toContain(
    'bootstrap of octo-org/akrida-ops in account 123456789012: plan (simulated account)',
  );
  expect(r.out).toContain(
    '  + create role akrida-ops-deploy  (trusts repo:octo-org/akrida-ops:environment:akrida-apply',
  );
  expect(r.out).toContain('nothing changed: add --apply');
  // The OIDC provider; three workflow roles; each cluster's instance profile and the example's
  // issuer machine's, each with its role: a role, its policy, a profile, the role in it.
  expect(r.out).toContain('19 changes planned');
  for (const name of [
    'akrida-ops-instance-example',
    'akrida-ops-instance-perf-example',
    'akrida-ops-issuer-example',
  ]) {
    expect(r.out).toContain(`  + create instance profile ${name}`);
    expect(readFileSync(join(dir, 'profiles', `${name}.json`), 'utf8')).toBe(
      readFileSync(`iam/profiles/${name}.json`, 'utf8'),
    );
  }
  const trust = JSON.parse(readFileSync(join(dir, 'deploy-trust.json'), 'utf8'));
  expect(trust.Statement[0].Principal.Federated).toBe(
    'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com',
  );
  expect(readFileSync(join(dir, 'deploy-policy.json'), 'utf8')).toBe(
    readFileSync('iam/deploy-policy.json', 'utf8'),
  );
  expect(readFileSync(join(dir, 'bootstrap.cfn.yml'), 'utf8')).toBe(
    readFileSync('iam/bootstrap.cfn.yml', 'utf8'),
  );
});

test('--apply --json: what was made, and the role ARNs for the repository secrets', async () => {
  const r = await akrida([
    'bootstrap',
    '--repo',
    'octo-org/akrida-ops',
    '--simulate',
    '--apply',
    '--json',
    '--out',
    out(),
  ]);
  expect(r.code).toBe(0);
  const j = JSON.parse(r.out);
  expect(j).toMatchObject({
    repo: 'octo-org/akrida-ops',
    account: '123456789012',
    mode: 'apply',
    roles: {
      deploy: 'arn:aws:iam::123456789012:role/akrida-ops-deploy',
      plan: 'arn:aws:iam::123456789012:role/akrida-ops-plan',
      teardown: 'arn:aws:iam::123456789012:role/akrida-ops-teardown',
    },
  });
  expect(j.changes).toHaveLength(19);
});

test('--apply prints the gh commands that give the workflows their roles', async () => {
  const r = await akrida([
    'bootstrap',
    '--repo',
    'octo-org/akrida-ops',
    '--simulate',
    '--apply',
    '--out',
    out(),
  ]);
  expect(r.out).toContain('19 changes made');
  expect(r.out).toContain(
    'gh secret set AKRIDA_AWS_ROLE_ARN --repo octo-org/akrida-ops --body arn:aws:iam::123456789012:role/akrida-ops-deploy',
  );
  expect(r.out).toContain(
    'gh secret set AKRIDA_AWS_TEARDOWN_ROLE_ARN --repo octo-org/akrida-ops --body arn:aws:iam::123456789012:role/akrida-ops-teardown',
  );
});

test('--destroy without --apply on an account with none of ours: nothing to change', async () => {
  const r = await akrida([
    'bootstrap',
    '--repo',
    'octo-org/akrida-ops',
    '--simulate',
    '--destroy',
    '--out',
    out(),
  ]);
  expect(r.code).toBe(0);
  expect(r.out).toContain('nothing to change');
});
