// An acapy.ports edit on a built cluster, under the generated policies enforced: the target group
// keeps its port for life, so the plan lists it replaced, and the apply lets go of the old one (its
// listener answers 503, the ACA-Py group detaches it), deletes it, makes it anew under its name,
// forwards the listener to it and attaches it to the group. The operation only this needs
// (REPLACE_OPERATIONS) is granted and used; a delete or create whose answer was lost is repeated
// to the same end.
import { jest } from '@jest/globals';
import { loadClusterFile } from '../../src/config/load.js';
import type { Cluster } from '../../src/config/schema.js';
import { REPLACE_OPERATIONS, rolePolicy } from '../../src/iam/policies.js';
import { livePlan } from '../../src/plan/live-plan.js';
import { TemplateSet } from '../../src/render/render.js';
import { ensureGroup } from '../../src/resources/groups.js';
import { ensureLoadBalancers } from '../../src/resources/load-balancer-ensure.js';
import { simulatedAccount } from '../../src/runner/simulated-account.js';
import { IamEnforcer } from '../../src/sim/iam-enforcer.js';
import type { akridaHttpModel } from '../../src/sim/index.js';
import { VirtualClock } from '../../src/time/clock.js';
import { runClusterUp } from '../fixtures/cluster-up.js';

jest.setTimeout(120_000);

const FILE = 'clusters/perf-example.yml';
const example = loadClusterFile(FILE).cluster;
const withAdminPort = (port: number): Cluster => ({
  ...example,
  acapy: { ...example.acapy, ports: { ...example.acapy.ports, admin: port } },
});

let a: Awaited<ReturnType<typeof simulatedAccount>>;
let enforcer: IamEnforcer;

const clients = () => {
  if (!a.deps.clients) throw new Error('the simulated account has no clients');
  return a.deps.clients;
};
const ctx = () => ({ clients: clients(), clock: a.sim.clock });
const adminTg = () => [...a.sim.elb.tgs.values()].find((t) => t.name === 'perf-example-tg-adm');
const group = () => a.sim.asg.groups.get('perf-example-acapy');

/** The apply's two steps that touch it: the load balancers, then the ACA-Py group. */
async function apply(c: Cluster) {
  enforcer.assume('akrida-ops-deploy', rolePolicy('deploy', [example]));
  const lbSg = [...a.sim.ec2.groups.values()].find((g) => g.name === 'perf-example-lb-sg')?.id as string;
  const states = await ensureLoadBalancers(ctx(), c, ['admin', 'transport'], lbSg);
  const templateId = [...a.sim.ec2.templates.values()].find((t) => t.name === 'perf-example-acapy')?.id;
  if (!templateId) throw new Error('cluster-up made no ACA-Py template');
  await ensureGroup(ctx(), c, 'acapy', { templateId, targetGroupArns: states.map((s) => s.tgArn) });
}

beforeAll(async () => {
  a = await simulatedAccount([example], new VirtualClock());
  enforcer = new IamEnforcer(a.sim, rolePolicy('deploy', [example]));
  a.sim.world.authorize = (s, o, i) => enforcer.authorize(s, o, i);
  expect((await runClusterUp(a, FILE)).result).toBe('success');
});

test('a port edit: planned as a replace, carried out under the deploy policy, the group and listener moved', async () => {
  const old = adminTg();
  // ACA-Py's compose project now publishes its admin API on 8081.
  (a.sim.elb.http as ReturnType<typeof akridaHttpModel>).ports.admin = 8081;
  enforcer.assume('akrida-ops-plan', rolePolicy('plan', [example]));
  const plan = await livePlan(ctx(), withAdminPort(8081), new TemplateSet());
  const tgChange = plan.changes.find((c) => c.resource === 'target group perf-example-tg-adm');
  expect(tgChange?.details).toEqual([
    'replaced',
    expect.stringMatching(/^deleted and made again under its name/),
    'Port: 8150 -> 8081',
  ]);

  const from = a.sim.ledger.length;
  await apply(withAdminPort(8081));
  const ops = a.sim.ledger.slice(from);
  expect(ops.filter((e) => e.error)).toEqual([]);
  const made = ops.filter((e) => e.mutating).map((e) => e.operation);
  expect(made).toEqual(
    expect.arrayContaining([
      'ModifyListener',
      'DetachLoadBalancerTargetGroups',
      'DeleteTargetGroup',
      'CreateTargetGroup',
      'AttachLoadBalancerTargetGroups',
    ]),
  );
  // The operation only a replace needs was made under the deploy policy (no grant unused).
  for (const op of REPLACE_OPERATIONS)
    expect(ops.some((e) => `${e.service}:${e.operation}` === op)).toBe(true);
  const tg = adminTg();
  expect(tg?.port).toBe(8081);
  expect(a.sim.elb.tgs.has(old?.arn ?? '')).toBe(false);
  expect(group()?.targetGroupArns).toContain(tg?.arn);
  expect(group()?.targetGroupArns).not.toContain(old?.arn);
  expect([...a.sim.elb.listeners.values()].find((l) => l.port === 8080)?.targetGroupArn).toBe(tg?.arn);

  enforcer.assume('akrida-ops-plan', rolePolicy('plan', [example]));
  const again = await livePlan(ctx(), withAdminPort(8081), new TemplateSet());
  expect(again.changes.filter((c) => /target group|listener|perf-example-acapy$/.test(c.resource))).toEqual(
    [],
  );
});

test('back to 8150 with the delete and the create each answered 500 after they were done: the same end', async () => {
  (a.sim.elb.http as ReturnType<typeof akridaHttpModel>).ports.admin = 8150;
  a.sim.faults = { ambiguousOnce: ['DeleteTargetGroup', 'CreateTargetGroup', 'ModifyListener'] };
  const from = a.sim.ledger.length;
  await apply(example);
  const lost = a.sim.ledger
    .slice(from)
    .filter((e) => e.ambiguous)
    .map((e) => e.operation);
  expect(lost.sort()).toEqual(['CreateTargetGroup', 'DeleteTargetGroup', 'ModifyListener']);
  const tgs = [...a.sim.elb.tgs.values()].filter((t) => t.name === 'perf-example-tg-adm');
  expect(tgs.map((t) => t.port)).toEqual([8150]);
  expect(group()?.targetGroupArns).toContain(tgs[0]?.arn);
  expect([...a.sim.elb.listeners.values()].find((l) => l.port === 8080)?.targetGroupArn).toBe(tgs[0]?.arn);
});
