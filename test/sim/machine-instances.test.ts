// The simulated stand-alone machines answering their preparation scripts through Run Command: runs
// counted per instance and role, a database wipe emptying the issuer's wallet, the mediator's
// invitation, and the issuer script run for real against the loopback stand-ins.

import { PutParameterCommand } from '@aws-sdk/client-ssm';
import { RunCommandError, runOnInstances } from '../../src/aws/run-command.js';
import { issuerSettings } from '../../src/render/machine-inputs.js';
import {
  type IssuerScriptInput,
  issuerScript,
  type MachineScriptInput,
  machineScript,
  parseIssuerOutput,
  parseMediatorOutput,
} from '../../src/render/machine-scripts.js';
import { TemplateSet } from '../../src/render/render.js';
import { attachIssuerStandIn } from '../../src/runner/issuer-stand-in.js';
import { AkridaInstances } from '../../src/sim/akrida-instances.js';
import { startIssuerStandIn } from '../../src/sim/issuer/stand-in.js';
import { SUBNETS, simulated } from '../fixtures/sim.js';

const t = new TemplateSet();
const KEY_PARAM = '/akrida/perf/acapy-admin-api-key';
const SEED_PARAM = '/akrida/perf/issuer-seed';

async function account() {
  const s = simulated();
  const akrida = new AkridaInstances(s.sim).install();
  const put = (Name: string, Value: string) =>
    s.clients.ssm.send(new PutParameterCommand({ Name, Value, Type: 'SecureString' }));
  await put(KEY_PARAM, 'SECRET-key-91c2');
  await put(SEED_PARAM, 'SECRETseed00000000000000000000ff');
  await put('/akrida/perf/postgres-password', 'SECRET-pg');
  const machine = (role: string) =>
    s.sim.ec2.seedInstance({ instanceType: 't3a.small', subnetId: SUBNETS[0] ?? '', tags: { role } }).id;
  const run = (id: string, script: string) =>
    runOnInstances(s.ctx, {
      targets: { instanceIds: [id] },
      script,
      comment: 'prepare',
      timeoutSeconds: 900,
    });
  return { ...s, akrida, machine, run };
}

const machineInput = (
  role: MachineScriptInput['role'],
  over: Partial<MachineScriptInput> = {},
): MachineScriptInput => ({
  role,
  region: 'us-east-1',
  repository: 'https://github.com/openwallet-foundation/owl-akrida.git',
  ref: '404c7a16fd7cedc85fa24c14851affc22878749c',
  directory: '/home/ubuntu/owl-akrida',
  composeDirectory: `/home/ubuntu/owl-akrida/instance-configs/${role}`,
  composeFile: 'docker-compose.yml',
  env: [],
  start: true,
  ...over,
});

const issuerInput = (over: Partial<IssuerScriptInput> = {}): IssuerScriptInput => ({
  region: 'us-east-1',
  adminUrl: 'http://127.0.0.1:8150',
  apiKeyParameter: KEY_PARAM,
  seedParameter: SEED_PARAM,
  alias: 'perf-issuer',
  schema: { name: 'simple', version: '1.0', attributes: ['score'] },
  credDefTag: 'default',
  readyTimeoutSeconds: 10,
  anoncreds: false,
  ...over,
});

