// `akrida bootstrap` on the simulated AWS, as an administrator meets it: an account with no IAM of
// ours gets the OIDC provider, the workflow roles and each cluster's instance profiles and roles, all
// tagged; a second run changes nothing; --destroy leaves none of ours; a same-named role that is
// not ours stops the run; a hostile --repo never reaches AWS.
import { CreateRoleCommand, TagRoleCommand } from '@aws-sdk/client-iam';
import { BootstrapConflictError, planBootstrap } from '../../src/iam/bootstrap.js';
import { applyBootstrap, applyDestroy, planDestroy } from '../../src/iam/bootstrap-apply.js';
import { repoClusters } from '../../src/iam/files.js';
import { makeIamClient } from '../../src/iam/iam-client.js';
import { instancePolicy, SSM_CORE } from '../../src/iam/instance-policy.js';
import { BootstrapInputError, OIDC_HOST, parseRepo, ROLE_NAMES } from '../../src/iam/trust.js';
import { simulated } from '../fixtures/sim.js';

const clusters = repoClusters();
const repo = parseRepo('octo-org/akrida-ops');
/** The clusters' own instance profiles, and the example's issuer machine's. */
const PROFILES = [
  'akrida-ops-instance-example',
  'akrida-ops-instance-perf-example',
  'akrida-ops-issuer-example',
];

function account(opts: Parameters<typeof simulated>[0] = {}) {
  const s = simulated(opts);
  const iam = makeIamClient({ region: 'us-east-1', backend: s.sim });
  return { ...s, c: { iam, sts: s.clients.sts, clock: s.sim.clock } };
}

const iamWrites = (sim: ReturnType<typeof simulated>['sim']) =>
  sim.mutations().filter((e) => e.service === 'IAM');

