// From an account with only a VPC and subnets (and the IAM of `akrida bootstrap`), one cluster-up of clusters/example.yml makes the
// database, issuer and Locust machines, prepares them, makes the issuer's DID, schema and
// credential definition, bakes the images from the machines and verifies the cluster. A re-run
// changes nothing; a stop and start cleans the database and re-prepares the issuer; destroy
// leaves nothing tagged.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeClients } from '../../src/aws/clients.js';
import type { AwsContext } from '../../src/aws/context.js';
import { machineProfileOf } from '../../src/cluster/profiles.js';
import { parseClusterText } from '../../src/config/load.js';
import { applyBootstrap } from '../../src/iam/bootstrap-apply.js';
import { makeIamClient } from '../../src/iam/iam-client.js';
import { parseRepo } from '../../src/iam/trust.js';
import { taggedResources } from '../../src/ops/tagged-resources.js';
import { findExpired, teardown } from '../../src/ops/teardown.js';
import { TemplateSet } from '../../src/render/render.js';
import { findMachines } from '../../src/resources/machines.js';
import { attachIssuerStandIn } from '../../src/runner/issuer-stand-in.js';
import { repoRoot } from '../../src/runner/runner.js';
import { AkridaInstances } from '../../src/sim/akrida-instances.js';
import { SimulatedAws } from '../../src/sim/index.js';
import { seedNetwork } from '../../src/sim/seed.js';
import { type ClusterUp, clusterUp } from '../fixtures/cluster-up.js';

const file = join(repoRoot(), 'clusters/example.yml');
const c = parseClusterText(readFileSync(file, 'utf8'), file).cluster;

function emptyAccount() {
  const sim = new SimulatedAws({ region: c.region });
  seedNetwork(sim, c.network.vpcId, c.network.vpcCidrs[0] ?? '10.0.0.0/16', c.network.subnetIds);
  const akrida = new AkridaInstances(sim).install();
  const clients = makeClients({ region: c.region, backend: sim });
  const ctx: AwsContext = { clients, clock: sim.clock };
  return { sim, akrida, clients, ctx, templates: new TemplateSet() };
}

/** The preparation scripts each run sent, by their SSM comment. */
const preparations = (sim: SimulatedAws, from: number) =>
  [...sim.ssm.commands.values()]
    .slice(from)
    .map((cmd) => /akrida-ops (prepare-[\w-]+) for/.exec(cmd.comment ?? '')?.[1])
    .filter((x): x is string => x !== undefined)
    .sort();

