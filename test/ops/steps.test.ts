// The cluster steps one by one, and the ways they fail.
import { DescribeImagesCommand } from '@aws-sdk/client-ec2';
import { RunCommandError, runOnInstances } from '../../src/aws/run-command.js';
import { bakeImage } from '../../src/resources/images.js';
import { configureMaster, describeMaster } from '../../src/resources/master.js';
import { checkSecrets, MissingSecretError, storeSecrets } from '../../src/resources/parameters.js';
import { ensureClusterSecurityGroups } from '../../src/resources/security-groups.js';
import { clusterUp } from '../fixtures/cluster-up.js';
import { cluster, exampleAccount, WORKFLOW_SECRETS } from '../fixtures/example-cluster.js';
import { SUBNETS } from '../fixtures/sim.js';

describe('run-on-instances', () => {
  test('more than 50 targets go in several commands; every failing instance is named with its stderr tail', async () => {
    const { sim, ctx } = await exampleAccount();
    const ids = Array.from(
      { length: 120 },
      () =>
        sim.ec2.seedInstance({ instanceType: 't3.micro', subnetId: SUBNETS[0] ?? '', tags: { fleet: 'x' } })
          .id,
    );
    const bad = new Set([ids[3], ids[77]]);
    sim.onCommand(({ instance }) =>
      bad.has(instance.id)
        ? { exitCode: 2, stderr: 'line 1\nline 2\nERROR: no space left on device\n', seconds: 5 }
        : { exitCode: 0, stdout: 'ok', seconds: 5 },
    );
    const err = await runOnInstances(ctx, {
      targets: { instanceIds: ids },
      script: 'df -h',
      comment: 'disk check',
    }).catch((e) => e);
    expect(err).toBeInstanceOf(RunCommandError);
    expect(err.message).toBe(
      `"disk check" failed on 2 instances:\n  ${ids[3]}: Failed (exit 2)\n    line 1\n    line 2\n    ERROR: no space left on device\n  ${ids[77]}: Failed (exit 2)\n    line 1\n    line 2\n    ERROR: no space left on device`,
    );
    expect(sim.ledger.filter((e) => e.operation === 'SendCommand')).toHaveLength(3);
  });

  test('tag targets reach every running instance with the tag', async () => {
    const { sim, ctx } = await exampleAccount();
    for (let i = 0; i < 3; i++)
      sim.ec2.seedInstance({ instanceType: 't3.micro', subnetId: SUBNETS[0] ?? '', tags: { fleet: 'y' } });
    sim.onCommand(({ instance }) => ({ exitCode: 0, stdout: instance.id, seconds: 1 }));
    const r = await runOnInstances(ctx, {
      targets: { tags: { fleet: 'y' } },
      script: 'hostname',
      comment: 'who',
    });
    expect(r.map((x) => x.status)).toEqual(['Success', 'Success', 'Success']);
  });
});

