import { readFileSync } from 'node:fs';
import { desiredResources } from '../../src/cluster/resources.js';
import { loadClusterFile, parseClusterText } from '../../src/config/load.js';
import { buildSteps, schedule } from '../../src/plan/build-steps.js';
import { estimateCost } from '../../src/plan/cost.js';
import { offlinePlan } from '../../src/plan/offline-plan.js';
import { TemplateSet } from '../../src/render/render.js';
import { akrida } from '../fixtures/cli.js';
import { EXAMPLE_FILE, exampleWith } from '../fixtures/cluster-files.js';

const loaded = loadClusterFile(EXAMPLE_FILE);

describe('the offline plan', () => {
  const plan = offlinePlan(loaded, new TemplateSet());

  test('lists every resource by kind and name with its tags', () => {
    const kinds = desiredResources(loaded.cluster).map((r) => `${r.kind} ${r.name}`);
    expect(kinds).toEqual([
      'ec2:security-group perf-example-lb-sg',
      'ec2:security-group perf-example-perf-sg',
      'ec2:image perf-example-locust-<build time>',
      'ec2:image perf-example-acapy-<build time>',
      'elbv2:load-balancer perf-example-acapy-adm',
      'elbv2:load-balancer perf-example-acapy-trn',
      'elbv2:target-group perf-example-tg-adm',
      'elbv2:target-group perf-example-tg-trn',
      'elbv2:listener perf-example-acapy-adm:8080',
      'elbv2:listener perf-example-acapy-trn:80',
      'ec2:launch-template perf-example-acapy',
      'ec2:launch-template perf-example-worker',
      'autoscaling:group perf-example-acapy',
      'autoscaling:group perf-example-workers',
      'ssm:parameter /akrida-ops/perf-example/WALLET_ADMIN_PASSWORD',
      'ssm:parameter /akrida-ops/perf-example/ISSUER_BEARER_TOKEN',
    ]);
    for (const r of desiredResources(loaded.cluster)) {
      expect(r.tags).toMatchObject({
        'akrida:cluster': 'perf-example',
        'managed-by': 'akrida-ops',
        type: 'Perf',
        'akrida:role': r.role,
      });
    }
    expect(plan).toContain(
      '| elbv2:target-group | perf-example-tg-adm | acapy-admin-tg | HTTP 8150, health /status/live<br>healthy 2 / unhealthy 2 / timeout 10s / interval 12s / success 200 |',
    );
    expect(plan).toContain('EC2 health checks (workers serve no HTTP), warmup 3600s');
  });

  test('no operator port is open to the world and LB ports come from the LB group', () => {
    expect(plan).not.toContain('0.0.0.0/0');
    expect(plan).toContain('tcp 8150 from lb-sg (ACA-Py admin from its load balancer)');
    expect(plan).toContain('tcp 8089-8090 from perf-sg (Locust master and workers)');
  });

  test('marks the critical path: images bake (after the machines step) in parallel with the load balancers', () => {
    const s = schedule(buildSteps(loaded.cluster));
    expect(s.criticalPath).toEqual(['security-groups', 'machines', 'locust-image', 'worker-tier', 'verify']);
    // Without machines to make, the machines step is two calls: the images start at once after it.
    expect(s.start.get('acapy-image')).toBe(s.finish.get('machines'));
    expect(s.start.get('locust-image')).toBe(s.finish.get('machines'));
    expect(s.start.get('acapy-image')).toBeLessThan(2);
    expect(s.start.get('load-balancers')).toBeLessThan(s.finish.get('acapy-image') ?? 0);
    expect(plan).toContain(
      'Critical path: security-groups -> machines -> locust-image -> worker-tier -> verify',
    );
  });

  test('from zero, the machines and their preparations are on the critical path', () => {
    const zero = loadClusterFile('clusters/example.yml').cluster;
    const s = schedule(buildSteps(zero));
    expect(s.criticalPath).toEqual(['security-groups', 'machines', 'locust-image', 'worker-tier', 'verify']);
    // Launch, SSM registration, then the database and the issuer prepared one after the other.
    expect((s.finish.get('machines') ?? 0) - (s.start.get('machines') ?? 0)).toBeGreaterThan(600);
  });

  test('a cycle or a missing step is reported', () => {
    expect(() =>
      schedule([
        { id: 'a', title: '', needs: ['b'], seconds: 1 },
        { id: 'b', title: '', needs: ['a'], seconds: 1 },
      ]),
    ).toThrow('build steps form a cycle through a');
    expect(() => schedule([{ id: 'a', title: '', needs: ['x'], seconds: 1 }])).toThrow(
      'build step x is needed but not defined',
    );
  });

  test('shows every secret as a reference', () => {
    expect(plan).toContain('ACAPY_ADMIN_API_KEY=<secret ssm:/akrida/perf-example/acapy-admin-api-key>');
    expect(plan).toContain(
      'ISSUER_HEADERS={"Authorization":"<secret ssm:/akrida-ops/perf-example/ISSUER_BEARER_TOKEN>","X-API-Key":"<secret ssm:/akrida/perf-example/acapy-admin-api-key>"}',
    );
    expect(plan).toContain("akrida_value=$(akrida_secret '/akrida/perf-example/wallet-password')");
    expect(plan).toContain('AGENT_IP=<instance private IPv4 from IMDSv2>');
  });

  test('estimates the hourly cost from the shipped price table', () => {
    const cost = estimateCost(loaded.cluster);
    // 1 x c7i.large 0.08925 + 2 x t3.xlarge 0.1664 + 2 ALB x (0.0225 + 0.008 LCU)
    expect(cost.hourly).toBe(0.4831);
    expect(cost.perLoadTest).toBe(0.0805);
    // What the table shows adds up: count x unit (4 places) = line total, and the lines = the total.
    for (const l of cost.lines)
      expect(l.hourly.toFixed(4)).toBe((l.count * Number(l.unitHourly.toFixed(4))).toFixed(4));
    expect(cost.hourly.toFixed(4)).toBe(cost.lines.reduce((n, l) => n + l.hourly, 0).toFixed(4));
    expect(plan).toContain('| **cluster** | | | **$0.4831** |');
    expect(plan).toContain('as of 2026-11-01');
  });

  test('prices every machine of the from-zero form, and says each exclusion once', () => {
    const { cluster } = loadClusterFile('clusters/example.yml');
    const cost = estimateCost(cluster);
    const machines = cost.lines.filter((l) => l.item.includes('machine'));
    expect(machines.map((l) => l.item)).toEqual([
      'database machine (t3a.small)',
      'issuer machine (t3a.small)',
      'locust machine (t3.xlarge)',
      'mediator machine (t3a.small)',
    ]);
    for (const l of cost.lines) expect([l.item, l.unitHourly > 0]).toEqual([l.item, true]);
    expect(cost.basis).not.toMatch(/ {2}/);
    expect(cost.basis.match(/EBS/g)).toHaveLength(1);
  });

  test('a machine of a type the price table lacks is refused, with the nearest types', () => {
    const text = readFileSync('clusters/example.yml', 'utf8').replace(
      'database: { instanceType: t3a.small }',
      'database: { instanceType: t3a.smal }',
    );
    expect(() => parseClusterText(text, 'clusters/example.yml')).toThrow(
      /machines\.database\.instanceType: unknown instance type "t3a\.smal"[\s\S]*did you mean t3a\.small/,
    );
  });

  test('other regions are priced with the table region, and say so', () => {
    const { cluster } = parseClusterText(exampleWith([['region'], 'eu-west-1']), 'c.yml');
    expect(estimateCost(cluster).basis).toContain('(estimated with us-east-1 prices)');
  });

  test('the CLI prints the plan and validates', async () => {
    expect(await akrida(['plan', '--cluster', EXAMPLE_FILE])).toEqual({ code: 0, out: plan, err: '' });
    expect(await akrida(['validate', '--cluster', EXAMPLE_FILE])).toEqual({
      code: 0,
      out: 'clusters/perf-example.yml: valid cluster perf-example\n',
      err: '',
    });
  });
});
