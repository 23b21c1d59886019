// Edits of a built cluster an apply must not pass over, under the generated policies enforced. A
// machine whose instance profile is not the one its cluster file gives it (launched under the shared
// profile of earlier versions, akrida-ops-instance, or with its profile removed): the plan names each
// move, the apply makes it in place (a replace, or an association), a second plan is empty, and the
// three operations it needs are granted and used (test/iam/policies.test.ts leaves them to this
// file). A machine's instance type edit: resized in place (stopped, its type set, started, prepared
// again). A machine's root volume size edit: said, not done. A tags edit on the cluster's parameters.
import { ReplaceIamInstanceProfileAssociationCommand } from '@aws-sdk/client-ec2';
import { jest } from '@jest/globals';
import { loadClusterFile } from '../../src/config/load.js';
import { instancePolicy } from '../../src/iam/instance-policy.js';
import { MACHINE_EDIT_OPERATIONS, rolePolicy } from '../../src/iam/policies.js';
import { livePlan, livePlanMarkdown } from '../../src/plan/live-plan.js';
import { TemplateSet } from '../../src/render/render.js';
import { ensureMachines } from '../../src/resources/machine-launch.js';
import { storeSecrets } from '../../src/resources/parameters.js';
import { attachIssuerStandIn } from '../../src/runner/issuer-stand-in.js';
import { simulatedAccount } from '../../src/runner/simulated-account.js';
import { IamEnforcer } from '../../src/sim/iam-enforcer.js';
import { VirtualClock } from '../../src/time/clock.js';
import { runClusterUp } from '../fixtures/cluster-up.js';

jest.setTimeout(120_000);

const FILE = 'clusters/example.yml';
const example = loadClusterFile(FILE).cluster;
const templates = new TemplateSet();

let a: Awaited<ReturnType<typeof simulatedAccount>>;
let enforcer: IamEnforcer;
let closeIssuer: () => Promise<void>;

const clusterUp = async () => {
  enforcer.assume('akrida-ops-deploy', rolePolicy('deploy', [example]));
  const r = await runClusterUp(a, FILE);
  expect(r.result).toBe('success');
};

const clients = () => {
  if (!a.deps.clients) throw new Error('the simulated account has no clients');
  return a.deps.clients;
};

const machine = (role: string) =>
  [...a.sim.ec2.instances.values()].find(
    (i) => i.tags['akrida:cluster'] === 'example' && i.tags['akrida:role'] === `machine-${role}`,
  );

const plan = () => {
  enforcer.assume('akrida-ops-plan', rolePolicy('plan', [example]));
  return livePlan({ clients: clients(), clock: a.sim.clock }, example, new TemplateSet());
};

beforeAll(async () => {
  a = await simulatedAccount([example], new VirtualClock());
  closeIssuer = await attachIssuerStandIn(a.akrida, { unref: true });
  // The shared profile an earlier bootstrap made, still in the account.
  a.sim.iam.seedInstanceProfile('akrida-ops-instance', instancePolicy([example]));
  enforcer = new IamEnforcer(a.sim, rolePolicy('deploy', [example]));
  a.sim.world.authorize = (s, o, i) => enforcer.authorize(s, o, i);
  await clusterUp();
});

afterAll(async () => {
  await closeIssuer();
});