describe('images', () => {
  test('a second bake of the same recipe reuses the image; keep N prunes older images with their snapshots', async () => {
    const c = cluster([['images', 'keep'], 1]);
    const { sim, ctx, templates } = await exampleAccount(c);
    const a = await bakeImage(ctx, c, 'locust', templates);
    const again = await bakeImage(ctx, c, 'locust', templates);
    expect([a.action, again.action, again.imageId]).toEqual(['baked', 'reused', a.imageId]);
    const b = await bakeImage(ctx, c, 'locust', templates, { rebuild: true });
    expect(b.action).toBe('baked');
    expect(b.pruned).toEqual([a.imageId]);
    const left = await ctx.clients.ec2.send(
      new DescribeImagesCommand({ Filters: [{ Name: 'tag:akrida:role', Values: ['locust-image'] }] }),
    );
    expect(left.Images?.map((i) => i.ImageId)).toEqual([b.imageId]);
    expect([...sim.ec2.snapshots.values()].filter((s) => s.imageId === a.imageId)).toEqual([]);
  });

  test('a bake interrupted while the image was pending resumes waiting instead of baking again', async () => {
    const c = cluster();
    const { sim, ctx, templates } = await exampleAccount(c);
    const first = bakeImage(ctx, c, 'acapy', templates);
    // The image exists but is pending when the "cancelled" run would have stopped.
    while (![...sim.ec2.images.values()].some((i) => i.name.startsWith('perf-example-acapy')))
      await sim.clock.sleep(1_000);
    const resumed = await bakeImage(ctx, c, 'acapy', templates);
    expect(resumed.action).toBe('resumed');
    expect((await first).imageId).toBe(resumed.imageId);
  });

  test('a failed image is reported with its reason', async () => {
    const c = cluster();
    const { ctx, templates } = await exampleAccount(c, {
      faults: { failImage: (n) => n.includes('-acapy-') },
    });
    await expect(bakeImage(ctx, c, 'acapy', templates)).rejects.toThrow(
      /^CreateImage on image ami-[0-9a-f]+ failed: Client\.InternalError: Client\.InternalError: Image creation failed \(check the source instance, then run again \(the failed image is replaced\)\)$/,
    );
  });

  test('a source selector matching nothing is a clear error before any mutation', async () => {
    const c = cluster([['images', 'locust'], { tags: { Name: 'nobody' } }]);
    const { sim, ctx, templates } = await exampleAccount(c);
    sim.ec2.instances.forEach((i) => {
      if (i.tags.Name === 'nobody') i.tags.Name = 'renamed';
    });
    await expect(bakeImage(ctx, c, 'locust', templates)).rejects.toThrow(
      'DescribeInstances on images.locust (Name=nobody) failed: NotFound: 0 instances match (make images.locust select exactly one running or stopped instance)',
    );
    expect(sim.mutations().filter((m) => m.service === 'EC2')).toEqual([]);
  });
});

describe('the Locust master', () => {
  test('a compose file missing upstream (master.docker-compose.yml) fails the step naming the file', async () => {
    const c = cluster([['source', 'compose', 'master'], 'master.docker-compose.yml']);
    const { ctx, templates } = await exampleAccount(c);
    const { perfSg } = await ensureClusterSecurityGroups(ctx, c);
    const master = await describeMaster(ctx, c);
    await expect(
      configureMaster(ctx, c, templates, { master, perfSg, adminDns: 'adm', transportDns: 'trn' }),
    ).rejects.toThrow(
      `"akrida-ops configure Locust master for perf-example" failed on 1 instance:\n  ${master.instanceId}: Failed (exit 3)\n    akrida-ops: master.docker-compose.yml not found in /home/ubuntu/owl-akrida`,
    );
  });

  test('configuring twice with the same content sends one command', async () => {
    const c = cluster();
    const { sim, ctx, templates } = await exampleAccount(c);
    const { perfSg } = await ensureClusterSecurityGroups(ctx, c);
    const run = async () =>
      configureMaster(ctx, c, templates, {
        master: await describeMaster(ctx, c),
        perfSg,
        adminDns: 'adm',
        transportDns: 'trn',
      });
    expect((await run()).action).toBe('configured');
    expect((await run()).action).toBe('unchanged');
    expect(sim.ledger.filter((e) => e.operation === 'SendCommand')).toHaveLength(1);
  });
});

