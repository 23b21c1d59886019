// The preflight before cluster-up and cluster-plan: it names a missing instance profile and each
// grant the role lacks (asked through iam:SimulatePrincipalPolicy) before any work, and says what it
// could not check when the role may not simulate. On the simulated AWS enforcing the policies.
import { profilesOf } from '../../src/cluster/profiles.js';
import { loadClusterFile } from '../../src/config/load.js';
import { makeIamClient } from '../../src/iam/iam-client.js';
import { type Role, rolePolicy } from '../../src/iam/policies.js';
import { preflight, preflightReport, principalOf, sampleArn } from '../../src/iam/preflight.js';
import { IamEnforcer } from '../../src/sim/iam-enforcer.js';
import { simulated } from '../fixtures/sim.js';

const cluster = loadClusterFile('clusters/perf-example.yml').cluster;

function account(role: Role, policy = rolePolicy(role, [cluster]), profile = true) {
  const { sim, clients } = simulated();
  if (profile) for (const p of profilesOf(cluster)) sim.iam.seedInstanceProfile(p);
  const enforcer = new IamEnforcer(sim, policy, `akrida-ops-${role}`);
  sim.world.authorize = (s, o, i) => enforcer.authorize(s, o, i);
  const iam = makeIamClient({ region: cluster.region, backend: sim });
  return { sim, c: { iam, sts: clients.sts } };
}

describe.each(['deploy', 'plan'] as const)('the %s role', (role) => {
  test('with its generated policy and the profile: nothing missing, nothing unchecked', async () => {
    const { sim, c } = account(role);
    const r = await preflight(c, cluster, role);
    expect(r).toMatchObject({ missing: [], notes: [] });
    expect(r.caller).toBe(`arn:aws:sts::123456789012:assumed-role/akrida-ops-${role}/session`);
    expect(sim.mutations()).toEqual([]);
  });

  test('no instance profile: named, with what to do', async () => {
    const { c } = account(role, undefined, false);
    const r = await preflight(c, cluster, role);
    expect(r.missing).toEqual([
      expect.stringMatching(
        /^instance profile akrida-ops-instance-perf-example does not exist: run `akrida bootstrap --repo OWNER\/NAME --apply`/,
      ),
    ]);
  });
});

test('a policy minus one statement: each action it granted is named, with its statement and file', async () => {
  const { c } = account('deploy', rolePolicy('deploy', [cluster], 'Ec2Ours'));
  const r = await preflight(c, cluster, 'deploy');
  const granted = rolePolicy('deploy', [cluster]).Statement.find((s) => s.Sid === 'Ec2Ours')?.Action ?? [];
  expect(granted.length).toBeGreaterThan(3);
  expect(r.missing).toHaveLength(granted.length);
  for (const action of granted)
    expect(r.missing).toContainEqual(
      expect.stringContaining(
        `role/akrida-ops-deploy lacks ${action} (implicitDeny; statement Ec2Ours of iam/deploy-policy.json)`,
      ),
    );
  expect(preflightReport('deploy', r)).toContain(`${granted.length} missing:`);
});

test('a grant with the wrong condition value counts as missing (conditions are evaluated)', async () => {
  const policy = rolePolicy('deploy', [cluster]);
  for (const s of policy.Statement)
    if (s.Sid === 'AsgOurs' && s.Condition?.StringEquals)
      s.Condition.StringEquals['autoscaling:ResourceTag/akrida:cluster'] = 'other';
  const { c } = account('deploy', policy);
  const r = await preflight(c, cluster, 'deploy');
  expect(r.missing.length).toBeGreaterThan(0);
  expect(r.missing.every((m) => m.includes('statement AsgOurs'))).toBe(true);
});

test('a role that may not simulate: the preflight says so and hints; nothing is reported missing', async () => {
  const { c } = account('deploy', rolePolicy('deploy', [cluster], 'DeploySelfCheck'));
  const r = await preflight(c, cluster, 'deploy');
  expect(r.missing).toEqual([]);
  expect(r.notes).toEqual([
    expect.stringMatching(
      /could not ask IAM what .*role\/akrida-ops-deploy may do: it lacks iam:SimulatePrincipalPolicy on itself.*iam\/deploy-policy\.json/,
    ),
  ]);
});

test('principals and sample resources', () => {
  expect(principalOf('arn:aws:sts::123456789012:assumed-role/akrida-ops-deploy/akrida-ops-42')).toBe(
    'arn:aws:iam::123456789012:role/akrida-ops-deploy',
  );
  expect(principalOf('arn:aws:iam::123456789012:user/moto')).toBe('arn:aws:iam::123456789012:user/moto');
  expect(principalOf('arn:aws:sts::123456789012:federated-user/x')).toBeUndefined();
  expect(sampleArn('arn:aws:ec2:us-east-1:*:security-group/*', '123456789012')).toBe(
    'arn:aws:ec2:us-east-1:123456789012:security-group/akrida-preflight',
  );
  expect(sampleArn('arn:aws:iam::*:role/akrida-ops-instance', '123456789012')).toBe(
    'arn:aws:iam::123456789012:role/akrida-ops-instance',
  );
  expect(sampleArn('*', '1')).toBe('*');
});