test('machines launched under another profile, or none: the plan names each move; the apply makes it in place; a second plan is empty', async () => {
  const issuer = machine('issuer');
  const database = machine('database');
  if (!issuer?.launchOptions || !database?.launchOptions) throw new Error('cluster-up made no machines');
  expect(issuer.launchOptions.instanceProfile).toBe('akrida-ops-issuer-example');
  // As before per-cluster profiles: the issuer on the shared profile; the database's profile removed.
  issuer.launchOptions.instanceProfile = 'akrida-ops-instance';
  database.launchOptions.instanceProfile = undefined;
  database.launchOptions.profileAssociation = undefined;

  const before = await plan();
  const details = (role: string) =>
    before.changes.find((ch) => ch.resource === `machine ${role} ${machine(role)?.id}`)?.details ?? [];
  expect(details('issuer')).toContain(
    'instance profile: akrida-ops-instance -> akrida-ops-issuer-example (replaced on the running machine)',
  );
  expect(details('database')).toContain(
    'instance profile: none -> akrida-ops-instance-example (replaced on the running machine)',
  );

  const from = a.sim.ledger.length;
  await clusterUp();
  const ops = a.sim.ledger.slice(from).filter((e) => !e.error);
  const made = (op: string) => ops.filter((e) => `${e.service}:${e.operation}` === op).length;
  expect(made('EC2:ReplaceIamInstanceProfileAssociation')).toBe(1);
  expect(made('EC2:AssociateIamInstanceProfile')).toBe(1);
  // Every operation the move needs was made under the deploy policy (no grant unused).
  for (const op of MACHINE_EDIT_OPERATIONS.filter((o) => /IamInstanceProfile/.test(o)))
    expect(made(op)).toBeGreaterThan(0);
  expect(machine('issuer')?.launchOptions?.instanceProfile).toBe('akrida-ops-issuer-example');
  expect(machine('database')?.launchOptions?.instanceProfile).toBe('akrida-ops-instance-example');

  const after = await plan();
  expect(after.changes.filter((ch) => ch.resource.startsWith('machine '))).toEqual([]);
});

test("the deploy role may not move a machine to a profile that is not its clusters' own", async () => {
  enforcer.assume('akrida-ops-deploy', rolePolicy('deploy', [example]));
  const issuer = machine('issuer');
  const association = issuer?.launchOptions?.profileAssociation;
  await expect(
    clients().ec2.send(
      new ReplaceIamInstanceProfileAssociationCommand({
        AssociationId: association,
        IamInstanceProfile: { Name: 'OrganizationAdmin' },
      }),
    ),
  ).rejects.toThrow(/iam:PassRole on arn:aws:iam::123456789012:role\/OrganizationAdmin/);
  expect(machine('issuer')?.launchOptions?.instanceProfile).toBe('akrida-ops-issuer-example');
});

test('AWS made the move but the answer was lost: the repeat is refused as done, the apply confirms the profile and goes on', async () => {
  const issuer = machine('issuer');
  const database = machine('database');
  if (!issuer?.launchOptions || !database?.launchOptions) throw new Error('cluster-up made no machines');
  issuer.launchOptions.instanceProfile = 'akrida-ops-instance';
  database.launchOptions.instanceProfile = undefined;
  database.launchOptions.profileAssociation = undefined;
  a.sim.faults = { ambiguousOnce: ['ReplaceIamInstanceProfileAssociation', 'AssociateIamInstanceProfile'] };
  const from = a.sim.ledger.length;
  await clusterUp();
  const refused = a.sim.ledger
    .slice(from)
    .filter((e) => /IamInstanceProfile/.test(e.operation) && e.error)
    .map((e) => `${e.operation}: ${e.error}`);
  // The first attempt of each was carried out; its repeat met the association it had made.
  expect(refused).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^ReplaceIamInstanceProfileAssociation: InvalidAssociationID.NotFound/),
      expect.stringMatching(/^AssociateIamInstanceProfile: IncorrectState/),
    ]),
  );
  expect(machine('issuer')?.launchOptions?.instanceProfile).toBe('akrida-ops-issuer-example');
  expect(machine('database')?.launchOptions?.instanceProfile).toBe('akrida-ops-instance-example');
});