describe('secrets', () => {
  test('a missing workflow secret or parameter is named, with no mutation, before secrets are stored', async () => {
    const c = cluster();
    const { sim, ctx } = await exampleAccount(c);
    sim.ssm.parameters.delete('/akrida/perf-example/wallet-password');
    const before = sim.mutations().length;
    const message =
      'secrets missing, nothing was changed in AWS:\n' +
      '  acapy.secrets.walletPassword: Parameter Store has no /akrida/perf-example/wallet-password in us-east-1; create it as a SecureString (aws ssm put-parameter --type SecureString --name /akrida/perf-example/wallet-password --value ...)\n' +
      '  locust.issuer.headers.Authorization: workflow secret ISSUER_BEARER_TOKEN is not set; add it to the repository secrets and pass it to this step as env';
    const err = await checkSecrets(ctx, c, { WALLET_ADMIN_PASSWORD: 'x' }).catch((e) => e);
    expect(err).toBeInstanceOf(MissingSecretError);
    expect(err.message).toBe(message);
    await expect(storeSecrets(ctx, c, { WALLET_ADMIN_PASSWORD: 'x' })).rejects.toThrow(message);
    expect(sim.mutations().slice(before)).toEqual([]);
  });

  test('cluster-up with a secret missing fails its secrets job; nothing that uses secrets runs', async () => {
    const c = cluster();
    const account = await exampleAccount(c);
    const before = account.sim.mutations().length;
    const r = await clusterUp(account, c, { secrets: { WALLET_ADMIN_PASSWORD: 'x' }, mayFail: true });
    expect(r.result).toBe('failure');
    expect(r.failures).toEqual([
      expect.stringMatching(
        /^secrets \/ Store workflow secrets as SecureString parameters: secrets missing, nothing was changed in AWS:\n {2}locust\.issuer\.headers\.Authorization: workflow secret ISSUER_BEARER_TOKEN is not set/,
      ),
    ]);
    expect(
      ['secrets', 'locust-master', 'acapy-tier', 'worker-tier', 'verify'].map((j) => [
        j,
        r.run.jobs[j]?.result,
      ]),
    ).toEqual([
      ['secrets', 'failure'],
      ['locust-master', 'skipped'],
      ['acapy-tier', 'skipped'],
      ['worker-tier', 'skipped'],
      ['verify', 'skipped'],
    ]);
    // The jobs that need no secret (security groups, images, load balancers) still ran, as on GitHub.
    const ops = new Set(
      account.sim
        .mutations()
        .slice(before)
        .map((m) => m.operation),
    );
    for (const op of ['CreateLaunchTemplate', 'CreateAutoScalingGroup']) expect(ops).not.toContain(op);
    expect(account.sim.ssm.parameters.has('/akrida-ops/perf-example/WALLET_ADMIN_PASSWORD')).toBe(false);
    expect(ops).toContain('CreateSecurityGroup');
  });

  test('workflow secrets are stored once and rewritten only when they change', async () => {
    const c = cluster();
    const { sim, ctx } = await exampleAccount(c);
    expect((await storeSecrets(ctx, c, WORKFLOW_SECRETS)).map((s) => s.action)).toEqual([
      'created',
      'created',
    ]);
    expect((await storeSecrets(ctx, c, WORKFLOW_SECRETS)).map((s) => s.action)).toEqual([
      'unchanged',
      'unchanged',
    ]);
    expect(
      (await storeSecrets(ctx, c, { ...WORKFLOW_SECRETS, ISSUER_BEARER_TOKEN: 'rotated' })).map(
        (s) => s.action,
      ),
    ).toEqual(['unchanged', 'updated']);
    expect(sim.ssm.parameters.get('/akrida-ops/perf-example/ISSUER_BEARER_TOKEN')?.type).toBe('SecureString');
  });
});

describe('verification catches what the manual sanity check looks for', () => {
  test('an invitation_url off the transport DNS, and a master that is not running, fail their checks', async () => {
    const c = cluster();
    const account = await exampleAccount(c);
    const { ctx, templates, akrida, seeded } = account;
    const result = await clusterUp(account, c);
    expect(result.checks.filter((x) => !x.ok)).toEqual([]);
    // As if the master had lost its configuration: no web API, so no worker is counted.
    akrida.masters.clear();
    const { verifyCluster } = await import('../../src/ops/verify.js');
    const checks = await verifyCluster(ctx, c, templates, {
      masterId: seeded.master,
      adminDns: result.loadBalancers.adminDns,
      transportDns: 'other-dns.elb.amazonaws.com',
      targetGroups: [],
      settleMs: 60_000,
    });
    const failed = checks.filter((x) => !x.ok).map((x) => x.check);
    expect(failed).toEqual([
      'invitation_url on the transport LB and port',
      'Locust master web API',
      'workers counted by the Locust master',
    ]);
  });
});