describe('bootstrap from an account with no IAM of ours', () => {
  test("creates the provider, the workflow roles, each cluster's instance profile and the issuer machine's, all tagged", async () => {
    const { sim, c } = account();
    const { applied } = await applyBootstrap(c, { repo, clusters });
    expect(applied.map((ch) => `${ch.action} ${ch.resource}`)).toEqual([
      `create OIDC provider https://${OIDC_HOST}`,
      'create role akrida-ops-deploy',
      'create policy akrida-ops of role akrida-ops-deploy',
      'create role akrida-ops-plan',
      'create policy akrida-ops of role akrida-ops-plan',
      'create role akrida-ops-teardown',
      'create policy akrida-ops of role akrida-ops-teardown',
      ...PROFILES.flatMap((p) => [`create role ${p}`, `create policy akrida-ops of role ${p}`]),
      ...PROFILES.flatMap((p) => [
        `create instance profile ${p}`,
        `create role ${p} in instance profile ${p}`,
      ]),
    ]);
    const s = sim.iam;
    expect([...s.roles.keys()].sort()).toEqual(
      ['akrida-ops-deploy', 'akrida-ops-plan', 'akrida-ops-teardown', ...PROFILES].sort(),
    );
    for (const r of s.roles.values()) expect(r.tags['managed-by']).toBe('akrida-ops');
    for (const p of PROFILES) {
      expect(s.profiles.get(p)?.tags['managed-by']).toBe('akrida-ops');
      expect(s.profiles.get(p)?.roles).toEqual([p]);
      // No AWS managed policy: AmazonSSMManagedInstanceCore would let every instance read every parameter.
      expect([...(s.roles.get(p)?.attached ?? [])]).toEqual([]);
    }
    // Each profile's policy names only its own cluster's parameters; only the issuer's may read the seed.
    const policy = (p: string) => JSON.stringify(s.roles.get(p)?.inline.get('akrida-ops'));
    expect(policy('akrida-ops-instance-perf-example')).not.toContain('/example/');
    expect(policy('akrida-ops-instance-example')).not.toContain('perf-example');
    expect(policy('akrida-ops-instance-example')).toContain('DenyIssuerSeed');
    expect(policy('akrida-ops-issuer-example')).not.toContain('DenyIssuerSeed');
    expect([...s.providers.values()].map((p) => [p.url, p.clientIds, p.tags['managed-by']])).toEqual([
      [OIDC_HOST, ['sts.amazonaws.com'], 'akrida-ops'],
    ]);
    expect(iamWrites(sim)).toHaveLength(19);
  });

  test('an instance role an earlier bootstrap gave AmazonSSMManagedInstanceCore: the policy is detached, ours put', async () => {
    const { sim, c } = account();
    await applyBootstrap(c, { repo, clusters });
    const role = sim.iam.roles.get('akrida-ops-instance-example');
    role?.attached.add(SSM_CORE);
    role?.inline.set('akrida-ops', '{"Version":"2012-10-17","Statement":[]}');
    const { applied } = await applyBootstrap(c, { repo, clusters });
    expect(applied.map((ch) => `${ch.action} ${ch.resource}`)).toEqual([
      'update policy akrida-ops of role akrida-ops-instance-example',
      `delete attachment of ${SSM_CORE} to role akrida-ops-instance-example`,
    ]);
    expect([...(role?.attached ?? [])]).toEqual([]);
    expect(JSON.parse(role?.inline.get('akrida-ops') ?? '{}')).toEqual(
      instancePolicy(clusters.filter((c) => c.name === 'example')),
    );
    expect((await planBootstrap(c, { repo, clusters })).changes).toEqual([]);
  });

  test('the trust conditions are exact: this repository, its write environments, its pull requests', async () => {
    const { sim, c } = account();
    await applyBootstrap(c, { repo, clusters });
    const trust = (name: string) => JSON.parse(sim.iam.roles.get(name)?.trust ?? '{}').Statement;
    const provider = `arn:aws:iam::123456789012:oidc-provider/${OIDC_HOST}`;
    const pinned = (context: string, file: string, ref = 'refs/heads/main') =>
      `repo:octo-org/akrida-ops:${context}:job_workflow_ref:octo-org/akrida-ops/.github/workflows/${file}@${ref}`;
    expect(trust(ROLE_NAMES.deploy)).toEqual([
      {
        Effect: 'Allow',
        Principal: { Federated: provider },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: {
            [`${OIDC_HOST}:aud`]: 'sts.amazonaws.com',
            [`${OIDC_HOST}:sub`]: [
              pinned('environment:akrida-apply', 'cluster-up.yml'),
              pinned('environment:akrida-apply', 'load-test.yml'),
              pinned('environment:akrida-apply', 'regression-run.yml'),
            ],
          },
        },
      },
    ]);
    // The teardown role from the teardown environment only; the deploy role never from there.
    expect(trust(ROLE_NAMES.teardown)[0].Condition.StringEquals[`${OIDC_HOST}:sub`]).toEqual([
      pinned('environment:akrida-teardown', 'cluster-down.yml'),
      pinned('environment:akrida-teardown', 'cluster-sweep.yml'),
    ]);
    // A pull request's number is the only pattern, so the plan role's subjects compare with StringLike.
    expect(trust(ROLE_NAMES.plan)[0].Condition).toEqual({
      StringEquals: { [`${OIDC_HOST}:aud`]: 'sts.amazonaws.com' },
      StringLike: {
        [`${OIDC_HOST}:sub`]: [
          pinned('pull_request', 'cluster-plan.yml', 'refs/pull/*/merge'),
          pinned('ref:refs/heads/main', 'cluster-plan.yml'),
          pinned('ref:refs/heads/main', 'cluster-up.yml'),
        ],
      },
    });
    for (const p of PROFILES)
      expect(trust(p)).toEqual([
        { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
      ]);
  });

  test('a second run makes 0 mutations and plans nothing', async () => {
    const { sim, c } = account();
    await applyBootstrap(c, { repo, clusters });
    const before = sim.mutations().length;
    const again = await applyBootstrap(c, { repo, clusters });
    expect(again.plan.changes).toEqual([]);
    expect(sim.mutations().length - before).toBe(0);
  });

  test('IAM slow to show what it made (eventual consistency): apply waits, a re-run plans nothing', async () => {
    const { sim, c } = account({ faults: { consistencyWindowMs: 8_000 } });
    const t0 = sim.clock.now();
    await applyBootstrap(c, { repo, clusters });
    expect(sim.clock.now() - t0).toBeGreaterThanOrEqual(8_000);
    const before = sim.mutations().length;
    expect((await applyBootstrap(c, { repo, clusters })).plan.changes).toEqual([]);
    expect(sim.mutations().length).toBe(before);
  });

  test('a role of ours made a moment ago (not yet readable): EntityAlreadyExists, re-read, adopted', async () => {
    const { sim, c } = account({ faults: { consistencyWindowMs: 8_000 } });
    await c.iam.send(
      new CreateRoleCommand({
        RoleName: ROLE_NAMES.deploy,
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
          ],
        }),
        Tags: [{ Key: 'managed-by', Value: 'akrida-ops' }],
      }),
    );
    const log: string[] = [];
    await applyBootstrap(c, { repo, clusters }, (l) => log.push(l));
    expect(log.join('\n')).toContain('role akrida-ops-deploy exists already though it read as absent');
    // Each role once: the three workflow roles and one per instance profile.
    expect(iamWrites(sim).filter((e) => e.operation === 'CreateRole' && !e.error)).toHaveLength(
      3 + PROFILES.length,
    );
    expect(JSON.parse(sim.iam.roles.get(ROLE_NAMES.deploy)?.trust ?? '{}').Statement[0].Action).toBe(
      'sts:AssumeRoleWithWebIdentity',
    );
  });

  test('a changed repository updates the trust policies only', async () => {
    const { sim, c } = account();
    await applyBootstrap(c, { repo, clusters });
    const before = sim.mutations().length;
    const r = await applyBootstrap(c, { repo: parseRepo('octo-org/fork-of-akrida'), clusters });
    expect(r.applied.map((ch) => `${ch.action} ${ch.resource}`)).toEqual([
      'update trust policy of role akrida-ops-deploy',
      'update trust policy of role akrida-ops-plan',
      'update trust policy of role akrida-ops-teardown',
    ]);
    expect(sim.mutations().length - before).toBe(3);
  });

  test('--destroy leaves none of our IAM behind, and a second destroy does nothing', async () => {
    const { sim, c } = account();
    await applyBootstrap(c, { repo, clusters });
    await applyDestroy(await planDestroy(c, { repo, clusters }));
    expect(sim.iam.roles.size + sim.iam.profiles.size + sim.iam.providers.size).toBe(0);
    expect(await planDestroy(c, { repo, clusters })).toEqual([]);
  });
});