test('a larger diskGiB: planned, the volume grown in place (its answer lost once) and the file system grown under the deploy policy; a smaller one is a note', async () => {
  const locust = example.machines?.locust;
  if (!example.machines || !locust) throw new Error('the example makes a Locust machine');
  const listed = example.machines;
  const withDisk = (diskGiB: number) => ({
    ...example,
    machines: { ...listed, locust: { ...locust, diskGiB } },
  });
  // The scripts sent through SSM, as the instance receives them.
  const sent: string[] = [];
  clients().ssm.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { Parameters?: { commands?: string[] } };
      if (context.commandName === 'SendCommandCommand') sent.push(String(input.Parameters?.commands?.[0]));
      return next(args);
    },
    { step: 'initialize', name: 'recordScripts' },
  );
  const bigger = locust.diskGiB + 16;
  const volume = () => machine('locust')?.launchOptions?.volumes[0];
  const id = machine('locust')?.id;
  enforcer.assume('akrida-ops-plan', rolePolicy('plan', [example]));
  const p = await livePlan({ clients: clients(), clock: a.sim.clock }, withDisk(bigger), templates);
  expect(p.changes.find((ch) => ch.resource === `machine locust ${id}`)?.details).toContain(
    `root volume ${volume()?.id}: ${locust.diskGiB} -> ${bigger} GiB (grown in place; its partition and file system follow, online)`,
  );
  const grow = p.scripts.find((x) => x.title === `Grow the root file system of machine locust ${id}`);
  expect(grow?.runs).toBe(true);
  expect(grow?.script).toContain('resize2fs');

  enforcer.assume('akrida-ops-deploy', rolePolicy('deploy', [example]));
  const perfSg = [...a.sim.ec2.groups.values()].find((g) => g.name === 'example-perf-sg')?.id as string;
  expect(perfSg).toMatch(/^sg-/);
  a.sim.faults = { ambiguousOnce: ['ModifyVolume'] };
  const from = a.sim.ledger.length;
  await ensureMachines({ clients: clients(), clock: a.sim.clock }, withDisk(bigger), { perfSg, templates });
  a.sim.faults = {};
  const ops = a.sim.ledger.slice(from);
  expect(ops.filter((e) => e.ambiguous).map((e) => e.operation)).toEqual(['ModifyVolume']);
  for (const op of ['EC2:ModifyVolume', 'EC2:DescribeVolumesModifications'])
    expect(ops.some((e) => `${e.service}:${e.operation}` === op && (!e.error || e.ambiguous))).toBe(true);
  expect(volume()?.sizeGiB).toBe(bigger);
  // The script the plan showed is what ran.
  expect(sent).toEqual([grow?.script]);

  enforcer.assume('akrida-ops-plan', rolePolicy('plan', [example]));
  const again = await livePlan({ clients: clients(), clock: a.sim.clock }, withDisk(bigger), templates);
  expect(again.changes.filter((ch) => ch.resource.startsWith('machine locust'))).toEqual([]);
  // Back to the smaller size: EBS cannot shrink, so it is a note the reviewer sees.
  const back = await livePlan({ clients: clients(), clock: a.sim.clock }, example, templates);
  const note = `machine locust ${id} has a ${bigger} GiB root volume and the file says ${locust.diskGiB} GiB (machines.locust.diskGiB): EBS cannot shrink a volume`;
  expect(back.notes.join('\n')).toContain(note);
  expect(livePlanMarkdown(back, FILE)).toContain(`Note: ${note}`);
});

test('a tags edit retags each machine and its root volume under the deploy policy, as planned', async () => {
  const edited = { ...example, tags: { ...example.tags, team: 'volume-team' } };
  enforcer.assume('akrida-ops-plan', rolePolicy('plan', [example]));
  const p = await livePlan({ clients: clients(), clock: a.sim.clock }, edited, new TemplateSet());
  const db = machine('database');
  const volume = db?.launchOptions?.volumes[0];
  expect(volume?.tags?.team).toBe('example-team');
  expect(p.changes.find((ch) => ch.resource === `machine database ${db?.id}`)?.details).toEqual(
    expect.arrayContaining([
      'tag team: example-team -> volume-team',
      `root volume ${volume?.id}: tag team: example-team -> volume-team`,
    ]),
  );
  enforcer.assume('akrida-ops-deploy', rolePolicy('deploy', [example]));
  const perfSg = [...a.sim.ec2.groups.values()].find((g) => g.name === 'example-perf-sg')?.id as string;
  const from = a.sim.ledger.length;
  await ensureMachines({ clients: clients(), clock: a.sim.clock }, edited, { perfSg, templates });
  expect(a.sim.ledger.slice(from).filter((e) => e.error)).toEqual([]);
  for (const role of ['database', 'issuer', 'locust', 'mediator']) {
    const m = machine(role);
    expect({ role, instance: m?.tags.team, volume: m?.launchOptions?.volumes[0]?.tags?.team }).toEqual({
      role,
      instance: 'volume-team',
      volume: 'volume-team',
    });
  }
  // Back to the file's tags, for the tests after this one.
  await ensureMachines({ clients: clients(), clock: a.sim.clock }, example, { perfSg, templates });
});

