// What a reviewer approves is what runs: for every scenario, the resources the live plan lists as
// changing are exactly the resources the apply then mutates, and every script the apply sends
// through SSM is one the plan showed as running, byte for byte. The apply is the generated
// cluster-up workflow on the simulated AWS (test/fixtures/plan-apply.ts).
import type { Edit } from '../fixtures/cluster-files.js';
import { day, expectPlanIsApply, planned } from '../fixtures/plan-apply.js';

describe('the changes the plan lists are exactly the mutations the apply makes', () => {
  // Steps run in order on one account; each edit stays for the steps after it.
  let step: Awaited<ReturnType<typeof day>>;
  const edits: Edit[] = [];
  beforeAll(async () => {
    step = await day('clusters/perf-example.yml');
  });

  test('an empty account: everything the plan adds is made, and nothing else', async () => {
    const r = await step(edits);
    expect(r.plan.changes.length).toBeGreaterThan(10);
    expectPlanIsApply(r);
  });

  test('no change: the plan lists nothing and the apply writes nothing the plan would list', async () => {
    const r = await step(edits);
    expect(r.plan.changes).toEqual([]);
    expectPlanIsApply(r);
  });

  test.each<[string, Edit]>([
    [
      'the ACA-Py genesis URL (ACA-Py launch template)',
      [['acapy', 'genesisUrl'], 'https://example.org/genesis/other'],
    ],
    [
      'the message the Locust users send (master and workers)',
      [['locust', 'messageToSend'], 'another message'],
    ],
    ['the operator ranges (security group rules)', [['access', 'operatorCidrs'], ['198.51.100.0/24']]],
    ['the admin health-check path (target group)', [['acapy', 'healthCheck', 'adminPath'], '/status/ready']],
    ['the number of workers (worker group)', [['locust', 'workers', 'count'], 3]],
    ['the ACA-Py capacity (ACA-Py group)', [['acapy', 'capacity'], { min: 1, desired: 2, max: 2 }]],
    [
      'the source ref (both images, then everything built on them)',
      [['source', 'ref'], '5d1e0c2a'.padEnd(40, '0')],
    ],
    [
      'the source ref again (a third image each: the oldest are pruned)',
      [['source', 'ref'], '6e2f1d3b'.padEnd(40, '0')],
    ],
    ['a workflow secret no longer used (its parameter is removed)', [['locust', 'issuer', 'headers']]],
  ])('a change of %s', async (_what, edit) => {
    edits.push(edit);
    const r = await step(edits);
    expect(r.plan.changes.length).toBeGreaterThan(0);
    expectPlanIsApply(r);
  });

  test('a field that moves from a workflow secret to its stored copy keeps the copy', async () => {
    const copy = '/akrida-ops/perf-example/WALLET_ADMIN_PASSWORD';
    edits.push([['acapy', 'secrets', 'walletAdminPassword'], { parameter: copy }]);
    const r = await step(edits);
    expect(planned(r.plan)).not.toContain(`parameter ${copy}`);
    expect(r.mutated).not.toContain(`parameter ${copy}`);
    expectPlanIsApply(r);
  });

  test('and a final re-run: no change again', async () => {
    const r = await step(edits);
    expect(r.plan.changes).toEqual([]);
    expectPlanIsApply(r);
  });
});
