// The machine provider compares every field its RunInstances request sends (but the image, resolved
// from the public parameter at launch), so a machine changed outside the toolkit is seen: its tags,
// type, profile, disk and state are brought back in place; a security group or IMDSv1 set by hand,
// or a subnet the file dropped, are refused by the plan and the apply before any write, with what to
// do. A machine of a role the file no longer lists is terminated, as the plan says.
import { ModifyInstanceAttributeCommand, RunInstancesCommand } from '@aws-sdk/client-ec2';
import { jest } from '@jest/globals';
import { machineSpecs } from '../../src/cluster/machine-specs.js';
import { loadClusterFile } from '../../src/config/load.js';
import type { Cluster } from '../../src/config/schema.js';
import { MACHINE_REMOVE_OPERATIONS, rolePolicy } from '../../src/iam/policies.js';
import { livePlan } from '../../src/plan/live-plan.js';
import { checkPlanFile, makePlanFile } from '../../src/plan/plan-file.js';
import { TemplateSet } from '../../src/render/render.js';
import { ensureMachines } from '../../src/resources/machine-launch.js';
import {
  type MachineObserved,
  machineDesired,
  machineObserved,
  machineProvider,
  machineSpec,
} from '../../src/resources/machine-provider.js';
import { machineLaunchRequest } from '../../src/resources/machine-request.js';
import { canonical, diff, fieldChanges } from '../../src/resources/provider.js';
import { attachIssuerStandIn } from '../../src/runner/issuer-stand-in.js';
import { simulatedAccount } from '../../src/runner/simulated-account.js';
import { IamEnforcer } from '../../src/sim/iam-enforcer.js';
import { VirtualClock } from '../../src/time/clock.js';
import { runClusterUp } from '../fixtures/cluster-up.js';

jest.setTimeout(120_000);

const FILE = 'clusters/example.yml';
const example = loadClusterFile(FILE).cluster;
const spec = machineSpecs(example).find((s) => s.role === 'database');
if (!spec) throw new Error('the example has a database machine');
const desired = machineDesired(example, spec, { perfSg: 'sg-0perf' });

/** What DescribeInstances and DescribeVolumes report for the machine the launch request makes. */
function launched(): MachineObserved {
  const r = machineLaunchRequest(desired, 'ami-0123456789abcdef0');
  const tags = Object.fromEntries(r.TagSpecifications[0]?.Tags.map((t) => [t.Key, `${t.Value}`]) ?? []);
  return {
    machine: {
      role: 'database',
      id: 'i-0123',
      state: 'running',
      instanceType: r.InstanceType,
      profile: r.IamInstanceProfile.Name,
      tags,
      subnetId: r.SubnetId,
      securityGroupIds: r.SecurityGroupIds,
      metadata: { ...r.MetadataOptions },
    },
    volume: {
      id: 'vol-0123',
      sizeGiB: r.BlockDeviceMappings[0]?.Ebs.VolumeSize ?? 0,
      tags: Object.fromEntries(r.TagSpecifications[1]?.Tags.map((t) => [t.Key, `${t.Value}`]) ?? []),
    },
  };
}