describe('cluster-up from an empty account (clusters/example.yml)', () => {
  const account = emptyAccount();
  let first: ClusterUp;

  let close: () => Promise<void>;

  beforeAll(async () => {
    close = await attachIssuerStandIn(account.akrida);
    expect(account.sim.ec2.instances.size).toBe(0);
    // The IAM an administrator makes first (issue 13): the account has nothing else of ours.
    const iam = makeIamClient({ region: c.region, backend: account.sim });
    await applyBootstrap(
      { iam, sts: account.clients.sts, clock: account.sim.clock },
      { repo: parseRepo('octo-org/akrida-ops'), clusters: [c] },
    );
    first = await clusterUp(account, c, { secrets: {} });
  }, 120_000);
  afterAll(() => close());

  test('makes the machines, prepares them, bakes the images from them and verifies', async () => {
    expect(first.result).toBe('success');
    expect(first.checks.length).toBeGreaterThan(0);
    expect(first.checks.filter((x) => !x.ok)).toEqual([]);
    const machines = await findMachines(account.ctx, c.name);
    expect(machines.map((m) => `${m.role} ${m.state}`).sort()).toEqual([
      'database running',
      'issuer running',
      'locust running',
      'mediator running',
    ]);
    for (const m of machines) {
      const inst = account.sim.ec2.instances.get(m.id);
      expect(inst?.imageId).toBe(
        account.sim.ssm.publicParameters.get(
          '/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id',
        ),
      );
      expect(inst?.subnetId).toBe(c.network.subnetIds[0]);
      expect(inst?.launchOptions).toMatchObject({
        instanceProfile: machineProfileOf(c, m.role),
        httpTokens: 'required',
        hopLimit: 1,
      });
      expect(inst?.launchOptions?.keyName).toBeUndefined();
      expect(inst?.launchOptions?.volumes).toEqual([
        expect.objectContaining({ encrypted: true, type: 'gp3', sizeGiB: m.role === 'locust' ? 64 : 20 }),
      ]);
    }
    expect(preparations(account.sim, 0)).toEqual([
      'prepare-database-machine',
      'prepare-issuer',
      'prepare-issuer-machine',
      'prepare-locust-machine',
      'prepare-mediator-machine',
    ]);
    // The images come from the machines the toolkit made.
    const issuer = machines.find((m) => m.role === 'issuer');
    const acapyImage = account.sim.ec2.images.get(first.images.acapy);
    expect(acapyImage?.sourceInstanceId).toBe(issuer?.id);
  });

  test("the Locust .env holds the schema and credential definition the issuer's preparation made", () => {
    const schemaId = account.sim.ssm.parameters.get('/akrida-ops/example/issuer/schema-id')?.value;
    const credDefId = account.sim.ssm.parameters.get('/akrida-ops/example/issuer/cred-def-id')?.value;
    expect(schemaId).toMatch(/^\w+:2:score:1\.0$/);
    expect(credDefId).toMatch(/^\w+:3:CL:/);
    const master = [...account.akrida.masters.values()][0];
    expect(master?.env.SCHEMA).toBe(schemaId);
    expect(master?.env.CRED_DEF).toBe(credDefId);
    // The mediator's invitation, read from Parameter Store when the master's .env is written.
    expect(master?.env.MEDIATION_URL).toBe('ssm:/akrida-ops/example/mediator/invitation-url');
    expect(account.sim.ssm.parameters.get('/akrida-ops/example/mediator/invitation-url')?.value).toMatch(
      /^https?:\/\/10\.[\d.]+:3000\?(oob|c_i)=/,
    );
  });

  test('no generated secret, seed or key reaches the log, the summary or a script the plan shows', async () => {
    const secrets = [...account.sim.ssm.parameters.values()].filter((p) => p.type === 'SecureString');
    // The generated wallet secrets, the Redis password, the admin API key and the issuer's DID seed.
    expect(secrets.length).toBeGreaterThanOrEqual(5);
    const scripts = [...account.sim.ssm.commands.values()].map((cmd) => JSON.stringify(cmd));
    const text = [first.log.join('\n'), first.run.summary, ...scripts].join('\n');
    for (const p of secrets) {
      expect(p.value.length).toBeGreaterThanOrEqual(16);
      expect(text).not.toContain(p.value);
    }
  });

  test("the mediator's invitation stays in its parameter: the log names the parameter, not the invitation", () => {
    const name = '/akrida-ops/example/mediator/invitation-url';
    const invitation = account.sim.ssm.parameters.get(name)?.value ?? '';
    expect(invitation).toMatch(/\?(oob|c_i)=/);
    const text = [first.log.join('\n'), first.run.summary].join('\n');
    expect(text).not.toContain(invitation);
    expect(text).not.toContain(new URL(invitation).search);
    expect(first.log.join('\n')).toContain(`mediator invitation stored in ${name}`);
  });

  test('a second run makes no mutation and re-runs no preparation', async () => {
    const before = account.sim.mutations().length;
    const commands = account.sim.ssm.commands.size;
    const second = await clusterUp(account, c, { secrets: {} });
    expect(second.result).toBe('success');
    const mutations = account.sim.mutations().slice(before);
    expect(mutations.map((m) => `${m.service}:${m.operation}`)).toEqual(['SSM:SendCommand']);
    expect(preparations(account.sim, commands)).toEqual([]);
  }, 120_000);

  test('a stop and start cleans the database and prepares the issuer again', async () => {
    const stopped = await teardown(account.ctx, c.name, 'scale-to-zero');
    expect(stopped.items.filter((i) => i.kind === 'machine').map((i) => i.action)).toEqual([
      'stop',
      'stop',
      'stop',
      'stop',
    ]);
    await account.sim.clock.sleep(600_000);
    expect((await findMachines(account.ctx, c.name)).map((m) => m.state)).toEqual([
      'stopped',
      'stopped',
      'stopped',
      'stopped',
    ]);
    const commands = account.sim.ssm.commands.size;
    const again = await clusterUp(account, c, { secrets: {} });
    expect(again.result).toBe('success');
    expect(again.checks.filter((x) => !x.ok)).toEqual([]);
    expect(preparations(account.sim, commands)).toEqual([
      'prepare-database-machine',
      'prepare-issuer',
      'prepare-issuer-machine',
      'prepare-locust-machine',
      'prepare-mediator-machine',
    ]);
  }, 120_000);

  test('the machines carry the expiry tag, so the sweeper finds an abandoned cluster by them too', async () => {
    const machines = await findMachines(account.ctx, c.name);
    for (const m of machines) expect(m.tags['akrida:expires-at']).toMatch(/^\d{4}-/);
    const tagged = await taggedResources(account.ctx, { 'akrida:cluster': c.name });
    expect(
      tagged
        .filter((t) => t.kind === 'machine')
        .map((t) => t.id)
        .sort(),
    ).toEqual(machines.map((m) => m.id).sort());
    const later = new Date(account.sim.clock.now() + (c.teardown.ttlHours + 1) * 3_600_000);
    expect((await findExpired(account.ctx, later)).clusters).toContain(c.name);
  });

  test('destroy leaves nothing tagged for the cluster', async () => {
    await teardown(account.ctx, c.name, 'destroy');
    expect(await taggedResources(account.ctx, { 'akrida:cluster': c.name })).toEqual([]);
    expect(
      await findMachines(account.ctx, c.name, ['pending', 'running', 'stopping', 'stopped', 'shutting-down']),
    ).toEqual([]);
  }, 120_000);
});