describe('simulated stand-alone machines', () => {
  test('each preparation is counted per instance and role; a database wipe starts a new wallet', async () => {
    const a = await account();
    const db = a.machine('database');
    const wipes: number[] = [];
    a.akrida.issuerStandIn = {
      adminUrl: 'http://127.0.0.1:9',
      registerUrl: 'http://127.0.0.1:9/register',
      wallets: { wipe: () => wipes.push(1) },
      agent: { release: '1.3.0', settings: {} },
    };
    const script = machineScript(
      t,
      machineInput('database', {
        env: [{ key: 'POSTGRES_PASSWORD', secret: '/akrida/perf/postgres-password' }],
        wipeBindMounts: true,
      }),
    );
    const [r] = await a.run(db, script);
    expect(r?.stdout).toBe('akrida-ops: database machine prepared\n');
    await a.run(db, script);
    expect(a.akrida.machines.runs(db, 'database')).toBe(2);
    expect(a.akrida.machines.runs(db, 'issuer')).toBe(0);
    expect(a.akrida.machines.databaseWipes).toBe(2);
    expect(wipes).toHaveLength(2);
  });

  test('a secret missing from Parameter Store fails as the AWS CLI would', async () => {
    const a = await account();
    const id = a.machine('issuer');
    const script = machineScript(
      t,
      machineInput('issuer', { env: [{ key: 'PASSWORD', secret: '/akrida/perf/nope' }] }),
    );
    await expect(a.run(id, script)).rejects.toThrow(/ParameterNotFound.*\/akrida\/perf\/nope/s);
    expect(a.akrida.machines.runs(id, 'issuer')).toBe(0);
  });

  test('the mediator prints its invitation at its MEDIATOR_URL, which the parser accepts', async () => {
    const a = await account();
    const id = a.machine('mediator');
    const script = machineScript(
      t,
      machineInput('mediator', {
        env: [{ key: 'MEDIATOR_URL', value: 'http://mediator.perf.example:3000' }],
      }),
    );
    const [r] = await a.run(id, script);
    expect(parseMediatorOutput(r?.stdout ?? '').invitationUrl).toMatch(
      /^http:\/\/mediator\.perf\.example:3000\?c_i=/,
    );
  });

  test('the issuer script without a stand-in attached fails with exit 7 saying how to attach one', async () => {
    const a = await account();
    const err = await a.run(a.machine('issuer'), issuerScript(t, issuerInput())).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RunCommandError);
    expect((err as RunCommandError).failed[0]).toMatchObject({ exitCode: 7 });
    expect((err as RunCommandError).message).toContain(
      'AkridaInstances.issuerStandIn = await startIssuerStandIn',
    );
  });

  test('the issuer script runs for real against the stand-ins; after a database wipe, the same DID', async () => {
    const a = await account();
    const standIn = await startIssuerStandIn({ apiKey: () => a.sim.ssm.parameters.get(KEY_PARAM)?.value });
    try {
      a.akrida.issuerStandIn = standIn;
      const issuer = a.machine('issuer');
      const db = a.machine('database');
      const script = issuerScript(t, issuerInput({ registerUrl: standIn.registerUrl }));
      // Akrida's arg file as it is: ACA-Py refuses the seed.
      await expect(a.run(issuer, script)).rejects.toThrow(/Seed support is not enabled/);
      // The machine's preparation sets the arg file; the agent restarts with it.
      await a.run(
        issuer,
        machineScript(
          t,
          machineInput('issuer', {
            argFile: {
              file: 'configs/issuer.yml',
              settings: issuerSettings({ acapy: { walletType: 'askar' } }),
            },
            acapy: { release: '1.3.0', dockerfile: 'docker/Dockerfile' },
          }),
        ),
      );
      expect(standIn.agent.settings).toEqual({
        'wallet-type': 'askar',
        'wallet-allow-insecure-seed': 'true',
      });
      const [first] = await a.run(issuer, script);
      const ids = parseIssuerOutput(first?.stdout ?? '');
      const [again] = await a.run(issuer, script);
      expect(parseIssuerOutput(again?.stdout ?? '')).toEqual(ids);
      expect(standIn.admin.creating()).toHaveLength(5);
      await a.run(db, machineScript(t, machineInput('database', { wipeBindMounts: true })));
      expect(standIn.wallets.generation).toBe(1);
      const [after] = await a.run(issuer, script);
      const rebuilt = parseIssuerOutput(after?.stdout ?? '');
      expect(rebuilt.did).toBe(ids.did);
      expect(rebuilt.schemaId).toBe(ids.schemaId);
      expect(a.akrida.machines.issuerRuns.get(issuer)).toBe(4);
    } finally {
      await standIn.close();
    }
  });

  test("attached by the runner, the stand-in's key is the one the issuer machine's .env names", async () => {
    const a = await account();
    const close = await attachIssuerStandIn(a.akrida);
    try {
      const issuer = a.machine('issuer');
      const script = issuerScript(t, issuerInput());
      // No agent prepared yet: it has no key, so the admin API refuses every call.
      const refused = await a.run(issuer, script).catch((e: unknown) => e);
      expect((refused as RunCommandError).message).toContain('answered HTTP 401');
      await a.run(
        issuer,
        machineScript(
          t,
          machineInput('issuer', {
            env: [{ key: 'ACAPY_ADMIN_API_KEY', secret: KEY_PARAM }],
            argFile: {
              file: 'configs/issuer.yml',
              settings: issuerSettings({ acapy: { walletType: 'askar' } }),
            },
          }),
        ),
      );
      // Without a registration endpoint the new DID must be anchored by hand: exit 5.
      const anchor = await a.run(issuer, script).catch((e: unknown) => e);
      expect((anchor as RunCommandError).failed[0]).toMatchObject({ exitCode: 5 });
    } finally {
      await close();
    }
    expect(a.akrida.issuerStandIn).toBeUndefined();
  });
});