describe('the machine provider compares every field it sends', () => {
  test('every field of the RunInstances request is compared, but the image and the count', () => {
    const input = new RunInstancesCommand({ ...machineLaunchRequest(desired, 'ami-0123'), ClientToken: 't' })
      .input;
    const sent = Object.keys(input).filter((k) => input[k as keyof typeof input] !== undefined);
    // The image is resolved from machines.baseImage at launch (a running machine keeps its own: a
    // note); MinCount and MaxCount are the one machine of its role; the token makes a repeat the same launch.
    expect(sent.filter((k) => !(k in machineSpec(desired)))).toEqual([
      'ImageId',
      'MinCount',
      'MaxCount',
      'ClientToken',
    ]);
  });

  test('the request reads back as the builder (its state aside): what the approval holds a launch to', () => {
    const request = { ...machineLaunchRequest(desired, 'ami-0123'), ClientToken: 't' };
    const { State: _state, ...launchable } = machineSpec(desired);
    expect(canonical(machineProvider.creates?.fields(request))).toBe(canonical(launchable));
    // Anything the builder would not send stays as sent, which no plan shows.
    const unencrypted = structuredClone(request);
    (unencrypted.BlockDeviceMappings[0] as { Ebs: { Encrypted: boolean } }).Ebs.Encrypted = false;
    expect(machineProvider.creates?.fields(unencrypted)?.BlockDeviceMappings).toEqual(
      unencrypted.BlockDeviceMappings,
    );
    expect(machineProvider.creates?.fields({ ...request, MaxCount: 5 })).toMatchObject({ MaxCount: 5 });
  });

  test('a machine as launched diffs empty; a difference in each field is a change of that field alone', () => {
    expect(diff(machineProvider, desired, launched())).toEqual([]);
    for (const field of Object.keys(machineSpec(desired)))
      expect(
        fieldChanges(machineSpec(desired), {
          ...machineObserved(launched(), desired),
          [field]: 'changed by hand',
        }).map((f) => f.field),
      ).toEqual([field]);
  });

  test('a larger root volume is not a change (EBS never shrinks one: a note); a smaller one grows', () => {
    const o = launched();
    const big = { ...o, volume: { ...(o.volume as NonNullable<typeof o.volume>), sizeGiB: 500 } };
    expect(diff(machineProvider, desired, big)).toEqual([]);
    const small = { ...o, volume: { ...(o.volume as NonNullable<typeof o.volume>), sizeGiB: 8 } };
    const [change] = diff(machineProvider, desired, small);
    expect(change?.op === 'update' && change.fields).toEqual([
      { field: 'BlockDeviceMappings', before: 8, after: spec.diskGiB },
    ]);
  });

  test('another subnet the file lists keeps the machine where it is; one it dropped is a refused replace', () => {
    const o = launched();
    const reordered = machineDesired(
      { ...example, network: { ...example.network, subnetIds: [...example.network.subnetIds].reverse() } },
      spec,
      { perfSg: 'sg-0perf' },
    );
    expect(diff(machineProvider, reordered, o)).toEqual([]);
    const dropped = machineDesired(
      { ...example, network: { ...example.network, subnetIds: ['subnet-0aaaabbbbccccdddd'] } },
      spec,
      { perfSg: 'sg-0perf' },
    );
    const [change] = diff(machineProvider, dropped, o);
    expect(change?.op).toBe('replace');
  });
});