test("a tags edit retags the cluster's parameters under the deploy policy: a value set, a dropped tag removed", async () => {
  enforcer.assume('akrida-ops-deploy', rolePolicy('deploy', [example]));
  const { type: _, ...rest } = example.tags;
  const edited = { ...example, tags: { ...rest, team: 'another-team' } };
  const from = a.sim.ledger.length;
  const retag = async () =>
    (await storeSecrets({ clients: clients(), clock: a.sim.clock }, edited, a.secrets)).flatMap((x) =>
      x.action === 'updated' ? [x.name] : [],
    );
  const retagged = await retag();
  expect(retagged.length).toBeGreaterThan(3);
  const ops = a.sim.ledger.slice(from);
  expect(ops.filter((e) => e.error)).toEqual([]);
  for (const op of ['SSM:AddTagsToResource', 'SSM:RemoveTagsFromResource'])
    expect(ops.some((e) => `${e.service}:${e.operation}` === op)).toBe(true);
  for (const name of retagged) {
    expect(a.sim.ssm.parameters.get(name)?.tags.team).toBe('another-team');
    expect(a.sim.ssm.parameters.get(name)?.tags.type).toBeUndefined();
  }
  // Again: nothing left to write.
  expect(await retag()).toEqual([]);
});

test('an instance type edit: the machine is stopped, resized and started in place, and prepared again, as planned', async () => {
  const database = example.machines?.database;
  if (!example.machines || !database) throw new Error('the example makes a database machine');
  const edited = {
    ...example,
    machines: { ...example.machines, database: { ...database, instanceType: 't3a.medium' } },
  };
  const before = machine('database');
  if (!before) throw new Error('cluster-up made no database machine');
  const ip = before.privateIp;
  enforcer.assume('akrida-ops-plan', rolePolicy('plan', [example]));
  const p = await livePlan({ clients: clients(), clock: a.sim.clock }, edited, new TemplateSet());
  const change = p.changes.find((ch) => ch.resource === `machine database ${before.id}`);
  expect(change?.details.join('\n')).toContain(
    `instance type: ${database.instanceType} -> t3a.medium (stopped, resized and started again); its preparation runs again`,
  );
  // The database is cleaned by its preparation, so the issuer is prepared on it again.
  expect(p.scripts.filter((x) => x.runs).map((x) => x.title)).toEqual(
    expect.arrayContaining([expect.stringMatching(/database/i), expect.stringMatching(/issuer/i)]),
  );

  enforcer.assume('akrida-ops-deploy', rolePolicy('deploy', [example]));
  const from = a.sim.ledger.length;
  const perfSg = [...a.sim.ec2.groups.values()].find((g) => g.name === 'example-perf-sg')?.id as string;
  const ready = await ensureMachines({ clients: clients(), clock: a.sim.clock }, edited, {
    perfSg,
    templates,
  });
  const ops = a.sim.ledger.slice(from).filter((e) => e.mutating && !e.error);
  expect(ops.map((e) => e.operation)).toEqual(
    expect.arrayContaining(['StopInstances', 'ModifyInstanceAttribute', 'StartInstances']),
  );
  // The rest of the machine edits' operations (no grant unused), under the deploy policy.
  for (const op of MACHINE_EDIT_OPERATIONS.filter((o) => !/IamInstanceProfile|Volume/.test(o)))
    expect(ops.some((e) => `${e.service}:${e.operation}` === op)).toBe(true);
  expect(a.sim.ledger.slice(from).filter((e) => e.error)).toEqual([]);
  const after = machine('database');
  expect(after?.id).toBe(before.id);
  expect(after?.instanceType).toBe('t3a.medium');
  expect(after?.privateIp).toBe(ip);
  expect(ready.find((r) => r.role === 'database')?.action).toBe('started');
});
