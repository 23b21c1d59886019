// The plan against live state on the simulated AWS: describe calls only.
import { livePlan, livePlanMarkdown } from '../../src/plan/live-plan.js';
import { clusterUp } from '../fixtures/cluster-up.js';
import { ALL_SECRET_VALUES, cluster, exampleAccount } from '../fixtures/example-cluster.js';

describe('live plan', () => {
  let account: Awaited<ReturnType<typeof exampleAccount>>;

  beforeAll(async () => {
    account = await exampleAccount();
  });

  test('on an empty account everything is to add, and nothing is mutated to find out', async () => {
    const before = account.sim.mutations().length;
    const plan = await livePlan(account.ctx, cluster(), account.templates);
    expect(plan.changes.map((c) => `${c.action} ${c.resource.replace(/i-[0-9a-f]+/, 'i-…')}`)).toEqual([
      'add security group perf-example-lb-sg',
      'add security group perf-example-perf-sg',
      'add locust image',
      'add acapy image',
      'add target group perf-example-tg-adm',
      'add load balancer perf-example-acapy-adm',
      'add listener perf-example-acapy-adm:8080',
      'add target group perf-example-tg-trn',
      'add load balancer perf-example-acapy-trn',
      'add listener perf-example-acapy-trn:80',
      'change Locust master i-…',
      'add launch template perf-example-acapy',
      'add launch template perf-example-worker',
      'add auto scaling group perf-example-acapy',
      'add auto scaling group perf-example-workers',
      'add parameter /akrida-ops/perf-example/WALLET_ADMIN_PASSWORD',
      'add parameter /akrida-ops/perf-example/ISSUER_BEARER_TOKEN',
    ]);
    expect(account.sim.mutations().length).toBe(before);
  });

  test('after a build: no changes', async () => {
    await clusterUp(account, cluster());
    const plan = await livePlan(account.ctx, cluster(), account.templates);
    expect(plan.changes).toEqual([]);
    const md = livePlanMarkdown(plan, 'clusters/perf-example.yml');
    expect(md).toMatch(
      new RegExp(
        `^## Plan for cluster perf-example \\(clusters/perf-example.yml\\), against live state\n\nNo changes. ${plan.unchanged.length} resources are up to date.\n`,
      ),
    );
    // Every script the apply would send is named; only the read-only verification runs.
    expect(plan.scripts.map((x) => [x.title.replace(/ i-[0-9a-f]+/, ''), x.runs])).toEqual([
      ['Prepare the Locust image on', false],
      ['Prepare the ACA-Py image on', false],
      ['Configure the Locust master', false],
      ['Verify the cluster (read-only checks on the master)', true],
    ]);
    expect(md.match(/<details>/g)).toHaveLength(1);
  });

  test('a script that will run again is shown as a diff against what the cluster last ran', async () => {
    const plan = await livePlan(
      account.ctx,
      cluster([['locust', 'messageToSend'], 'a different message']),
      account.templates,
    );
    const master = plan.scripts.find((s) => s.title.startsWith('Configure the Locust master'));
    expect(master?.runs).toBe(true);
    expect(master?.diff).toContain("-  printf '%s=%s\\n' 'MESSAGE_TO_SEND' 'akrida load test'");
    expect(master?.diff).toContain("+  printf '%s=%s\\n' 'MESSAGE_TO_SEND' 'a different message'");
    const md = livePlanMarkdown(plan, 'clusters/perf-example.yml');
    expect(md).toContain('changes since it last ran');
    for (const secret of ALL_SECRET_VALUES) expect(md).not.toContain(secret);
  });

  test('one changed value shows exactly that change, with a user-data diff and no secret', async () => {
    const plan = await livePlan(
      account.ctx,
      cluster([['acapy', 'genesisUrl'], 'https://example.org/genesis/other']),
      account.templates,
    );
    expect(plan.changes.map((c) => [c.action, c.resource, c.details])).toEqual([
      ['change', 'launch template perf-example-acapy', ['new version 2, made the default']],
    ]);
    const diff = plan.changes[0]?.diff ?? '';
    expect(diff.split('\n').filter((l) => /^[-+] /.test(l))).toEqual([
      "-  printf '%s=%s\\n' 'ACAPY_GENESIS_URL' 'https://example.org/genesis/pool_transactions_testnet_genesis'",
      "+  printf '%s=%s\\n' 'ACAPY_GENESIS_URL' 'https://example.org/genesis/other'",
    ]);
    const md = livePlanMarkdown(plan, 'clusters/perf-example.yml');
    expect(md).toContain('0 to add, 1 to change, 0 to remove;');
    for (const v of ALL_SECRET_VALUES) expect(md).not.toContain(v);
  });

  test('capacity, health checks and rules show as field changes', async () => {
    const c = cluster(
      [['acapy', 'capacity'], { min: 1, desired: 2, max: 3 }],
      [['acapy', 'healthCheck'], { intervalSeconds: 15 }],
      [['access', 'operatorCidrs'], ['198.51.100.0/24']],
    );
    const plan = await livePlan(account.ctx, c, account.templates);
    const byResource = Object.fromEntries(
      plan.changes.map((x) => [x.resource.replace(/ \(sg-[0-9a-f]+\)/, ''), x.details]),
    );
    expect(byResource['auto scaling group perf-example-acapy']).toEqual(['desired: 1 -> 2', 'max: 2 -> 3']);
    expect(byResource['target group perf-example-tg-adm']).toEqual(['interval: 12 -> 15']);
    expect(byResource['security group perf-example-lb-sg']).toEqual([
      '+ tcp 80 from 198.51.100.0/24 (ACA-Py transport listener)',
      '+ tcp 8080 from 198.51.100.0/24 (ACA-Py admin listener)',
      '- tcp 80 from 203.0.113.0/24 (ACA-Py transport listener)',
      '- tcp 8080 from 203.0.113.0/24 (ACA-Py admin listener)',
    ]);
  });
});