describe('a built cluster whose machines were changed outside the toolkit', () => {
  let a: Awaited<ReturnType<typeof simulatedAccount>>;
  let closeIssuer: () => Promise<void>;
  const templates = new TemplateSet();
  const ctx = () => {
    if (!a.deps.clients) throw new Error('the simulated account has no clients');
    return { clients: a.deps.clients, clock: a.sim.clock };
  };
  const machine = (role: string) =>
    [...a.sim.ec2.instances.values()].find(
      (i) =>
        i.state !== 'terminated' &&
        i.tags['akrida:cluster'] === 'example' &&
        i.tags['akrida:role'] === `machine-${role}`,
    );
  const perfSg = () =>
    [...a.sim.ec2.groups.values()].find((g) => g.name === 'example-perf-sg')?.id ?? 'no perf-sg';
  /** The plan refuses with `message`, and so does the apply, writing nothing. */
  async function refused(c: Cluster, message: RegExp) {
    await expect(livePlan(ctx(), c, templates)).rejects.toThrow(message);
    const before = a.sim.mutations().length;
    await expect(ensureMachines(ctx(), c, { perfSg: perfSg(), templates })).rejects.toThrow(message);
    expect(a.sim.mutations().slice(before)).toEqual([]);
  }

  beforeAll(async () => {
    a = await simulatedAccount([example], new VirtualClock());
    closeIssuer = await attachIssuerStandIn(a.akrida, { unref: true });
    expect((await runClusterUp(a, FILE)).result).toBe('success');
  });

  afterAll(async () => {
    await closeIssuer();
  });

  test('IMDSv1 allowed on a machine by hand: refused, with the command that sets it back', async () => {
    const db = machine('database');
    if (!db?.launchOptions) throw new Error('cluster-up made no database machine');
    db.launchOptions.httpTokens = 'optional';
    await refused(
      example,
      new RegExp(
        `machine database ${db.id} has the instance metadata options .*"HttpTokens":"optional".* set them back \\(aws ec2 modify-instance-metadata-options --instance-id ${db.id} --http-tokens required`,
      ),
    );
    db.launchOptions.httpTokens = 'required';
  });

  test('another security group put on a machine: refused, naming both', async () => {
    const db = machine('database');
    if (!db) throw new Error('cluster-up made no database machine');
    const lbSg = [...a.sim.ec2.groups.values()].find((g) => g.name === 'example-lb-sg')?.id as string;
    await ctx().clients.ec2.send(
      new ModifyInstanceAttributeCommand({ InstanceId: db.id, Groups: [perfSg(), lbSg] }),
    );
    await refused(
      example,
      new RegExp(
        `machine database ${db.id} has the security groups .*${lbSg}.*, not the cluster's performance security group .*${perfSg()}.* alone`,
      ),
    );
    await ctx().clients.ec2.send(
      new ModifyInstanceAttributeCommand({ InstanceId: db.id, Groups: [perfSg()] }),
    );
  });

  test('a saved plan, then a security group put on a machine: its check refuses, naming the machine', async () => {
    const db = machine('database');
    if (!db) throw new Error('cluster-up made no database machine');
    const loaded = loadClusterFile(FILE);
    const { saved } = await makePlanFile(ctx(), loaded, templates, { commit: null });
    const lbSg = [...a.sim.ec2.groups.values()].find((g) => g.name === 'example-lb-sg')?.id as string;
    await ctx().clients.ec2.send(
      new ModifyInstanceAttributeCommand({ InstanceId: db.id, Groups: [perfSg(), lbSg] }),
    );
    const before = a.sim.mutations().length;
    await expect(checkPlanFile(ctx(), saved, loaded, templates)).rejects.toThrow(
      new RegExp(`machine database ${db.id} has the security groups .*${lbSg}`),
    );
    expect(a.sim.mutations().slice(before)).toEqual([]);
    await ctx().clients.ec2.send(
      new ModifyInstanceAttributeCommand({ InstanceId: db.id, Groups: [perfSg()] }),
    );
  });

  test("a file that drops the machines' subnet: refused, saying how to keep or move them", async () => {
    const other = {
      ...example,
      network: { ...example.network, subnetIds: [example.network.subnetIds[1] as string] },
    };
    await refused(other, /is in subnet subnet-0123456789abcdef0, which network.subnetIds no longer lists/);
  });

  test('a role the file no longer lists: the plan says terminate, and the apply does (it did not)', async () => {
    const mediator = machine('mediator');
    if (!mediator || !example.machines?.mediator) throw new Error('the example has a mediator machine');
    const { mediator: _, ...rest } = example.machines;
    // Agents then use no mediator, so the Locust .env names none.
    const without: Cluster = {
      ...example,
      machines: rest,
      locust: { ...example.locust, mediation: { ...example.locust.mediation, enabled: false } },
    };
    const plan = await livePlan(ctx(), without, templates);
    expect(plan.changes.find((c) => c.resource === `machine mediator ${mediator.id}`)).toMatchObject({
      action: 'remove',
      details: ['machines.mediator is no longer listed: terminate it'],
    });
    // Under the deploy policy, which grants the terminate (MACHINE_REMOVE_OPERATIONS) and uses it here.
    const enforcer = new IamEnforcer(a.sim, rolePolicy('deploy', [example]));
    a.sim.world.authorize = (s, o, i) => enforcer.authorize(s, o, i);
    const from = a.sim.ledger.length;
    await ensureMachines(ctx(), without, { perfSg: perfSg(), templates });
    a.sim.world.authorize = undefined;
    const ops = a.sim.ledger.slice(from);
    expect(ops.filter((e) => e.error)).toEqual([]);
    for (const op of MACHINE_REMOVE_OPERATIONS)
      expect(ops.some((e) => `${e.service}:${e.operation}` === op)).toBe(true);
    expect(a.sim.ec2.instances.get(mediator.id)?.state).toBe('terminated');
    expect(machine('database')?.state).toBe('running');
  });
});