describe('what is not ours', () => {
  test('an untagged role of the same name stops the run, naming it; nothing is written', async () => {
    const { sim, c } = account();
    await c.iam.send(
      new CreateRoleCommand({
        RoleName: ROLE_NAMES.deploy,
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
          ],
        }),
      }),
    );
    const before = sim.mutations().length;
    await expect(applyBootstrap(c, { repo, clusters })).rejects.toThrow(
      /role akrida-ops-deploy exists without the tag managed-by=akrida-ops/,
    );
    await expect(planBootstrap(c, { repo, clusters })).rejects.toBeInstanceOf(BootstrapConflictError);
    expect(sim.mutations().length).toBe(before);
    // Destroy leaves it alone too.
    const plan = await planDestroy(c, { repo, clusters });
    expect(plan.filter((ch) => ch.resource === 'role akrida-ops-deploy').map((ch) => ch.action)).toEqual([
      'keep',
    ]);
  });

  test('the same role tagged as ours is adopted: its trust and policy are brought in line', async () => {
    const { sim, c } = account();
    await c.iam.send(
      new CreateRoleCommand({
        RoleName: ROLE_NAMES.plan,
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
          ],
        }),
      }),
    );
    await c.iam.send(
      new TagRoleCommand({ RoleName: ROLE_NAMES.plan, Tags: [{ Key: 'managed-by', Value: 'akrida-ops' }] }),
    );
    const r = await applyBootstrap(c, { repo, clusters });
    expect(r.applied.map((ch) => `${ch.action} ${ch.resource}`)).toContain(
      'update trust policy of role akrida-ops-plan',
    );
    expect(r.applied.map((ch) => ch.resource)).not.toContain('role akrida-ops-plan');
    expect(JSON.parse(sim.iam.roles.get(ROLE_NAMES.plan)?.trust ?? '{}').Statement[0].Action).toBe(
      'sts:AssumeRoleWithWebIdentity',
    );
  });
});

describe('--repo is attacker input', () => {
  test.each([
    '*',
    'octo-org/*',
    'octo-org',
    'octo-org/akrida-ops:environment:x',
    'octo-org/akrida-ops/extra',
    'octo org/akrida-ops',
    '-octo/akrida-ops',
    'octo--org/akrida-ops',
    'octo-org/..',
    'octo-org/a"b',
    'octo-org/akrida-ops\n',
    `${'a'.repeat(40)}/x`,
    `octo/${'a'.repeat(101)}`,
    'octo-org/akrida-ops?',
    'ｏcto/akrida',
    '',
  ])('%p is refused', (value) => {
    expect(() => parseRepo(value)).toThrow(BootstrapInputError);
  });

  test.each([
    'a/b',
    'octo-org/akrida-ops',
    'Octo-Org-2/akrida_ops.v2',
    `${'a'.repeat(39)}/${'b'.repeat(100)}`,
  ])('%p is accepted', (value) => {
    expect(() => parseRepo(value)).not.toThrow();
  });
});
