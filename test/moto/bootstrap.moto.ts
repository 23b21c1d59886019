// akrida bootstrap against moto server's IAM, as an independent check of what the simulated IAM
// claims: from an account with none of ours, a re-run with 0 mutations, --destroy leaving none; and
// the preflight's calls (GetInstanceProfile, SimulatePrincipalPolicy) answered without error.
import {
  IAMClient,
  ListInstanceProfilesCommand,
  ListOpenIDConnectProvidersCommand,
  ListRolesCommand,
} from '@aws-sdk/client-iam';
import { STSClient } from '@aws-sdk/client-sts';
import { jest } from '@jest/globals';
import { planBootstrap } from '../../src/iam/bootstrap.js';
import { applyBootstrap, applyDestroy, planDestroy } from '../../src/iam/bootstrap-apply.js';
import { repoClusters } from '../../src/iam/files.js';
import { preflight } from '../../src/iam/preflight.js';
import { parseRepo } from '../../src/iam/trust.js';
import { SYSTEM_CLOCK } from '../../src/time/clock.js';
import { MOTO_AVAILABLE, type Moto, startMoto } from '../fixtures/moto.js';

jest.setTimeout(180_000);

const maybe = MOTO_AVAILABLE ? describe : describe.skip;
const clusters = repoClusters();
const repo = parseRepo('octo-org/akrida-ops');
const PROFILES = [
  'akrida-ops-instance-example',
  'akrida-ops-instance-perf-example',
  'akrida-ops-issuer-example',
];

maybe('akrida bootstrap against moto server', () => {
  let moto: Moto;
  let c: { iam: IAMClient; sts: STSClient; clock: typeof SYSTEM_CLOCK };
  let writes = 0;

  beforeAll(async () => {
    moto = await startMoto();
    const config = {
      region: 'us-east-1',
      endpoint: moto.direct,
      credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
    };
    const direct = new IAMClient(config);
    // Count the writes this run sends: every IAM call that is not a Get/List/Simulate.
    direct.middlewareStack.add(
      (next, context) => async (args) => {
        if (!/^(Get|List|Simulate)/.test(String(context.commandName))) writes += 1;
        return next(args);
      },
      { step: 'initialize', name: 'countWrites' },
    );
    c = { iam: direct, sts: new STSClient(config), clock: SYSTEM_CLOCK };
  });

  afterAll(async () => {
    c?.iam.destroy();
    c?.sts.destroy();
    await moto?.stop();
  });

  test("from an account with none of ours: provider, the three workflow roles, each cluster's instance profiles", async () => {
    const r = await applyBootstrap(c, { repo, clusters });
    // The provider; three workflow roles with their policies; per instance profile (each cluster's
    // own and the example's issuer machine's) its role, the role's policy, the profile, the role in it.
    expect(r.applied).toHaveLength(1 + 3 * 2 + PROFILES.length * 4);
    const roles = (await c.iam.send(new ListRolesCommand({}))).Roles?.map((x) => x.RoleName).sort();
    expect(roles).toEqual(
      expect.arrayContaining(['akrida-ops-deploy', 'akrida-ops-plan', 'akrida-ops-teardown', ...PROFILES]),
    );
    const profiles = (await c.iam.send(new ListInstanceProfilesCommand({}))).InstanceProfiles ?? [];
    for (const p of PROFILES)
      expect(profiles.map((x) => [x.InstanceProfileName, x.Roles?.map((y) => y.RoleName)])).toContainEqual([
        p,
        [p],
      ]);
    const providers =
      (await c.iam.send(new ListOpenIDConnectProvidersCommand({}))).OpenIDConnectProviderList ?? [];
    expect(providers.map((p) => p.Arn)).toContainEqual(
      expect.stringMatching(/oidc-provider\/token\.actions\.githubusercontent\.com$/),
    );
  });

  test('a second run plans nothing and sends no write', async () => {
    const before = writes;
    const again = await applyBootstrap(c, { repo, clusters });
    expect(again.plan.changes).toEqual([]);
    expect(writes - before).toBe(0);
  });

  test("the preflight's calls are answered: the profile exists", async () => {
    const cluster = clusters[0];
    if (!cluster) throw new Error('no cluster file');
    const r = await preflight(c, cluster, 'deploy');
    expect(r.missing).toEqual([]);
    // moto's caller (arn:aws:sts::…:user/moto) is no ARN AWS would answer: nothing to simulate.
    expect(r.notes).toEqual([expect.stringContaining('its permissions were not simulated')]);
  });

  test('--destroy leaves none of ours, and plans nothing after', async () => {
    await applyDestroy(await planDestroy(c, { repo, clusters }));
    const roles = (await c.iam.send(new ListRolesCommand({}))).Roles?.map((x) => x.RoleName) ?? [];
    expect(roles.filter((n) => n?.startsWith('akrida-ops-'))).toEqual([]);
    expect((await c.iam.send(new ListInstanceProfilesCommand({}))).InstanceProfiles ?? []).toEqual([]);
    expect(
      (await c.iam.send(new ListOpenIDConnectProvidersCommand({}))).OpenIDConnectProviderList ?? [],
    ).toEqual([]);
    expect(await planDestroy(c, { repo, clusters })).toEqual([]);
    expect((await planBootstrap(c, { repo, clusters })).changes).toHaveLength(
      1 + 3 * 2 + PROFILES.length * 4,
    );
  });
});
